package cn.hazedesk.application.port;

import java.util.function.Supplier;

/**
 * A private copy of the whole database, where a bulk write is done before the copy takes the database's place in
 * one atomic step. The database file in use never holds a bulk write half done, so a process killed at any moment
 * leaves it as it was before or, once the copy has replaced it, as it is after.
 */
public interface DatabaseCopies {
    /** A copy of the database as it is now (committed data only). */
    Copy copy();

    interface Copy extends AutoCloseable {
        /** Runs {@code work} on this thread with every repository reading and writing the copy. */
        <T> T run(Supplier<T> work);

        /**
         * The commit point: the copy, closed, replaces the database in one atomic rename. Returns false, and changes
         * nothing, when the database was written since the copy was taken (that write would be lost).
         */
        boolean replaceTheDatabase();

        /** Throws the copy away, unless it has replaced the database. */
        @Override
        void close();
    }
}
