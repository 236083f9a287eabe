package cn.hazedesk.domain.enterprise;

import java.math.BigDecimal;

/**
 * Each list field of an enterprise or line written as text, the way the spreadsheet and the history show it (the
 * words of grades, control and measure types and yes/no from {@link ListWords}). The district is its code here; the
 * presentation shows its name.
 */
public final class ListValues {
    private ListValues() {
    }

    public static String enterpriseValue(Enterprise e, ListField f, ListWords words) {
        return switch (f) {
            case NAME -> e.name();
            case USCC -> e.uscc();
            case DISTRICT -> e.districtCode();
            case INDUSTRY -> e.industry();
            case GRADE -> e.grade() == null ? "" : words.word(e.grade());
            case CONTROL_TYPE -> e.controlType() == null ? "" : words.word(e.controlType());
            case ADDRESS -> e.address();
            case LONGITUDE -> plain(e.longitude());
            case LATITUDE -> plain(e.latitude());
            case CONTACT -> e.contactName();
            case PHONE -> e.contactPhone();
            case PERMIT_NUMBER -> e.permitNumber();
            case PERMIT_MANAGEMENT -> e.permitManagement();
            case BULK_TRANSPORT -> words.yesNoWord(e.bulkTransport());
            case TRUCKS -> e.transportTrucks() == null ? "" : e.transportTrucks().toString();
            case TRUCK_STANDARD -> e.minTruckStandard();
            default -> throw new IllegalArgumentException(f + " is a line field");
        };
    }

    public static String lineValue(ProductionLine l, ListField f, ListWords words) {
        return switch (f) {
            case LINE_NAME -> l.name();
            case PROCESS -> l.process();
            case CAPACITY -> l.capacity();
            case DESIGN_COKING_HOURS -> plain(l.designCokingHours());
            case SO2 -> plain(l.so2Tonnes());
            case NOX -> plain(l.noxTonnes());
            case PM -> plain(l.pmTonnes());
            case VOCS -> plain(l.vocsTonnes());
            case YELLOW_TYPE, ORANGE_TYPE, RED_TYPE ->
                    l.measure(level(f)).map(m -> m.type() == null ? "" : words.word(m.type())).orElse("");
            case YELLOW_FRACTION, ORANGE_FRACTION, RED_FRACTION ->
                    l.measure(level(f)).map(m -> m.fraction() == null ? "" : ValueParser.percent(m.fraction())).orElse("");
            case YELLOW_TEXT, ORANGE_TEXT, RED_TEXT -> l.measure(level(f)).map(LevelMeasure::text).orElse("");
            default -> throw new IllegalArgumentException(f + " is an enterprise field");
        };
    }

    private static WarningLevel level(ListField f) {
        return WarningLevel.valueOf(f.name().substring(0, f.name().indexOf('_')));
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
