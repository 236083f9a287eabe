package cn.hazedesk.infra.db;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

import java.util.function.Supplier;

/**
 * Reads of the whole list (tens of thousands of rows) on the H2 file, row by row as they are read: H2 otherwise
 * computes a query's whole result before handing out its first row, and keeps the rows beyond a limit that depends
 * on the heap (some ten thousand under the launcher's 256 MB) in a temporary file, writing and reading every row
 * again. H2's lazy query execution ({@code SET LAZY_QUERY_EXECUTION}) is switched on for the session of the
 * caller's transaction while {@code read} runs, and off again after. {@code read}'s queries must be read in full
 * one after the other (one open result at a time), which jOOQ's fetches and cursors do. Elsewhere (PostgreSQL) the
 * read runs as it is.
 */
final class LazyReads {
    private LazyReads() {
    }

    /** Runs {@code read} on {@code d}, a context bound to one connection (inside a transaction). */
    static <T> T run(DSLContext d, Supplier<T> read) {
        if (d.dialect().family() != SQLDialect.H2) {
            return read.get();
        }
        d.execute("SET LAZY_QUERY_EXECUTION TRUE");
        boolean done = false;
        try {
            T out = read.get();
            done = true;
            return out;
        } finally {
            try {
                d.execute("SET LAZY_QUERY_EXECUTION FALSE");
            } catch (RuntimeException e) {
                if (done) {
                    throw e; // the session would stay lazy: its connection must not go back to the pool as if fine
                }
                // the read failed already: that failure is the one to tell
            }
        }
    }
}
