package cn.hazedesk.application.port;

import cn.hazedesk.domain.enterprise.Enterprise;

import java.util.List;

/**
 * The list's versions (schema V7): a bulk write builds a whole new version beside the current one, which nobody
 * reads, and makes it current in one small step; versions that are not current are deleted afterwards. Every
 * method joins the caller's transaction, so the caller decides how much goes into one (a little each time). Bulk
 * writes do this on a copy of the database ({@link BulkWrites}), whose rename is their real commit point.
 */
public interface ListVersions {
    /** A version being written: its number, the version it replaces, and that version's revision when it began. */
    record Build(long version, long base, long baseRevision) {
    }

    /**
     * Starts a new version based on the current one; numbers are never reused. Refused (IllegalStateException)
     * while rows of a version that was begun but never made current remain: {@link #discardStale} first.
     */
    Build begin();

    /** Copies these enterprises of the base version (by id) with their lines into the build; returns how many. */
    int copy(Build build, List<Long> enterpriseIds);

    /**
     * Writes these enterprises with their lines into the build. One whose credit code is in the base version
     * keeps its creation time and sample mark there, and is marked as updated now.
     */
    void insert(Build build, List<Enterprise> enterprises);

    /**
     * Makes the build the current version, if its base is still current and nothing was written
     * to it since {@link #begin}; returns false (and changes nothing) otherwise.
     */
    boolean makeCurrent(Build build);

    /**
     * Deletes rows nobody reads any more: up to about {@code limit} enterprises (with their lines) of versions other
     * than the current one, or, once none are left, change entries of versions that were never made current.
     * Returns how many rows went; 0 when nothing is left.
     */
    int discardStale(int limit);
}
