package cn.hazedesk.application;

/** A backup that was to be restored does not open (or is a newer HazeDesk's): nothing was changed. */
public final class BackupUnusableException extends RuntimeException {
    private final BackupInfo backup;

    public BackupUnusableException(BackupInfo backup) {
        super("backup " + backup.file() + " cannot be restored: " + backup.status() + " " + backup.problem());
        this.backup = backup;
    }

    public BackupInfo backup() {
        return backup;
    }
}
