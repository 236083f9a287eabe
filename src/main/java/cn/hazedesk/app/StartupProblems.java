package cn.hazedesk.app;

import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.db.StoreException;

/** Turns a store that cannot be opened into a sentence for the user, naming the folder or file. */
public final class StartupProblems {
    private StartupProblems() {
    }

    public static String describe(StoreException e, Messages m) {
        String key = switch (e.problem()) {
            case NOT_A_FOLDER -> "store.error.notAFolder";
            case UNWRITABLE -> "store.error.unwritable";
            case IN_USE -> "store.error.inUse";
            case CORRUPT -> "store.error.corrupt";
            case MIGRATION_FAILED -> "store.error.migrationFailed";
        };
        return m.get(key, e.path().toString());
    }
}
