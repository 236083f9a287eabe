package cn.hazedesk.domain.enterprise;

import cn.hazedesk.domain.common.TextNormalizer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the emergency-reduction list, one row per production line (the enterprise's columns repeat
 * on each of its lines). {@code header} is the Chinese header written on export and in the template; a sheet
 * may also use an alias. Headers are matched after removing spaces and unifying brackets, so 二氧化硫年排放量（吨）
 * and 二氧化硫年排放量 (吨) are the same column.
 */
public enum ListField {
    NAME("企业名称", true, false),
    USCC("统一社会信用代码", true, false, "社会信用代码", "信用代码"),
    DISTRICT("所属区县", true, false, "区县", "所在区县"),
    INDUSTRY("行业类别", true, false, "行业", "所属行业"),
    GRADE("绩效等级", false, false, "绩效分级", "绩效分级等级"),
    CONTROL_TYPE("管控类型", false, false),
    ADDRESS("详细地址", false, false, "地址", "企业地址"),
    LONGITUDE("经度", false, false),
    LATITUDE("纬度", false, false),
    CONTACT("联系人", false, false),
    PHONE("联系电话", false, false, "电话"),
    PERMIT_NUMBER("排污许可证编号", false, false, "排污许可证号"),
    PERMIT_MANAGEMENT("排污许可管理类型", false, false, "管理类型"),
    BULK_TRANSPORT("涉及大宗物料运输", false, false, "大宗物料运输"),
    TRUCKS("运输车辆数", false, false, "运输车辆数量"),
    TRUCK_STANDARD("允许进入车辆最低排放标准", false, false, "允许进入车辆等级"),
    LINE_NAME("生产线名称", true, true, "生产线", "生产线/工序"),
    PROCESS("工艺设备", false, true, "工艺/设备", "主要设备"),
    CAPACITY("产能", false, true, "生产能力"),
    SO2("二氧化硫年排放量(吨)", false, true, "二氧化硫年排放量", "SO2年排放量(吨)"),
    NOX("氮氧化物年排放量(吨)", false, true, "氮氧化物年排放量", "NOx年排放量(吨)"),
    PM("颗粒物年排放量(吨)", false, true, "颗粒物年排放量", "PM年排放量(吨)"),
    VOCS("挥发性有机物年排放量(吨)", false, true, "挥发性有机物年排放量", "VOCs年排放量(吨)"),
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
    private final List<String> aliases;

    ListField(String header, boolean required, boolean lineField, String... aliases) {
        this.header = header;
        this.required = required;
        this.lineField = lineField;
        this.aliases = List.of(aliases);
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

    /** The column a sheet header means, if any. */
    public static Optional<ListField> byHeader(String raw) {
        String h = canonical(raw);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (ListField f : values()) {
            if (canonical(f.header).equals(h)) {
                return Optional.of(f);
            }
        }
        for (ListField f : values()) {
            for (String a : f.aliases) {
                if (canonical(a).equals(h)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** Half-width, no white space, no line breaks, ASCII brackets, lower-case Latin letters. */
    static String canonical(String raw) {
        if (raw == null) {
            return "";
        }
        String s = TextNormalizer.toHalfWidth(raw).replaceAll("[\\s\\u00A0]+", "");
        s = s.replace('（', '(').replace('）', ')').replace('【', '(').replace('】', ')');
        s = s.replace("*", ""); // templates mark required columns with *
        return s.toLowerCase(Locale.ROOT);
    }
}
