package cn.hazedesk.infra.db;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

import java.nio.file.Path;

/** Turns a statement's failure on a full disk, a read-only folder, a lock timeout or a closed database into a StorageFailure. */
final class StorageErrorListener implements ExecuteListener {
    private final Path databaseFile;

    StorageErrorListener(Path databaseFile) {
        this.databaseFile = databaseFile;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException e = ctx.exception();
        if (e != null) {
            ctx.exception(StorageErrors.translate(e, databaseFile));
        }
    }
}
