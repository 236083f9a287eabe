package cn.hazedesk.ui.list;

import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.uscc.Uscc;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.Labels;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The list screen's filter: text (name or USCC, a code typed in any form) and a district, industry, grade and control
 * type, each with "all" first; the industries offered are those the loaded rows name. Part of
 * {@link EnterpriseListViewModel}, which it tells of every change.
 */
final class ListFilter {
    final StringProperty text = new SimpleStringProperty("");
    final ObservableList<Choice<Region>> districtChoices = FXCollections.observableArrayList();
    final ObservableList<Choice<String>> industryChoices = FXCollections.observableArrayList();
    final ObservableList<Choice<PerformanceGrade>> gradeChoices = FXCollections.observableArrayList();
    final ObservableList<Choice<ControlType>> controlTypeChoices = FXCollections.observableArrayList();
    final ObjectProperty<Choice<Region>> district = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<String>> industry = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<PerformanceGrade>> grade = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<ControlType>> controlType = new SimpleObjectProperty<>();
    private final Choice<Region> anyDistrict;
    private final Choice<String> anyIndustry;
    private final Choice<PerformanceGrade> anyGrade;
    private final Choice<ControlType> anyControlType;
    private final Runnable onChange;

    ListFilter(Messages messages, Labels labels, Runnable onChange) {
        this.onChange = onChange;
        anyDistrict = new Choice<>(messages.get("list.filter.allDistricts"), null);
        anyIndustry = new Choice<>(messages.get("list.filter.allIndustries"), null);
        anyGrade = new Choice<>(messages.get("list.filter.allGrades"), null);
        anyControlType = new Choice<>(messages.get("list.filter.allControlTypes"), null);
        districtChoices.add(anyDistrict);
        labels.regions().districts().forEach(r -> districtChoices.add(new Choice<>(r.name(), r)));
        industryChoices.add(anyIndustry);
        gradeChoices.add(anyGrade);
        for (PerformanceGrade g : PerformanceGrade.values()) {
            gradeChoices.add(new Choice<>(labels.grade(g), g));
        }
        controlTypeChoices.add(anyControlType);
        for (ControlType c : ControlType.values()) {
            controlTypeChoices.add(new Choice<>(labels.controlType(c), c));
        }
        district.set(anyDistrict);
        industry.set(anyIndustry);
        grade.set(anyGrade);
        controlType.set(anyControlType);
        text.addListener((o, a, b) -> onChange.run());
        district.addListener((o, a, b) -> onChange.run());
        industry.addListener((o, a, b) -> onChange.run());
        grade.addListener((o, a, b) -> onChange.run());
        controlType.addListener((o, a, b) -> onChange.run());
    }

    /**
     * What the filter's text is looked for in: the lower-cased name and the USCC; made once per row when the rows are
     * loaded (or sorted), so a keystroke only runs contains() ({@link ShownRows} keeps it beside the row).
     */
    static String searchKey(EnterpriseRow r) {
        return r.name().toLowerCase(Locale.ROOT) + "\n" + r.uscc();
    }

    /** The industries the rows name, offered after "all"; the chosen one stays chosen if it is still there. */
    void industriesOf(List<EnterpriseRow> rows) {
        TreeSet<String> names = new TreeSet<>();
        rows.forEach(r -> names.add(r.industry()));
        Choice<String> keepIndustry = industry.get();
        industryChoices.setAll(anyIndustry);
        names.forEach(n -> industryChoices.add(new Choice<>(n, n)));
        industry.set(industryChoices.stream().filter(c -> c.equals(keepIndustry)).findFirst().orElse(anyIndustry));
    }

    /**
     * The current filter: every chosen criterion must hold; text matches name or USCC (a code typed in any form).
     * Tested on a row and its {@link #searchKey}.
     */
    Criteria criteria() {
        String text = this.text.get() == null ? "" : this.text.get().trim().toLowerCase(Locale.ROOT);
        String usccText = Uscc.normalize(text);
        return new Criteria(text, usccText, !usccText.isEmpty() && !usccText.equals(text),
                value(district) == null ? null : value(district).code(), value(industry), value(grade),
                value(controlType));
    }

    /** One state of the filter (see {@link #criteria()}). */
    record Criteria(String text, String usccText, boolean usccToo, String district, String industry,
                    PerformanceGrade grade, ControlType controlType) {
        boolean test(EnterpriseRow r, String key) {
            return (district == null || district.equals(r.districtCode()))
                    && (industry == null || industry.equals(r.industry()))
                    && (grade == null || grade == r.grade())
                    && (controlType == null || controlType == r.controlType())
                    && (text.isEmpty() || key.contains(text) || (usccToo && r.uscc().contains(usccText)));
        }

        /**
         * Whether every row this filter lets through, {@code before} let through too (a character typed onto the
         * text): then only the rows shown need testing. The key holds the name lower-cased and the USCC as stored, so
         * a USCC match under {@code before} is a match of its text when its text is its USCC form.
         */
        boolean narrows(Criteria before) {
            if (before == null || !java.util.Objects.equals(district, before.district)
                    || !java.util.Objects.equals(industry, before.industry) || grade != before.grade
                    || controlType != before.controlType) {
                return false;
            }
            if (before.text.isEmpty()) {
                return true;
            }
            return text.contains(before.text) && (!usccToo || (usccText.contains(before.usccText)
                    && (before.usccToo || before.usccText.equals(before.text))));
        }
    }

    private static <T> T value(ObjectProperty<Choice<T>> p) {
        return p.get() == null ? null : p.get().value();
    }

    /** Every criterion back to "all". */
    void clear() {
        text.set("");
        district.set(anyDistrict);
        industry.set(anyIndustry);
        grade.set(anyGrade);
        controlType.set(anyControlType);
    }
}
