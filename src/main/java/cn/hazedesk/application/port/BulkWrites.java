package cn.hazedesk.application.port;

import java.util.function.Supplier;

/**
 * A bulk write (a whole list written anew) made atomic: either all of it becomes the database or none of it, even
 * when the process is killed half way. On the data folder's H2 file it is done on a private copy of the database
 * that replaces the file in one atomic rename (H2 may keep part of a transaction a killed process left); on a
 * PostgreSQL server it is one transaction on the live database (PostgreSQL keeps nothing of a transaction that was
 * not committed).
 */
public interface BulkWrites {
    /** A bulk write begun on the database as it is now (committed data only). */
    Bulk begin();

    interface Bulk extends AutoCloseable {
        /**
         * Runs {@code work} on this thread with every repository reading and writing the bulk write's database (the
         * copy, or the open transaction); the transactions {@code work} asks for are part of the bulk write.
         */
        <T> T run(Supplier<T> work);

        /**
         * The commit point: the copy, closed, replaces the database in one atomic rename, or the transaction commits.
         * Returns false, and changes nothing, when the database was written since the bulk write began in a way
         * this write would lose.
         */
        boolean commit();

        /** Throws the bulk write away (the copy, or a rollback of the transaction), unless it was committed. */
        @Override
        void close();
    }
}
