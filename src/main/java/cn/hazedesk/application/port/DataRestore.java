package cn.hazedesk.application.port;

import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.RestoreOutcome;

import java.nio.file.Path;

/**
 * Puts a backup in place of the data folder's database: the backup is opened and counted first (an unusable one
 * changes nothing), the current data is kept, then the database is replaced in one step and opened again.
 */
@FunctionalInterface
public interface DataRestore {
    /**
     * @throws cn.hazedesk.application.BackupUnusableException when the backup does not open (nothing changed)
     */
    RestoreOutcome restore(Path backup, ProgressListener progress);
}
