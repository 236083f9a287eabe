package cn.hazedesk.application;

/** Work was cancelled by the user; whatever it was writing was rolled back. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
