package cn.hazedesk.infra.db;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

import java.nio.file.Path;

/** Turns a statement's failure on a full disk, a read-only folder, a lock timeout or a closed database into a StorageFailure, a lost server connection into a ServerConnectionLost. */
final class StorageErrorListener implements ExecuteListener {
    private final Path databaseFile;
    private final java.util.Optional<ServerLink> server;

    StorageErrorListener(Path databaseFile) {
        this(databaseFile, java.util.Optional.empty());
    }

    /** {@code server}: shared mode's server, whose lost connection becomes a ServerConnectionLost. */
    StorageErrorListener(Path databaseFile, java.util.Optional<ServerLink> server) {
        this.databaseFile = databaseFile;
        this.server = server;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException e = ctx.exception();
        if (e != null) {
            ctx.exception(server.isPresent() ? server.get().translate(e) : StorageErrors.translate(e, databaseFile));
        }
    }
}
