package cn.hazedesk.application;

import cn.hazedesk.domain.audit.AuditDetail;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A restore that took place: the backup now in use, and where the data it replaced went — a backup
 * ({@code before-restore}) when it could be opened, else the folder its damaged files were moved to.
 * Not an {@link cn.hazedesk.domain.common.Outcome}: no rule refuses a restore; what can go wrong is the files
 * (reported as {@link BackupUnusableException} / storage failures), so this only says what was done.
 */
public record RestoreOutcome(BackupInfo restored, Optional<BackupInfo> previous, Optional<Path> setAside) {
    /** The audit action of a restore, recorded in the restored database's trail. */
    public static final String AUDIT_ACTION = "backup.restore";

    /**
     * The restore's record detail: the backup's record code, where the data it replaced went, and why nobody was
     * signed in ({@code unsigned}, or null when someone was).
     */
    public AuditDetail auditDetail(String unsigned) {
        return AuditDetail.of("backup.restore").with("code", restored.auditCode().isEmpty() ? null : restored.auditCode())
                .with("previous", previous.map(p -> p.file().getFileName()).orElse(null))
                .with("setAside", setAside.orElse(null)).with("unsigned", unsigned);
    }
}
