package cn.hazedesk.domain.enterprise;


/**
 * The columns of the emergency-reduction list, one row per production line (the enterprise's columns repeat
 * on each of its lines). The header written on export and in the template ({@link ListWords#header}), the names a
 * sheet may use instead, and how group headers compose a column's meaning, are data (data/list-vocabulary.csv,
 * read through {@code ListVocabulary}). A required column must be in every list; the measures are required as a
 * group per level (text, share or type: see docs/list-import.md).
 */
public enum ListField {
    NAME(true, false),
    USCC(true, false),
    DISTRICT(true, false),
    INDUSTRY(true, false),
    GRADE(false, false),
    CONTROL_TYPE(false, false),
    ADDRESS(false, false),
    LONGITUDE(false, false),
    LATITUDE(false, false),
    CONTACT(false, false),
    PHONE(false, false),
    PERMIT_NUMBER(false, false),
    PERMIT_MANAGEMENT(false, false),
    BULK_TRANSPORT(false, false),
    TRUCKS(false, false),
    TRUCK_STANDARD(false, false),
    LINE_NAME(true, true),
    PROCESS(false, true),
    CAPACITY(false, true),
    DESIGN_COKING_HOURS(false, true),
    SO2(true, true),
    NOX(true, true),
    PM(true, true),
    VOCS(true, true),
    YELLOW_TYPE(false, true),
    YELLOW_FRACTION(false, true),
    YELLOW_TEXT(false, true),
    ORANGE_TYPE(false, true),
    ORANGE_FRACTION(false, true),
    ORANGE_TEXT(false, true),
    RED_TYPE(false, true),
    RED_FRACTION(false, true),
    RED_TEXT(false, true);

    private final boolean required;
    private final boolean lineField;

    ListField(boolean required, boolean lineField) {
        this.required = required;
        this.lineField = lineField;
    }

    /** A row without a value here is refused. */
    public boolean required() {
        return required;
    }

    /** True for a production line's own columns; false for the enterprise's columns repeated on each row. */
    public boolean lineField() {
        return lineField;
    }

    public static ListField typeField(WarningLevel level) {
        return valueOf(level.name() + "_TYPE");
    }

    public static ListField fractionField(WarningLevel level) {
        return valueOf(level.name() + "_FRACTION");
    }

    public static ListField textField(WarningLevel level) {
        return valueOf(level.name() + "_TEXT");
    }

    /** The warning level of a measure column (YELLOW_TEXT → YELLOW), or null for every other column. */
    public WarningLevel level() {
        int u = name().indexOf('_');
        if (u < 0) {
            return null;
        }
        String prefix = name().substring(0, u);
        for (WarningLevel l : WarningLevel.values()) {
            if (l.name().equals(prefix)) {
                return l;
            }
        }
        return null;
    }
}
