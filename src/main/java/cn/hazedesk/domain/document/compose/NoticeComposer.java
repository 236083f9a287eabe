package cn.hazedesk.domain.document.compose;

import cn.hazedesk.domain.document.AdjustNotice;
import cn.hazedesk.domain.document.AreaLevel;
import cn.hazedesk.domain.document.LevelChange;
import cn.hazedesk.domain.document.DocumentKind;
import cn.hazedesk.domain.document.ForecastDay;
import cn.hazedesk.domain.document.IssueNotice;
import cn.hazedesk.domain.document.LiftNotice;
import cn.hazedesk.domain.document.StepNotice;
import cn.hazedesk.domain.document.TempControlNotice;
import cn.hazedesk.domain.document.Urgency;
import cn.hazedesk.domain.document.compose.Block.Style;
import cn.hazedesk.domain.document.template.TemplateFiller;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.hazedesk.domain.document.compose.DocumentFormats.number;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.body;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.done;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.filler;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.putLevel;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.variant;

/**
 * The notices of an episode, official documents with masthead and red rule: issuing a warning (发布), adjusting its
 * level (调整), lifting it (解除), and extending, suspending or resuming it. The header (masthead, number, title, 主送)
 * and the footer (signature, 版记) are shared with the summary report.
 */
final class NoticeComposer {
    private final TemplateSet templates;
    private final DocumentFormats fmt;

    NoticeComposer(TemplateSet templates) {
        this.templates = templates;
        this.fmt = DocumentFormats.of(templates);
    }

    /** Masthead, number (a line to fill in when there is none yet: {@code [pending.documentNumber]}), title, 主送. */
    static void header(DocumentFormats fmt, List<Block> blocks, TemplateFiller f, Urgency urgency, String number, String title) {
        if (urgency != null && urgency != Urgency.NONE) {
            blocks.add(new Block.TopLeft(fmt.words().get("Urgency." + urgency.name())));
        }
        blocks.add(new Block.Masthead(f.section("masthead")));
        blocks.add(new Block.DocumentNumber(number == null || number.isBlank() ? f.value("documentNumber") : number));
        blocks.add(new Block.Title(title));
        blocks.add(new Block.Addressee(f.section(countySection(f, "addressee"))));
    }

    /**
     * The section {@code name}, or its county form ({@code nameCounty}: 主送 the county's townships and departments,
     * not 各县（区）) when the notice is issued by one county under its own plan and the template has that form.
     */
    static String countySection(TemplateFiller f, String name) {
        return !f.optionalValue(COUNTY_ISSUER).isEmpty() && !f.optional(name + "County").isEmpty() ? name + "County" : name;
    }

    /** The value naming the county that issues the notice itself (set only for one county under its own plan). */
    private static final String COUNTY_ISSUER = "county";

    static void footer(DocumentFormats fmt, List<Block> blocks, TemplateFiller f, java.time.LocalDate date, boolean publicRelease) {
        blocks.add(new Block.Signature(f.section("signature"), fmt.date(date)));
        if (publicRelease) {
            blocks.add(new Block.Remark(f.section("publicRemark")));
        }
        blocks.add(new Block.Imprint(f.optionalValue("copyTo"), f.section("printedBy"),
                fmt.words().get("printedOn", "date", fmt.date(date)), fmt.words().get("copyToLabel")));
    }

    /**
     * The areas at each level, highest level first, each group through the template's {@code [areaLevel]} section
     * (${area}, ${levelName}, ${responseGrade}), joined by {@code [areaLevelSeparator]} (default ，).
     */
    private String areaLevels(TemplateFiller f, List<AreaLevel> areas) {
        Map<WarningLevel, List<String>> byLevel = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (AreaLevel a : areas) {
            byLevel.computeIfAbsent(a.level(), k -> new ArrayList<>()).add(a.area());
        }
        List<String> parts = new ArrayList<>();
        byLevel.forEach((level, names) -> {
            f.put("area", fmt.words().joinAll("listSeparator", names));
            putLevel(fmt, f, "level", level);
            parts.add(f.section("areaLevel"));
        });
        String sep = f.optional("areaLevelSeparator");
        return String.join(sep.isEmpty() ? fmt.words().get("areaLevelSeparator") : sep, parts);
    }

    /**
     * A warning of districts under their county plans (no city level) is approved by each county's body under its
     * plan: ${approvingBody} and ${planName} become common.txt's [countyApprovingBody.区县] and [countyPlanName.区县]
     * of the districts named, so no sentence claims the city's approval or a city level; a notice of one county is the
     * county's own (see {@link #countyPlan(TemplateFiller, List)}).
     */
    private void countyPlan(TemplateFiller f, boolean districtOnly, List<AreaLevel> areas) {
        if (districtOnly) {
            countyPlan(f, areas.stream().map(AreaLevel::area).toList());
        }
    }

    private void countyPlan(TemplateFiller f, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        // one county under its own plan issues the notice itself: its command office heads, signs and receives the
        // reports (common.txt [countyCommandOffice.区县]); several counties in one notice keep the city's office, which
        // relays what each county's body approved
        String office = names.size() == 1 ? f.optionalValue("countyCommandOffice." + names.get(0)) : "";
        if (!office.isEmpty()) {
            f.put("commandOffice", office);
            f.put(COUNTY_ISSUER, names.get(0));
        }
        f.put("approvingBody", fmt.words().joinAll("listSeparator", names.stream().map(a -> f.value("countyApprovingBody." + a)).toList()));
        f.put("planName", fmt.words().joinAll("listSeparator", names.stream().map(a -> f.value("countyPlanName." + a)).toList()));
    }

    /** Each forecast day's AQI (or range) through [forecastDay], joined; null when there is none. */
    private String forecastDays(List<ForecastDay> forecast) {
        List<String> days = new ArrayList<>();
        for (ForecastDay d : forecast) {
            days.add(fmt.words().get("forecastDay", "day", fmt.monthDay(d.date()), "aqi", d.aqiLow() == d.aqiHigh()
                    ? String.valueOf(d.aqiLow()) : fmt.words().get("aqiRange", "low", String.valueOf(d.aqiLow()),
                    "high", String.valueOf(d.aqiHigh()))));
        }
        return days.isEmpty() ? null : fmt.words().joinAll("forecastDaySeparator", days);
    }

    /** The title section: a county-plan warning's own ([titleDistrict]) when the template has one, else as given. */
    private static String titleSection(TemplateFiller f, boolean districtOnly, String otherwise) {
        return districtOnly && f.has("titleDistrict") ? "titleDistrict" : otherwise;
    }

    /** 关于发布重污染天气X色预警的通知; a mixed-level warning states each area's level and response grade. */
    ComposedDocument issue(IssueNotice n) {
        TemplateFiller f = filler(templates, DocumentKind.ISSUE_NOTICE, variant(n.level()));
        f.put("documentNumber", n.documentNumber());
        countyPlan(f, n.districtOnly(), n.areas());
        String levels = n.mixed() ? areaLevels(f, n.areas()) : null;
        putLevel(fmt, f, "level", n.level());
        f.put("areaLevels", levels);
        f.put("area", n.mixed() ? fmt.words().joinAll("listSeparator", n.areas().stream().map(AreaLevel::area).toList()) : f.value("wholeCity"));
        f.put("levelMeasures", f.section(n.mixed() ? "levelMeasuresMixed" : "levelMeasures"));
        f.put("forecastFrom", fmt.monthDay(n.forecastFrom()));
        f.put("forecastTo", fmt.monthDay(n.forecastTo()));
        f.put("forecastDays", forecastDays(n.forecast()));
        f.put("primaryPollutant", n.primaryPollutant());
        f.put("weatherCause", n.weatherCause());
        f.put("issuedAt", fmt.dateTime(n.issuedAt()));
        f.put("responseStart", fmt.monthDayTime(n.responseStart()));
        f.put("enterpriseCount", number(n.enterpriseCount()));
        f.put("dailyReportBy", fmt.time(n.dailyReportBy()));
        f.put("contactName", n.contactName());
        f.put("contactPhone", n.contactPhone());
        f.put("date", fmt.date(n.date()));
        boolean onNotice = n.basisNotice() != null && !n.basisNotice().isBlank();
        f.put("basisNotice", onNotice ? n.basisNotice().strip() : null);
        List<Block> blocks = new ArrayList<>();
        String title = f.section(titleSection(f, n.districtOnly(), n.mixed() ? "titleMixed" : "title"));
        header(fmt, blocks, f, n.urgency(), n.documentNumber(), title);
        List<String> sections = new ArrayList<>(List.of("opening", n.mixed() ? "decisionMixed" : "decision",
                countySection(f, "measures"), countySection(f, "supervision"), countySection(f, "reporting"), "contact"));
        if (onNotice) {
            sections.add(0, "basisLine"); // a warning on a provincial or regional notice says so first
        }
        for (String s : sections) {
            body(fmt, blocks, f.lines(s));
        }
        attachments(blocks, f, n.attachments());
        footer(fmt, blocks, f, n.date(), n.publicRelease());
        return done(fmt, f, DocumentKind.ISSUE_NOTICE, title, ComposedDocument.Format.OFFICIAL, n.drill(), blocks);
    }

    private void attachments(List<Block> blocks, TemplateFiller f, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String label = f.section("attachmentLabel");
        String pad = fmt.words().joinPairwise("attachmentPad", java.util.Collections.nCopies(label.length() + 1, ""));
        for (int i = 0; i < names.size(); i++) {
            String item = names.size() == 1 ? names.get(i) : (i + 1) + "." + names.get(i);
            blocks.add(new Block.Paragraph((i == 0 ? label : pad) + item, Style.BODY));
        }
    }

    /**
     * 预警调整（升级/降级）通知: names only the areas whose level changed, each with its old and new level and response
     * grade ({@code [change.upgrade]}, {@code [change.downgrade]}); sections may differ by direction
     * ({@code [title.upgrade]}, ...); an adjustment that differs by area uses {@code [titleMixed]}.
     */
    ComposedDocument adjust(AdjustNotice n) {
        boolean up = n.changes().stream().allMatch(LevelChange::upgrade);
        boolean down = n.changes().stream().noneMatch(LevelChange::upgrade);
        TemplateFiller f = filler(templates, DocumentKind.ADJUST_NOTICE, up ? "upgrade" : down ? "downgrade" : null);
        f.put("documentNumber", n.documentNumber());
        countyPlan(f, n.countyAreas());
        List<String> changes = new ArrayList<>();
        for (LevelChange c : n.changes()) {
            f.put("changeArea", c.area() == null ? f.value("wholeCity") : c.area());
            putLevel(fmt, f, "previousLevel", c.before());
            putLevel(fmt, f, "newLevel", c.after());
            // a district of a county-plan warning whose warning starts or ends: no previous or no new level to name
            changes.add(f.section(c.before() == null ? "change.start" : c.after() == null ? "change.end"
                    : c.upgrade() ? "change.upgrade" : "change.downgrade"));
        }
        LevelChange first = n.changes().get(0);
        putLevel(fmt, f, "previousLevel", first.before());
        putLevel(fmt, f, "newLevel", first.after());
        f.put("titleArea", first.area() == null || n.mixed() ? "" : fmt.words().joinAll("listSeparator",
                n.changes().stream().map(LevelChange::area).toList()));
        String sep = f.optional("changeSeparator");
        f.put("changes", String.join(sep.isEmpty() ? fmt.words().get("clauseSeparator") : sep, changes));
        f.put("direction", f.section("direction"));
        f.put("effectiveAt", fmt.dateTime(n.effectiveAt()));
        f.put("basis", n.basis());
        f.put("dailyReportBy", fmt.time(n.dailyReportBy()));
        f.put("contactName", n.contactName());
        f.put("contactPhone", n.contactPhone());
        f.put("date", fmt.date(n.date()));
        List<Block> blocks = new ArrayList<>();
        String title = f.section(n.mixed() ? "titleMixed" : "title");
        header(fmt, blocks, f, n.urgency(), n.documentNumber(), title);
        for (String s : List.of("opening", "decision", "requirements", "contact")) {
            body(fmt, blocks, f.lines(s));
        }
        footer(fmt, blocks, f, n.date(), false);
        return done(fmt, f, DocumentKind.ADJUST_NOTICE, title, ComposedDocument.Format.OFFICIAL, n.drill(), blocks);
    }

    /**
     * 预警解除通知: cites the number of the notice that issued the warning and the levels in force at lifting, and
     * states the basis actually used: {@code [basis.CONDITIONS_MET]}, {@code [basis.SHORTFALL_CONFIRMED]} (the
     * forecast hours and the officer's reason) or {@code [basis.AUTHORITY_LIFTED]}.
     */
    ComposedDocument lift(LiftNotice n) {
        TemplateFiller f = filler(templates, DocumentKind.LIFT_NOTICE, variant(n.level()));
        f.put("documentNumber", n.documentNumber());
        countyPlan(f, n.districtOnly(), n.areas());
        String levels = n.mixed() ? areaLevels(f, n.areas()) : null;
        if (!n.mixed()) {
            f.put("area", f.value("wholeCity"));
            putLevel(fmt, f, "level", n.level());
            levels = f.section("areaLevel");
        }
        putLevel(fmt, f, "level", n.level());
        f.put("levelsInForce", levels);
        f.put("area", n.mixed() ? fmt.words().joinAll("listSeparator", n.areas().stream().map(AreaLevel::area).toList()) : f.value("wholeCity"));
        f.put("liftedNumber", n.liftedNumber());
        f.put("issuedAt", fmt.dateTime(n.issuedAt()));
        f.put("liftedAt", fmt.dateTime(n.liftedAt()));
        f.put("hoursBelow", n.hoursBelow() == null ? null : number(n.hoursBelow()));
        f.put("requiredHours", number(n.requiredHours()));
        String reason = n.reason() == null || n.reason().isBlank() ? null : n.reason().strip();
        f.put("reason", reason);
        String stop = fmt.words().get("sentenceEnd");
        f.put("reasonSentence", reason == null ? null : reason.endsWith(stop) ? reason : reason + stop);
        f.put("basis", f.section("basis." + n.ground().name()));
        f.put("summaryWithinWorkingDays", n.summaryWithinWorkingDays() == null ? null : number(n.summaryWithinWorkingDays()));
        f.put("date", fmt.date(n.date()));
        List<Block> blocks = new ArrayList<>();
        String title = f.section(titleSection(f, n.districtOnly(), n.mixed() ? "titleMixed" : "title"));
        header(fmt, blocks, f, Urgency.NONE, n.documentNumber(), title);
        for (String s : List.of("opening", "decision", "followUp")) {
            body(fmt, blocks, f.lines(s));
        }
        footer(fmt, blocks, f, n.date(), false);
        return done(fmt, f, DocumentKind.LIFT_NOTICE, title, ComposedDocument.Format.OFFICIAL, n.drill(), blocks);
    }

    /**
     * 延长, 暂停 or 恢复 notice (extend-notice.txt, suspend-notice.txt, resume-notice.txt): cites the warning's number and
     * the levels in force, which the step does not change.
     */
    ComposedDocument step(StepNotice n) {
        TemplateFiller f = filler(templates, n.kind().document(), variant(n.level()));
        f.put("documentNumber", n.documentNumber());
        countyPlan(f, n.districtOnly(), n.areas());
        String levels = n.mixed() ? areaLevels(f, n.areas()) : null;
        if (!n.mixed()) {
            f.put("area", f.value("wholeCity"));
            putLevel(fmt, f, "level", n.level());
            levels = f.section("areaLevel");
        }
        putLevel(fmt, f, "level", n.level());
        f.put("levelsInForce", levels);
        f.put("area", null);
        f.put("warningNumber", n.warningNumber());
        f.put("effectiveAt", fmt.dateTime(n.effectiveAt()));
        f.put("previousEnd", fmt.dateTime(n.previousEnd()));
        f.put("newEnd", fmt.dateTime(n.newEnd()));
        f.put("basis", n.basis());
        f.put("date", fmt.date(n.date()));
        List<Block> blocks = new ArrayList<>();
        String title = f.section(titleSection(f, n.districtOnly(), n.mixed() ? "titleMixed" : "title"));
        header(fmt, blocks, f, Urgency.NONE, n.documentNumber(), title);
        for (String s : List.of("opening", "decision", "requirements")) {
            body(fmt, blocks, f.lines(s));
        }
        footer(fmt, blocks, f, n.date(), false);
        return done(fmt, f, n.kind().document(), title, ComposedDocument.Format.OFFICIAL, n.drill(), blocks);
    }

    /**
     * 轻中度污染临时管控通知 (temp-control-notice.txt): starting it — the forecast, the decision, then each light measure
     * through {@code [measureLine]} numbered 一、二、… ({@code ${measureNumber}}, {@code ${measureCategory}},
     * {@code ${measureText}}) — or lifting it ({@code [liftTitle]}, {@code [liftOpening]}, {@code [liftDecision]},
     * citing the number of the notice that started it). No level and no response grade are put: it is not a warning.
     */
    ComposedDocument tempControl(TempControlNotice n) {
        TemplateFiller f = filler(templates, DocumentKind.TEMP_CONTROL_NOTICE, null);
        f.put("documentNumber", n.documentNumber());
        f.put("forecastFrom", fmt.monthDay(n.forecastFrom()));
        f.put("forecastTo", fmt.monthDay(n.forecastTo()));
        f.put("forecastDays", forecastDays(n.forecast()));
        f.put("primaryPollutant", n.primaryPollutant());
        f.put("issuedAt", fmt.dateTime(n.issuedAt()));
        f.put("startAt", fmt.dateTime(n.startAt()));
        f.put("endAt", fmt.dateTime(n.endAt()));
        f.put("liftedAt", fmt.dateTime(n.startAt()));
        f.put("startedNumber", n.startedNumber());
        String reason = n.reason() == null || n.reason().isBlank() ? null : n.reason().strip();
        String stop = fmt.words().get("sentenceEnd");
        f.put("reasonSentence", reason == null ? null : reason.endsWith(stop) ? reason : reason + stop);
        f.put("date", fmt.date(n.date()));
        List<Block> blocks = new ArrayList<>();
        String title = f.section(n.lift() ? "liftTitle" : "title");
        header(fmt, blocks, f, Urgency.NONE, n.documentNumber(), title);
        if (n.lift()) {
            body(fmt, blocks, f.lines("liftOpening"));
            body(fmt, blocks, f.lines("liftDecision"));
        } else {
            body(fmt, blocks, f.lines("opening"));
            body(fmt, blocks, f.lines("decision"));
            String numerals = fmt.words().get("headingNumerals");
            for (int i = 0; i < n.measures().size(); i++) {
                TempControlNotice.Measure m = n.measures().get(i);
                f.put("measureNumber", DocumentFormats.numeral(numerals, i + 1));
                f.put("measureCategory", m.category());
                f.put("measureText", m.text());
                body(fmt, blocks, f.lines("measureLine"));
            }
            body(fmt, blocks, f.lines("reporting"));
        }
        footer(fmt, blocks, f, n.date(), false);
        return done(fmt, f, DocumentKind.TEMP_CONTROL_NOTICE, title, ComposedDocument.Format.OFFICIAL, n.drill(), blocks);
    }
}
