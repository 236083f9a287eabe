package cn.hazedesk.infra.db;

import cn.hazedesk.application.ServerCheck;
import cn.hazedesk.application.ServerCheck.Outcome;
import cn.hazedesk.application.ServerChoice;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.ServerText;
import cn.hazedesk.testing.GuardedPostgres;
import cn.hazedesk.testing.PostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 测试连接 against a real PostgreSQL that asks for passwords and offers TLS, as a bureau's server does
 * ({@link GuardedPostgres}): each outcome the settings window words, and its words naming the server and never the
 * password.
 */
class ServerProbeTest {
    @TempDir
    static Path serverDir;
    private static GuardedPostgres server;
    private static final Messages ZH = Messages.forLocale(Messages.CHINESE);
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);

    @BeforeAll
    static void start() throws Exception {
        server = GuardedPostgres.start(serverDir);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static ServerChoice seat(String database, String password, boolean tls) {
        return new ServerChoice("localhost", server.port(), database, GuardedPostgres.USER, password, tls);
    }

    private static String emptyDatabase(String name) {
        server.admin("CREATE DATABASE " + name + " OWNER " + GuardedPostgres.USER);
        return name;
    }

    @Test
    void anEmptyDatabaseIsConnectedWithTheServersVersion() {
        ServerCheck c = ServerProbe.check(seat(emptyDatabase("fresh"), GuardedPostgres.PASSWORD, false));
        assertThat(c.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(c.usable()).isTrue();
        assertThat(c.serverVersion()).startsWith("17.");
        assertThat(c.encrypted()).isFalse();
        assertThat(new ServerText(ZH).check(c)).contains("已连接 localhost:" + server.port() + "/fresh")
                .contains("PostgreSQL 17.").contains("未加密").contains("空的");
    }

    @Test
    void aHazeDeskDatabaseIsRecognisedWithItsSchemaVersion() {
        String db = emptyDatabase("hazedesk_there");
        Flyway flyway = Flyway.configure().dataSource("jdbc:postgresql://localhost:" + server.port() + "/" + db,
                GuardedPostgres.USER, GuardedPostgres.PASSWORD).locations(Engine.POSTGRESQL.migrations()).load();
        flyway.migrate();
        String newest = flyway.info().current().getVersion().getVersion();
        ServerCheck c = ServerProbe.check(seat(db, GuardedPostgres.PASSWORD, false));
        assertThat(c.outcome()).isEqualTo(Outcome.HAZEDESK);
        assertThat(c.schemaVersion()).isEqualTo(newest);
        assertThat(new ServerText(EN).check(c)).contains("This is a HazeDesk database (schema version " + newest + ")");
    }

    @Test
    void aDatabaseOfAnotherProgramIsConnectedButNotUsable() {
        String db = emptyDatabase("payroll");
        server.adminIn(db, "CREATE TABLE salaries (id int)");
        ServerCheck c = ServerProbe.check(seat(db, GuardedPostgres.PASSWORD, false));
        assertThat(c.outcome()).isEqualTo(Outcome.FOREIGN);
        assertThat(c.usable()).isFalse();
        assertThat(new ServerText(ZH).check(c)).contains("其他程序的表");
    }

    @Test
    void aWrongPasswordIsSaidSoAndNeverShown() {
        ServerCheck c = ServerProbe.check(seat(emptyDatabase("pw"), "not-the-password", false));
        assertThat(c.outcome()).isEqualTo(Outcome.WRONG_PASSWORD);
        String zh = new ServerText(ZH).check(c);
        assertThat(zh).contains("localhost:" + server.port() + "/pw").contains("拒绝了该用户名或密码")
                .doesNotContain("not-the-password");
        assertThat(new ServerText(EN).check(c)).contains("refused this user name or password");
        assertThat(ServerProbe.check(seat("pw", "", false)).outcome()).as("no password at all").isEqualTo(Outcome.WRONG_PASSWORD);
    }

    @Test
    void aPortWhereNoServerListensIsUnreachable() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        ServerCheck c = ServerProbe.check(new ServerChoice("localhost", free, "hazedesk", "seat", "x", false));
        assertThat(c.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(new ServerText(ZH).check(c)).contains("localhost:" + free + "/hazedesk").contains("没有服务器应答");
        assertThat(ServerProbe.check(new ServerChoice("no-such-host.invalid", 5432, "hazedesk", "seat", "x", false))
                .outcome()).as("an unknown host name").isEqualTo(Outcome.UNREACHABLE);
    }

    @Test
    void aMissingDatabaseIsNamed() {
        ServerCheck c = ServerProbe.check(seat("no_such_db", GuardedPostgres.PASSWORD, false));
        assertThat(c.outcome()).isEqualTo(Outcome.DATABASE_MISSING);
        assertThat(new ServerText(EN).check(c)).contains("has no database of that name").contains("/no_such_db");
    }

    @Test
    void aDatabaseTheUserMayNotCreateTablesInLacksRights() {
        server.admin("CREATE DATABASE notmine"); // owned by the superuser: the seat may connect, not create tables
        ServerCheck c = ServerProbe.check(seat("notmine", GuardedPostgres.PASSWORD, false));
        assertThat(c.outcome()).isEqualTo(Outcome.NO_RIGHTS);
        assertThat(new ServerText(ZH).check(c)).contains("缺少所需的权限");
    }

    @Test
    void aDatabaseWithoutConnectRightsIsNotAllowed() {
        server.admin("CREATE DATABASE closed");
        server.admin("REVOKE CONNECT ON DATABASE closed FROM PUBLIC");
        assertThat(ServerProbe.check(seat("closed", GuardedPostgres.PASSWORD, false)).outcome()).isEqualTo(Outcome.NO_RIGHTS);
    }

    @Test
    void aServerThatWantsTlsSaysSoAndTheSameValuesWithTlsConnectEncrypted() {
        ServerCheck plain = ServerProbe.check(seat(GuardedPostgres.TLS_ONLY, GuardedPostgres.PASSWORD, false));
        assertThat(plain.outcome()).isEqualTo(Outcome.TLS_REQUIRED);
        assertThat(new ServerText(ZH).check(plain)).contains("只接受加密（TLS）连接");
        ServerCheck tls = ServerProbe.check(seat(GuardedPostgres.TLS_ONLY, GuardedPostgres.PASSWORD, true));
        assertThat(tls.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(tls.encrypted()).isTrue();
        assertThat(new ServerText(ZH).check(tls)).contains("已加密（TLS）");
    }

    @Test
    void aServerWhoseRulesRefuseThisComputerIsNotMistakenForOneThatWantsTls() {
        ServerCheck c = ServerProbe.check(seat(GuardedPostgres.BLOCKED, GuardedPostgres.PASSWORD, false));
        assertThat(c.outcome()).isEqualTo(Outcome.NOT_ALLOWED);
        assertThat(new ServerText(EN).check(c)).contains("pg_hba.conf");
    }

    @Test
    void tlsAskedOfAServerWithoutItIsNotOffered() {
        // the suite's shared server has no TLS
        String db = PostgresServer.emptyDatabase();
        try {
            ServerCheck c = ServerProbe.check(new ServerChoice("localhost", PostgresServer.port(), db, PostgresServer.USER,
                    PostgresServer.PASSWORD, true));
            assertThat(c.outcome()).isEqualTo(Outcome.TLS_NOT_OFFERED);
            assertThat(new ServerText(ZH).check(c)).contains("不提供加密");
        } finally {
            PostgresServer.drop(db);
        }
    }
}
