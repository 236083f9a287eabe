package cn.hazedesk.i18n;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListWords;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The short instructions written on the template's 说明 sheet, one line each, in the user's language. */
public final class ListTemplateNotes {
    private ListTemplateNotes() {
    }

    /** {@code words}: the list's own words (the headers, grades and types the template names are written with them). */
    public static List<String> notes(Messages m, RegionCatalog regions, IndustryCatalog industries, ListWords words) {
        String sep = Locale.ENGLISH.getLanguage().equals(m.locale().getLanguage()) ? ", " : "、";
        String required = Arrays.stream(ListField.values()).filter(ListField::required).map(words::header)
                .collect(Collectors.joining(sep));
        return List.of(
                m.get("list.template.title"),
                m.get("list.template.rows"),
                m.get("list.template.required", required),
                m.get("list.template.districts", regions.districts().stream().map(Region::name).collect(Collectors.joining(sep))),
                m.get("list.template.industries", String.join(sep, industries.names())),
                m.get("list.template.grades", Arrays.stream(PerformanceGrade.values()).map(words::word)
                        .collect(Collectors.joining(sep))),
                m.get("list.template.controlTypes", Arrays.stream(ControlType.values()).map(words::word)
                        .collect(Collectors.joining(sep))),
                m.get("list.template.measureTypes", Arrays.stream(MeasureType.values()).map(words::word)
                        .collect(Collectors.joining(sep))),
                m.get("list.template.numbers"),
                m.get("list.template.layout"));
    }
}
