package cn.hazedesk.i18n;

import cn.hazedesk.application.ServerCheck;

/**
 * A shared server's test or refusal in words (server.outcome.*): what happened, naming the server (host, port,
 * database; never the password), and what to do. The settings window's 测试连接, the start-up window and the
 * command line say it the same way.
 */
public final class ServerText {
    private final Messages m;

    public ServerText(Messages messages) {
        this.m = messages;
    }

    /** The result of a connection test. */
    public String check(ServerCheck c) {
        String tls = m.get(c.encrypted() ? "server.tls.on" : "server.tls.off");
        return m.get("server.outcome." + c.outcome().name(), c.choice().describe(), c.serverVersion(), tls,
                c.schemaVersion());
    }

    /** Why the server {@code server} (host:port/database) cannot be used, as said at start-up. */
    public String refusal(ServerCheck.Outcome why, String server) {
        return m.get("server.outcome." + why.name(), server, "", "", "");
    }
}
