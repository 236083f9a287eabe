package cn.hazedesk.ui.common;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ValueParser;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.i18n.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How list values read on screen in the user's language: districts by name, enums by their label, tonnes. */
public final class Labels {
    private final Messages messages;
    private final RegionCatalog regions;

    public Labels(Messages messages, RegionCatalog regions) {
        this.messages = messages;
        this.regions = regions;
    }

    public String district(String code) {
        return regions.byCode(code).map(r -> r.name()).orElse(code);
    }

    public String grade(PerformanceGrade g) {
        return g == null ? "" : messages.get("enum.PerformanceGrade." + g.name());
    }

    public String controlType(ControlType t) {
        return t == null ? "" : messages.get("enum.ControlType." + t.name());
    }

    public String measureType(MeasureType t) {
        return t == null ? "" : messages.get("enum.MeasureType." + t.name());
    }

    public String level(WarningLevel l) {
        return messages.get("enum.WarningLevel." + l.name());
    }

    public String field(String fieldName) {
        return messages.has("field." + fieldName) ? messages.get("field." + fieldName) : fieldName;
    }

    /** An enterprise as a choice in a drop-down: its name with its industry. */
    public Choice<cn.hazedesk.application.EnterpriseRow> enterpriseChoice(cn.hazedesk.application.EnterpriseRow r) {
        return new Choice<>(messages.get("labels.nameWithNote", r.name(), r.industry()), r);
    }

    /** Annual tonnes with up to three decimals, no trailing zeros. */
    public static String tonnes(BigDecimal t) {
        return t == null ? "" : t.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public static String percent(BigDecimal fraction) {
        return fraction == null ? "" : ValueParser.percent(fraction);
    }

    public Messages messages() {
        return messages;
    }

    public RegionCatalog regions() {
        return regions;
    }
}
