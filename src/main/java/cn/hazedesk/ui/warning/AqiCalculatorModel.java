package cn.hazedesk.ui.warning;

import cn.hazedesk.i18n.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The consultation screen's AQI calculator: PM2.5, PM10 and O3 (8 h) concentrations typed for one area and day
 * give that day's AQI and primary pollutant in the grid (HJ 633, the standard in force), or say what could not be
 * read. Part of {@link ConsultationViewModel}.
 */
final class AqiCalculatorModel {
    final ObjectProperty<ConsultationViewModel.AreaRow> area = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> day = new SimpleObjectProperty<>(0);
    final StringProperty pm25 = new SimpleStringProperty("");
    final StringProperty pm10 = new SimpleStringProperty("");
    final StringProperty o3 = new SimpleStringProperty("");
    final StringProperty result = new SimpleStringProperty("");

    private final Messages messages;
    private final IntFunction<String> dayLabel;

    AqiCalculatorModel(Messages messages, IntFunction<String> dayLabel) {
        this.messages = messages;
        this.dayLabel = dayLabel;
    }

    /** Computes the AQI from the concentrations typed and puts it into the chosen area's day of the grid. */
    void compute() {
        java.util.Map<cn.hazedesk.domain.aqi.Pollutant, java.math.BigDecimal> c =
                new java.util.EnumMap<>(cn.hazedesk.domain.aqi.Pollutant.class);
        List<String> typed = new ArrayList<>();
        try {
            put(c, typed, cn.hazedesk.domain.aqi.Pollutant.PM2_5, pm25.get());
            put(c, typed, cn.hazedesk.domain.aqi.Pollutant.PM10, pm10.get());
            put(c, typed, cn.hazedesk.domain.aqi.Pollutant.O3_8H, o3.get());
            if (c.isEmpty()) {
                result.set(messages.get("consultation.calc.empty"));
                return;
            }
            cn.hazedesk.domain.aqi.AqiResult r = cn.hazedesk.domain.aqi.AqiCalculator.compute(
                    cn.hazedesk.domain.aqi.AqiStandard.defaultStandard(), c);
            ConsultationViewModel.DayCell cell = area.get().days.get(day.get());
            cell.aqi.set(String.valueOf(r.aqi()));
            cell.concentrations.set(String.join(" ", typed));
            String primary = r.primaryPollutants().stream().map(cn.hazedesk.domain.aqi.Pollutant::label)
                    .reduce((x, y) -> x + "," + y).orElse("");
            area.get().primary.set(primary);
            result.set(messages.get("consultation.calc.result", area.get().name(), dayLabel.apply(day.get()),
                    r.aqi(), primary.isEmpty() ? "—" : primary));
        } catch (IllegalArgumentException e) {
            result.set(messages.get("consultation.calc.bad", e.getMessage()));
        }
    }

    private void put(java.util.Map<cn.hazedesk.domain.aqi.Pollutant, java.math.BigDecimal> c, List<String> typed,
                            cn.hazedesk.domain.aqi.Pollutant p, String v) {
        String t = v == null ? "" : cn.hazedesk.domain.common.TextNormalizer.toHalfWidth(v).strip();
        if (t.isEmpty()) {
            return;
        }
        java.math.BigDecimal value;
        try {
            value = new java.math.BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(messages.get("consultation.calc.badValue", p.label(), t));
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(messages.get("consultation.calc.badValue", p.label(), t));
        }
        c.put(p, value);
        typed.add(p.label() + "=" + t);
    }
}
