package cn.hazedesk.application;

/**
 * A whole-list write did not take effect because the list was changed by something else while it was being
 * written (its new version is discarded); the list is as that other change left it. Doing it again is safe.
 */
public final class ListChangedException extends RuntimeException {
    public ListChangedException() {
        super("the list changed while a new version of it was written: nothing was replaced");
    }
}
