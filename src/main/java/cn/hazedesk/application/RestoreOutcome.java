package cn.hazedesk.application;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A restore that took place: the backup now in use, and where the data it replaced went — a backup
 * ({@code before-restore}) when it could be opened, else the folder its damaged files were moved to.
 */
public record RestoreOutcome(BackupInfo restored, Optional<BackupInfo> previous, Optional<Path> setAside) {
}
