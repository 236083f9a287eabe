package cn.hazedesk.application;

import cn.hazedesk.application.port.AuditLog;
import cn.hazedesk.application.port.ServerConnections;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.access.Action;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.domain.audit.AuditDetail;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * 数据库设置 (administrators only): which database this seat works on from its next start — the data folder's own
 * file, or a shared PostgreSQL server — and the move of this folder's data to a server. A server is saved only after
 * a test of exactly the same values connected to a database HazeDesk can use; a copy only into a database that test
 * found empty. Every save is in the audit trail (server, database, user; never the password); a copy leaves the
 * data folder exactly as it was, its trail included.
 */
public final class DatabaseSettingsService {
    public static final String AUDIT_ACTION = "database.settings";

    private final ServerConnections connections;
    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;
    /** The last test that found a usable database: the values a save or copy must match. */
    private final AtomicReference<ServerCheck> lastUsable = new AtomicReference<>();

    /** Why a save or copy is refused: not tested as it is, or the database tested is not the kind needed. */
    public static final class NotTested extends WordedProblem {
        public NotTested(String key, String argument) {
            super(key, argument, null);
        }
    }

    public DatabaseSettingsService(ServerConnections connections, Transactions tx, AuditLog audit, Clock clock) {
        this.connections = connections;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** Refuses (AccessDenied) anyone but an administrator. */
    public void mayConfigure(Actor by) {
        Access.require(by, Action.DATABASE_SETTINGS);
    }

    /** The server the settings name now (no password), or empty for the data folder's own file. */
    public Optional<ServerChoice> current(Actor by) {
        mayConfigure(by);
        return connections.current();
    }

    /** Whether this run works on a server (then the data folder's own file is not the one in use). */
    public boolean sharedNow() {
        return connections.sharedNow();
    }

    /** 测试连接: connects and says what happened; a usable result is what a later save or copy must match. */
    public ServerCheck test(Actor by, ServerChoice choice) {
        mayConfigure(by);
        ServerCheck check = connections.check(choice);
        if (check.usable()) {
            lastUsable.set(check);
        } else {
            lastUsable.set(null);
        }
        return check;
    }

    /** Saves {@code choice} for the next start; refused unless it is exactly what the last successful test used. */
    public void useServer(Actor by, ServerChoice choice) {
        mayConfigure(by);
        ServerCheck tested = lastUsable.get();
        if (tested == null || !tested.choice().equals(choice)) {
            throw new NotTested("server.save.untested", choice.describe());
        }
        connections.useServer(choice);
        record(by, AuditDetail.of("database.settings").with("engine", "SERVER").with("server", choice.host() + ":" + choice.port())
                .with("database", choice.database()).with("user", choice.user()).with("tls", choice.tlsRequired()));
    }

    /** Saves the data folder's own file for the next start (the server settings and password file removed). */
    public void useLocalFile(Actor by) {
        mayConfigure(by);
        connections.useLocalFile();
        record(by, AuditDetail.of("database.settings").with("engine", "LOCAL"));
    }

    /**
     * Copies this data folder's own database into {@code target}, which the last test must have found empty with
     * exactly these values. Refused in shared mode (the data is on a server already).
     */
    public ServerConnections.CopyReport copy(Actor by, ServerChoice target, ProgressListener progress) {
        mayConfigure(by);
        if (connections.sharedNow()) {
            throw new NotTested("server.copy.sharedNow", target.describe());
        }
        ServerCheck tested = lastUsable.get();
        if (tested == null || !tested.choice().equals(target)) {
            throw new NotTested("server.save.untested", target.describe());
        }
        if (tested.outcome() != ServerCheck.Outcome.EMPTY) {
            throw new NotTested("server.copy.notEmpty", target.describe());
        }
        ServerConnections.CopyReport report = connections.copyTo(target, progress);
        // the server holds HazeDesk's data now: a save of the same values needs no second test
        lastUsable.set(new ServerCheck(target, ServerCheck.Outcome.HAZEDESK, tested.serverVersion(), tested.encrypted(),
                report.schemaVersion(), ""));
        // not recorded in this folder's trail: the folder is left exactly as it was (the log file names what was copied,
        // and switching to the server afterwards is recorded)
        return report;
    }

    private void record(Actor by, AuditDetail detail) {
        tx.inTransaction(() -> audit.record(clock.instant(), by.name(), detail.kind(), detail.kind(), detail));
    }
}
