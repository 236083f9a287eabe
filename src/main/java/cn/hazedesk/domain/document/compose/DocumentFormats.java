package cn.hazedesk.domain.document.compose;

import cn.hazedesk.domain.enterprise.WarningLevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How documents write dates, times, levels and shares (docs/documents.md, "Dates, times, levels, numbers"): 2026年12月9日
 * (no zero padding), times as 12月9日20时, levels as 黄色 / Ⅲ级, shares as 20%.
 */
public final class DocumentFormats {
    private final Phrases words;

    private Pattern heading1;
    private Pattern heading2;

    /** {@code words}: data/documents/phrases.txt, which spells dates, times, levels and the list separator. */
    public DocumentFormats(Phrases words) {
        this.words = words;
    }

    /** A level-1 heading line: a numeral and 、 (phrases.txt), compiled once per phrases (a batch composes thousands). */
    Pattern heading1() {
        if (heading1 == null) {
            heading1 = Pattern.compile("^" + numerals() + Pattern.quote(words.get("heading1End")) + ".*");
        }
        return heading1;
    }

    /** A level-2 heading line: a bracketed numeral (phrases.txt). */
    Pattern heading2() {
        if (heading2 == null) {
            heading2 = Pattern.compile("^" + Pattern.quote(words.get("heading2Open")) + numerals()
                    + Pattern.quote(words.get("heading2Close")) + ".*");
        }
        return heading2;
    }

    private String numerals() {
        return "[" + Pattern.quote(words.get("headingNumerals")) + "]+";
    }

    public static DocumentFormats of(TemplateSet templates) {
        return new DocumentFormats(Phrases.of(templates));
    }

    public String date(LocalDate d) {
        return d == null ? null : words.get("date", "year", String.valueOf(d.getYear()),
                "month", String.valueOf(d.getMonthValue()), "day", String.valueOf(d.getDayOfMonth()));
    }

    /** 12月9日 */
    public String monthDay(LocalDate d) {
        return d == null ? null : words.get("monthDay", "month", String.valueOf(d.getMonthValue()),
                "day", String.valueOf(d.getDayOfMonth()));
    }

    /** 2026年12月9日20时 (with 30分 when not on the hour). */
    public String dateTime(LocalDateTime t) {
        return t == null ? null : date(t.toLocalDate()) + time(t.toLocalTime());
    }

    /** 12月9日20时 (with 30分 when not on the hour). */
    public String monthDayTime(LocalDateTime t) {
        return t == null ? null : monthDay(t.toLocalDate()) + time(t.toLocalTime());
    }

    /** 20时, or 20时30分. */
    public String time(LocalTime t) {
        if (t == null) {
            return null;
        }
        return t.getMinute() == 0 ? words.get("hour", "hour", String.valueOf(t.getHour()))
                : words.get("hourMinute", "hour", String.valueOf(t.getHour()), "minute", String.valueOf(t.getMinute()));
    }

    /** 黄色 / 橙色 / 红色 */
    public String levelName(WarningLevel l) {
        return l == null ? null : words.get("WarningLevel." + l.name());
    }

    /** Ⅲ级 / Ⅱ级 / Ⅰ级 */
    public String responseGrade(WarningLevel l) {
        return l == null ? null : words.get("responseGrade." + l.name());
    }

    /** The districts joined with 、, or {@code whole} (e.g. 全市) when none are named. */
    public String area(List<String> districts, String whole) {
        return districts == null || districts.isEmpty() ? whole : words.joinAll("listSeparator", districts);
    }

    /** The phrases these formats are spelled with. */
    public Phrases words() {
        return words;
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

    /**
     * The heading numeral of {@code n} (1–99) written with {@code digits}, the numerals one to ten
     * (phrases.txt [headingNumerals], 一二三四五六七八九十): 十一, 二十, 二十三 … Outside 1–99, or when the phrase does not
     * hold ten numerals, the number in digits (12), never a numeral repeated.
     */
    public static String numeral(String digits, int n) {
        if (digits.length() != 10 || n < 1 || n > 99) {
            return Integer.toString(n);
        }
        char ten = digits.charAt(9);
        if (n <= 10) {
            return String.valueOf(digits.charAt(n - 1));
        }
        String tens = n < 20 ? "" : String.valueOf(digits.charAt(n / 10 - 1));
        String units = n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10 - 1));
        return tens + ten + units;
    }
}
