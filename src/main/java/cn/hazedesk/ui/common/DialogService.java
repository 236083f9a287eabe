package cn.hazedesk.ui.common;

/** Questions and messages for the user; view models ask through this, so they stay testable without windows. */
public interface DialogService {
    /** Asks before something irreversible; true only when the user confirms. */
    boolean confirm(String title, String header, String content);

    /**
     * Asks a question with two ways on, named by {@code yes} and {@code no} (neither loses anything); true for
     * {@code yes}. Without its own buttons, the confirmation's.
     */
    default boolean ask(String title, String header, String content, String yes, String no) {
        return confirm(title, header, content);
    }

    void info(String title, String header, String content);

    void error(String title, String header, String content);
}
