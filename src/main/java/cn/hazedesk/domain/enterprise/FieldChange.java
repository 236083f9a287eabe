package cn.hazedesk.domain.enterprise;

/**
 * One difference between two versions of an enterprise: {@code field} is a {@link ListField} name, or
 * LINE_ADDED / LINE_REMOVED; {@code lineName} is set for a line's fields. Values are as the list shows them.
 */
public record FieldChange(String field, String lineName, String oldValue, String newValue) {
    public static final String LINE_ADDED = "LINE_ADDED";
    public static final String LINE_REMOVED = "LINE_REMOVED";
    public static final String CREATED = "CREATED";
    public static final String DELETED = "DELETED";
}
