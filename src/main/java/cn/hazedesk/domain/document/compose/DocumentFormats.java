package cn.hazedesk.domain.document.compose;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * How documents write dates, times, levels and shares (docs/documents.md, "Dates, times, levels, numbers"): 2026年12月9日
 * (no zero padding), times as 12月9日20时, levels as 黄色 / Ⅲ级, shares as 20%.
 */
public final class DocumentFormats {
    private DocumentFormats() {
    }

    public static String date(LocalDate d) {
        return d == null ? null : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 12月9日 */
    public static String monthDay(LocalDate d) {
        return d == null ? null : d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** 2026年12月9日20时 (with 30分 when not on the hour). */
    public static String dateTime(LocalDateTime t) {
        return t == null ? null : date(t.toLocalDate()) + time(t.toLocalTime());
    }

    /** 12月9日20时 (with 30分 when not on the hour). */
    public static String monthDayTime(LocalDateTime t) {
        return t == null ? null : monthDay(t.toLocalDate()) + time(t.toLocalTime());
    }

    /** 20时, or 20时30分. */
    public static String time(LocalTime t) {
        if (t == null) {
            return null;
        }
        return t.getHour() + "时" + (t.getMinute() == 0 ? "" : t.getMinute() + "分");
    }

    /** 黄色 / 橙色 / 红色 */
    public static String levelName(WarningLevel l) {
        return l == null ? null : l.chineseName();
    }

    /** Ⅲ级 / Ⅱ级 / Ⅰ级 */
    public static String responseGrade(WarningLevel l) {
        return l == null ? null : l.responseGrade();
    }

    /** The districts joined with 、, or {@code whole} (e.g. 全市) when none are named. */
    public static String area(List<String> districts, String whole) {
        return districts == null || districts.isEmpty() ? whole : String.join("、", districts);
    }

    /** A share 0-1 as a percentage without needless decimals: 0.2 → 20%, 0.125 → 12.5%. */
    public static String percent(BigDecimal share) {
        if (share == null) {
            return null;
        }
        BigDecimal p = share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }

    /** Tonnes per day with 3 decimals. */
    public static String tonnes(BigDecimal t) {
        return t == null ? null : t.setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    public static String number(int n) {
        return Integer.toString(n);
    }
}
