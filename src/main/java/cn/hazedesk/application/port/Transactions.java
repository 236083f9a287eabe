package cn.hazedesk.application.port;

import java.util.function.Supplier;

/** Runs a use case's writes as one transaction: all of them or none. Nested calls join the outer one. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
