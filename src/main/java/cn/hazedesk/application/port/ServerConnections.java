package cn.hazedesk.application.port;

import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.ServerCheck;
import cn.hazedesk.application.ServerChoice;
import cn.hazedesk.domain.audit.AuditChain;

import java.util.Map;
import java.util.Optional;

/**
 * The data folder's choice of database (README, "Shared mode (PostgreSQL)"): testing a shared PostgreSQL server,
 * writing the choice for the next start, and copying this folder's own database to a server.
 */
public interface ServerConnections {
    /** Connects to {@code choice} (off the JavaFX thread: it may wait for the server up to its time-out). */
    ServerCheck check(ServerChoice choice);

    /** The server the folder's settings name now (its password not read), or empty for the folder's own file. */
    Optional<ServerChoice> current();

    /** Whether this seat works on a server now (this run), rather than on the data folder's own file. */
    boolean sharedNow();

    /** Writes the settings so that the next start works on {@code choice}; the password goes into a file of its own. */
    void useServer(ServerChoice choice);

    /** Removes the server settings so that the next start works on the data folder's own file again. */
    void useLocalFile();

    /**
     * Copies the data folder's own database into the empty database {@code target} names, verified by counts and by
     * the audit chain; nothing is committed unless every count and the chain agree.
     */
    CopyReport copyTo(ServerChoice target, ProgressListener progress);

    /** What a copy wrote: rows per table, the audit chain as verified on the server, the schema version. */
    record CopyReport(Map<String, Integer> rows, AuditChain.Verdict audit, String schemaVersion) {
        public int total() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
