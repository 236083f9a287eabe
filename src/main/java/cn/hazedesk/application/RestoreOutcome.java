package cn.hazedesk.application;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A restore that took place: the backup now in use, and where the data it replaced went — a backup
 * ({@code before-restore}) when it could be opened, else the folder its damaged files were moved to.
 */
public record RestoreOutcome(BackupInfo restored, Optional<BackupInfo> previous, Optional<Path> setAside) {
    /** The audit action of a restore, recorded in the restored database's trail. */
    public static final String AUDIT_ACTION = "backup.restore";

    /**
     * The restore's record detail: the backup's record code, where the data it replaced went, and why nobody was
     * signed in ({@code unsigned}, or null when someone was).
     */
    public String auditDetail(String unsigned) {
        StringBuilder detail = new StringBuilder("code ").append(restored.auditCode().isEmpty() ? "-"
                : restored.auditCode());
        previous.ifPresent(p -> detail.append("; previous kept as ").append(p.file().getFileName()));
        setAside.ifPresent(p -> detail.append("; damaged file kept in ").append(p));
        if (unsigned != null) {
            detail.append("; not signed in: ").append(unsigned);
        }
        return detail.toString();
    }
}
