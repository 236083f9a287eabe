package cn.hazedesk.application;

/** How long work tells its caller how far it has got; the UI shows it in the status bar. */
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    void progress(long done, long total, String message);
}
