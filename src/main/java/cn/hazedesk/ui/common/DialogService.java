package cn.hazedesk.ui.common;

/** Questions and messages for the user; view models ask through this, so they stay testable without windows. */
public interface DialogService {
    /** Asks before something irreversible; true only when the user confirms. */
    boolean confirm(String title, String header, String content);

    void info(String title, String header, String content);

    void error(String title, String header, String content);
}
