package cn.hazedesk.app;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.StorageText;
import cn.hazedesk.infra.db.StoreException;

import java.util.Optional;

/** Turns a store that cannot be opened into a sentence for the user, naming the folder or file. */
public final class StartupProblems {
    private StartupProblems() {
    }

    public static String describe(StoreException e, Messages m) {
        String path = e.path().toString();
        return switch (e.problem()) {
            case NOT_A_FOLDER -> m.get("store.error.notAFolder", path);
            case UNWRITABLE -> m.get("store.error.unwritable", path);
            case DISK_FULL -> m.get("store.error.diskFull", path);
            case IN_USE -> m.get("store.error.inUse", path);
            case CORRUPT -> m.get("store.error.corrupt", path);
            case LOCK_TIMEOUT -> m.get("store.error.lockTimeout", path);
            case NEWER_SCHEMA -> e.shared() ? m.get("store.error.serverNewerSchema", e.detail())
                    : m.get("store.error.newerSchema", path, e.detail());
            case MIGRATION_FAILED -> e.shared() ? m.get("store.error.serverMigrationFailed")
                    : m.get("store.error.migrationFailed", path);
            case SERVER_SETTINGS -> e.getCause() instanceof cn.hazedesk.infra.db.DatabaseSettings.Invalid i
                    ? m.get("store.error.serverSettings", path, m.get(i.key(), i.argument()))
                    : m.get("store.error.serverSettings", path, String.valueOf(e.getCause()));
            case SERVER_UNREACHABLE -> new cn.hazedesk.i18n.ServerText(m).refusal(e.serverOutcome(), e.detail());
        };
    }

    /**
     * For the command line: the problem, and where restoring helps, the newest backup that opens and the command that
     * restores it — on one line.
     */
    public static String describeWithRemedy(StoreException e, Optional<BackupInfo> newest, Messages m) {
        String problem = describe(e, m);
        if (!e.restoreHelps()) {
            return problem;
        }
        StorageText text = new StorageText(m);
        return newest.map(b -> problem + " " + m.get("cli.restore.hint", b.file().toString(), text.time(b.createdAt()),
                        text.reason(b.reason()), String.valueOf(b.enterprises()), String.valueOf(b.lines())))
                .orElse(problem + " " + m.get("startup.restore.none"));
    }
}
