package cn.hazedesk.domain.listimport;

/**
 * How an imported list meets the stored one. MERGE: enterprises are matched by USCC and lines by name; an
 * enterprise in the file replaces the stored one (its lines are the file's), enterprises not in the file stay.
 * REPLACE: the file becomes the whole list; stored enterprises not in the file are removed.
 */
public enum ImportMode {
    MERGE, REPLACE
}
