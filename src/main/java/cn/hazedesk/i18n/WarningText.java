package cn.hazedesk.i18n;

import cn.hazedesk.domain.warning.Recommendation;
import cn.hazedesk.domain.warning.RecommendedLevel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A recommendation's reason in words, naming the days and values that met the rule (or why none did). */
public final class WarningText {
    private final Messages m;
    private final DateTimeFormatter day;
    private final DateTimeFormatter time;

    public WarningText(Messages messages) {
        this.m = messages;
        boolean english = Locale.ENGLISH.getLanguage().equals(messages.locale().getLanguage());
        this.day = english ? DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH) : DateTimeFormatter.ofPattern("M月d日");
        this.time = english ? DateTimeFormatter.ofPattern("MMM d H:00", Locale.ENGLISH) : DateTimeFormatter.ofPattern("M月d日H时");
    }

    public String level(RecommendedLevel l) {
        return m.get("warning.level." + l.name());
    }

    public String reason(Recommendation r, boolean anyForecast) {
        String text;
        if (!anyForecast) {
            text = m.get("warning.reason.noForecast");
        } else if (r.level() == RecommendedLevel.NONE) {
            text = r.maxDay() == null ? m.get("warning.reason.onlyDust")
                    : m.get("warning.reason.none", String.valueOf(r.maxAqi()), day.format(r.maxDay()));
        } else {
            List<String> parts = r.evidence().stream().map(run -> !run.wholeDays()
                    ? m.get("warning.reason.hours", time.format(run.from()), time.format(run.to()),
                    String.valueOf(run.aboveAqi()), String.valueOf(run.hours()))
                    : run.days() == 1
                    ? m.get("warning.reason.oneDay", day.format(run.firstDay()), String.valueOf(run.aboveAqi()))
                    : m.get("warning.reason.run", day.format(run.firstDay()), day.format(run.lastDay()),
                    String.valueOf(run.aboveAqi()), String.valueOf(run.days()))).toList();
            text = m.get("warning.reason.met", String.join(m.get("warning.reason.and"), parts), level(r.level()));
        }
        if (!r.dustDays().isEmpty()) {
            text += m.get("warning.reason.dust", String.join(m.get("warning.reason.list"),
                    r.dustDays().stream().map(day::format).toList()));
        }
        return text;
    }

    public String cityFromDistricts(String district) {
        return m.get("warning.reason.city", district);
    }

    public String format(LocalDate d) {
        return day.format(d);
    }
}
