package cn.hazedesk.domain.enterprise;


/**
 * The columns of the emergency-reduction list, one row per production line (the enterprise's columns repeat
 * on each of its lines). {@code header} is the Chinese header written on export and in the template. The names a
 * sheet may use instead, and how group headers compose a column's meaning, are data (data/list-vocabulary.csv,
 * read through {@code ListVocabulary}). A required column must be in every list; the measures are required as a
 * group per level (text, share or type: see docs/list-import.md).
 */
public enum ListField {
    NAME("企业名称", true, false),
    USCC("统一社会信用代码", true, false),
    DISTRICT("所属区县", true, false),
    INDUSTRY("行业类别", true, false),
    GRADE("绩效等级", false, false),
    CONTROL_TYPE("管控类型", false, false),
    ADDRESS("详细地址", false, false),
    LONGITUDE("经度", false, false),
    LATITUDE("纬度", false, false),
    CONTACT("联系人", false, false),
    PHONE("联系电话", false, false),
    PERMIT_NUMBER("排污许可证编号", false, false),
    PERMIT_MANAGEMENT("排污许可管理类型", false, false),
    BULK_TRANSPORT("涉及大宗物料运输", false, false),
    TRUCKS("运输车辆数", false, false),
    TRUCK_STANDARD("允许进入车辆最低排放标准", false, false),
    LINE_NAME("生产线名称", true, true),
    PROCESS("工艺设备", false, true),
    CAPACITY("产能", false, true),
    DESIGN_COKING_HOURS("设计结焦时间(小时)", false, true),
    SO2("二氧化硫年排放量(吨)", true, true),
    NOX("氮氧化物年排放量(吨)", true, true),
    PM("颗粒物年排放量(吨)", true, true),
    VOCS("挥发性有机物年排放量(吨)", true, true),
    YELLOW_TYPE("黄色预警措施类型", false, true),
    YELLOW_FRACTION("黄色预警减排比例", false, true),
    YELLOW_TEXT("黄色预警减排措施", false, true),
    ORANGE_TYPE("橙色预警措施类型", false, true),
    ORANGE_FRACTION("橙色预警减排比例", false, true),
    ORANGE_TEXT("橙色预警减排措施", false, true),
    RED_TYPE("红色预警措施类型", false, true),
    RED_FRACTION("红色预警减排比例", false, true),
    RED_TEXT("红色预警减排措施", false, true);

    private final String header;
    private final boolean required;
    private final boolean lineField;

    ListField(String header, boolean required, boolean lineField) {
        this.header = header;
        this.required = required;
        this.lineField = lineField;
    }

    public String header() {
        return header;
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
