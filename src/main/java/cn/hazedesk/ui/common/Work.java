package cn.hazedesk.ui.common;

import cn.hazedesk.application.ProgressListener;

/** Background work: database, file or document work that must not run on the JavaFX thread. */
@FunctionalInterface
public interface Work<T> {
    T call(ProgressListener progress) throws Exception;
}
