package cn.hazedesk.application;

/** Lets long work be stopped: the work asks {@link #isCancelled()} as it goes and gives up when it says so. */
@FunctionalInterface
public interface CancelToken {
    CancelToken NONE = () -> false;

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancelled. */
    default void check() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A token the caller cancels itself (a Cancel button, a test). */
    static Flag flag() {
        return new Flag();
    }

    final class Flag implements CancelToken {
        private volatile boolean cancelled;

        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
