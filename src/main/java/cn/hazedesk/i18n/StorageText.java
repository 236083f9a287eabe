package cn.hazedesk.i18n;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.StorageFailure;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words disk and database failures and backups for the user: the app's screens and the command line. */
public final class StorageText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Messages m;
    private final ZoneId zone;

    public StorageText(Messages messages) {
        this(messages, ZoneId.systemDefault());
    }

    public StorageText(Messages messages, ZoneId zone) {
        this.m = messages;
        this.zone = zone;
    }

    /** A failure of the disk or the database as a sentence; {@code folder} is named when the failure names no file. */
    public String describe(StorageFailure f, Path folder) {
        String where = f.path() != null ? f.path().toString() : String.valueOf(folder);
        return switch (f.kind()) {
            case DISK_FULL -> m.get("storage.diskFull", where);
            case READ_ONLY -> m.get("storage.readOnly", where);
            case LOCK_TIMEOUT -> m.get("storage.lockTimeout");
            case DATABASE_CLOSED -> m.get("storage.closed");
        };
    }

    /**
     * The StorageFailure in {@code error} or its causes, worded (or that shared mode has no backups of a file, or that
     * the connection to its server was lost);
     * null when there is none.
     */
    public String describeAny(Throwable error, Path folder) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StorageFailure f) {
                return describe(f, folder);
            }
            if (t instanceof cn.hazedesk.application.ServerConnectionLost lost) {
                return m.get("storage.serverLost", lost.server());
            }
            if (t instanceof cn.hazedesk.application.SharedModeException) {
                return m.get("storage.sharedMode");
            }
        }
        return null;
    }

    public String reason(String code) {
        if (code == null || code.isEmpty()) {
            return m.get("backup.reason.other");
        }
        if (code.startsWith("before-v")) {
            return m.get("backup.reason.migration", code.substring("before-v".length()));
        }
        String key = "backup.reason." + code;
        return m.has(key) ? m.get(key) : code;
    }

    public String status(BackupInfo b) {
        return switch (b.status()) {
            case USABLE -> m.get("backup.status.usable");
            case NEWER_SCHEMA -> m.get("backup.status.newer", b.schemaVersion());
            case UNREADABLE -> m.get("backup.status.unreadable");
        };
    }

    public String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    /** Megabytes with one decimal (0.1 MB at least). */
    public static String size(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", Math.max(0.1, bytes / 1_048_576.0));
    }
}
