package cn.hazedesk.ui.common;

import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.StorageText;

/** The sentence a screen shows for a failure it reports itself. */
public final class Failures {
    private Failures() {
    }

    /**
     * The worded problem when it is one a user can act on (the server out of reach, a full disk, a closed database),
     * else the exception's own message: never a class name or a stack trace.
     */
    public static String sentence(Messages messages, Throwable e) {
        String worded = new StorageText(messages).describeAny(e, null);
        return worded != null ? worded : String.valueOf(e.getMessage());
    }
}
