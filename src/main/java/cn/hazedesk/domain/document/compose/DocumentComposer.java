package cn.hazedesk.domain.document.compose;

import cn.hazedesk.domain.document.AdjustNotice;
import cn.hazedesk.domain.document.AreaLevel;
import cn.hazedesk.domain.document.LevelChange;
import cn.hazedesk.domain.document.ApprovalAction;
import cn.hazedesk.domain.document.ApprovalForm;
import cn.hazedesk.domain.document.CheckItem;
import cn.hazedesk.domain.document.DocumentKind;
import cn.hazedesk.domain.document.ForecastDay;
import cn.hazedesk.domain.document.InspectionRecord;
import cn.hazedesk.domain.document.Inspector;
import cn.hazedesk.domain.document.IssueNotice;
import cn.hazedesk.domain.document.LiftNotice;
import cn.hazedesk.domain.document.OrderEnvelope;
import cn.hazedesk.domain.document.PollutantReduction;
import cn.hazedesk.domain.document.StepNotice;
import cn.hazedesk.domain.document.SummaryReport;
import cn.hazedesk.domain.document.TimelineRow;
import cn.hazedesk.domain.document.Urgency;
import cn.hazedesk.domain.document.compose.Block.Align;
import cn.hazedesk.domain.document.compose.Block.Column;
import cn.hazedesk.domain.document.compose.Block.Style;
import cn.hazedesk.domain.document.template.TemplateException;
import cn.hazedesk.domain.document.template.TemplateFiller;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.reduction.Verdict;
import cn.hazedesk.domain.response.OrderLine;
import cn.hazedesk.domain.response.ResponseOrder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static cn.hazedesk.domain.document.compose.DocumentFormats.area;
import static cn.hazedesk.domain.document.compose.DocumentFormats.date;
import static cn.hazedesk.domain.document.compose.DocumentFormats.dateTime;
import static cn.hazedesk.domain.document.compose.DocumentFormats.levelName;
import static cn.hazedesk.domain.document.compose.DocumentFormats.monthDay;
import static cn.hazedesk.domain.document.compose.DocumentFormats.monthDayTime;
import static cn.hazedesk.domain.document.compose.DocumentFormats.number;
import static cn.hazedesk.domain.document.compose.DocumentFormats.percent;
import static cn.hazedesk.domain.document.compose.DocumentFormats.responseGrade;

/**
 * Turns each document record into a {@link ComposedDocument}: the wording from its template (data/documents/),
 * every placeholder filled from the record and the site's shared values. Pure. A template that lacks a section the
 * document needs, or a placeholder without a value, is a {@link TemplateException} naming them all.
 *
 * <p>Body sections are one paragraph per line; a line starting with 一、 is a level-1 heading (黑体), one starting
 * with （一） a level-2 heading (楷体 up to the first 。). Form sections are one row per line:
 * {@code label|value[|minimum lines[|footer]]}. Column sections are one line: {@code header|header|...}.
 */
public final class DocumentComposer {
    private static final Pattern HEADING1 = Pattern.compile("^[一二三四五六七八九十]+、.*");
    private static final Pattern HEADING2 = Pattern.compile("^（[一二三四五六七八九十]+）.*");
    static final String CHECKED = "■";
    static final String UNCHECKED = "□";

    private final TemplateSet templates;

    public DocumentComposer(TemplateSet templates) {
        this.templates = templates;
    }

    private TemplateFiller filler(DocumentKind kind, String variant) {
        return new TemplateFiller(templates.get(kind), templates.get(DocumentKind.COMMON), variant);
    }

    private static String variant(WarningLevel level) {
        return level == null ? null : level.name().toLowerCase(Locale.ROOT);
    }

    private static void putLevel(TemplateFiller f, String prefix, WarningLevel level) {
        f.put(prefix + "Name", levelName(level));
        f.put(prefix.equals("level") ? "responseGrade" : prefix + "ResponseGrade", responseGrade(level));
    }

    // ---------------------------------------------------------------- the response order and its batch cover

    /** The values an order's template can use (also the file name and the cover take them from here). */
    private static void putOrder(TemplateFiller f, ResponseOrder o, OrderEnvelope env, int index) {
        f.put("orderNumber", env.number(index).orElse(null));
        f.put("enterpriseName", o.enterpriseName());
        f.put("uscc", o.uscc());
        f.put("districtName", o.districtName());
        f.put("industry", o.industry());
        f.put("grade", o.grade().label());
        f.put("controlType", o.controlType() == null ? null : o.controlType().chineseName());
        f.put("address", o.address());
        f.put("contactName", o.contactName());
        f.put("contactPhone", o.contactPhone());
        putLevel(f, "level", o.level());
        f.put("warningIssuedAt", dateTime(env.warningIssuedAt()));
        f.put("responseStart", dateTime(env.responseStart()));
        f.put("issuingOffice", env.issuingOffice());
        f.put("date", date(env.date()));
        f.put("lineCount", number(o.lines().size()));
        f.put("transport", o.transport().chineseName());
    }

    /** One 企业重污染天气应急响应告知书 with its tear-off acknowledgement slip; {@code index}: its place in the batch. */
    public ComposedDocument order(ResponseOrder o, OrderEnvelope env, int index) {
        TemplateFiller f = filler(DocumentKind.RESPONSE_ORDER, variant(o.level()));
        putOrder(f, o, env, index);
        String supervisor = districtValue(f, "supervisingOffice", o.districtName());
        f.put("supervisingOffice", supervisor);
        f.put("supervisingPhone", districtValue(f, "supervisingPhone", o.districtName()));
        f.put("transport", f.optional("transport." + o.transport().name()).isEmpty()
                ? o.transport().chineseName() : f.optional("transport." + o.transport().name()));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Title(f.section("title")));
        blocks.add(new Block.Paragraph(f.section("number"), Style.RIGHT));
        blocks.add(new Block.Addressee(f.section("addressee")));
        body(blocks, f.lines("body"));
        o.notCounted().ifPresent(r -> body(blocks, f.lines("reason." + r.name())));
        List<Column> columns = columns(f, "columns", 5, new double[]{0.55, 2.6, 4.35, 1.1, 1.5},
                new Align[]{Align.CENTRE, Align.LEFT, Align.LEFT, Align.CENTRE, Align.CENTRE});
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (OrderLine l : o.lines()) {
            String name = l.process() == null || l.process().isBlank() || l.lineName().contains(l.process())
                    ? l.lineName() : l.lineName() + "（" + l.process() + "）";
            String measure = !l.text().isBlank() ? l.text()
                    : f.section(l.rule() == MeasureRule.PROTECTION_TASK ? "protectionTask" : "noMeasure");
            String share = l.type() == null || l.type() == MeasureType.VOLUNTARY || l.fraction().signum() == 0 ? "—"
                    : percent(l.fraction());
            String basis = l.unverifiedDefault() ? f.section("unverifiedDefault") : f.section("rule." + l.rule().name());
            rows.add(List.of(number(n++), name, measure, share, basis));
        }
        if (rows.isEmpty()) {
            rows.add(List.of("—", f.section("noLines"), "—", "—", "—"));
        }
        blocks.add(new Block.Table(columns, rows));
        body(blocks, f.lines("transportLine"));
        body(blocks, f.lines("obligations"));
        body(blocks, f.lines("contacts"));
        blocks.add(new Block.Signature(f.section("signature"), date(env.date())));
        blocks.add(new Block.Keep(List.of(
                new Block.CutLine(f.section("slip.cut")),
                new Block.Title(f.section("slip.title")),
                form(f, "slip.rows", 0.32),
                new Block.Paragraph(f.section("slip.commitment"), Style.BODY),
                new Block.Paragraph(f.section("slip.seal"), Style.RIGHT))));
        return done(f, DocumentKind.RESPONSE_ORDER, f.section("documentTitle"), ComposedDocument.Format.COMPACT,
                env.drill(), blocks);
    }

    private static String districtValue(TemplateFiller f, String name, String district) {
        String specific = f.optionalValue(name + "." + district);
        return specific.isBlank() ? f.value(name) : specific;
    }

    /** Where each order of a batch starts and ends (1-based pages of the whole PDF, cover included). */
    public record PageRange(int first, int last) {
        public int pages() {
            return last - first + 1;
        }
    }

    /**
     * The cover list of a batch: one row per order with its number, enterprise, USCC, district, grade, what it must
     * do, and its pages; a sentence saying how many orders and whether any runs over one page. {@code scope} is the
     * district named, or empty for every district.
     */
    public ComposedDocument cover(List<ResponseOrder> orders, OrderEnvelope env, WarningLevel level, String scope,
                                  List<PageRange> pages) {
        if (pages.size() != orders.size()) {
            throw new IllegalArgumentException("one page range per order");
        }
        TemplateFiller f = filler(DocumentKind.ORDER_COVER, variant(level));
        putLevel(f, "level", level);
        f.put("scope", scope == null || scope.isBlank() ? null : scope);
        f.put("orderCount", number(orders.size()));
        f.put("date", date(env.date()));
        f.put("warningIssuedAt", dateTime(env.warningIssuedAt()));
        f.put("responseStart", dateTime(env.responseStart()));
        long longer = pages.stream().filter(p -> p.pages() > 1).count();
        f.put("numberRange", orders.isEmpty() || env.number(0).isEmpty() ? null
                : env.number(0).get() + (orders.size() > 1 ? "至" + (env.firstSerial() + orders.size() - 1) + "号" : ""));
        f.put("multiPageCount", number((int) longer));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Title(f.section("title")));
        blocks.add(new Block.Paragraph(f.section("subtitle"), Style.CENTRE));
        body(blocks, f.lines("summary"));
        body(blocks, f.lines("numbers"));
        body(blocks, f.lines(longer == 0 ? "onePageEach" : "someLonger"));
        List<Column> columns = columns(f, "columns", 6, new double[]{0.7, 4.4, 3.3, 1.25, 2.2, 0.8},
                new Align[]{Align.CENTRE, Align.LEFT, Align.CENTRE, Align.CENTRE, Align.LEFT, Align.CENTRE});
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            ResponseOrder o = orders.get(i);
            PageRange p = pages.get(i);
            rows.add(List.of(number(i + 1), o.enterpriseName(), o.uscc(), o.districtName(), summary(f, o),
                    p.pages() == 1 ? number(p.first()) : p.first() + "–" + p.last()));
        }
        blocks.add(new Block.Table(columns, rows, true));
        return done(f, DocumentKind.ORDER_COVER, f.section("documentTitle"), ComposedDocument.Format.COMPACT,
                env.drill(), blocks);
    }

    /** What an order asks, in a few words: 停产 2 条、限产 1 条, or why nothing (豁免, 长期停产 ...). */
    private static String summary(TemplateFiller f, ResponseOrder o) {
        if (o.exempt() || o.lines().isEmpty() || o.notCountedReason() == MeasureRule.PROTECTION_TASK) {
            return f.section("reason." + o.notCounted().map(Enum::name).orElse("NO_MEASURE"));
        }
        Map<MeasureType, Integer> byType = new EnumMap<>(MeasureType.class);
        int none = 0;
        for (OrderLine l : o.lines()) {
            if (l.type() == null) {
                none++;
            } else {
                byType.merge(l.type(), 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        byType.forEach((t, c) -> parts.add(t.chineseName() + c + "条"));
        if (none > 0) {
            parts.add(f.section("reason.NO_MEASURE") + none + "条");
        }
        return String.join("、", parts);
    }

    /** The order's file name stem: enterprise name and USCC (made safe for file systems by the caller). */
    public static String orderFileStem(ResponseOrder o) {
        return o.enterpriseName() + "_" + o.uscc();
    }

    // ---------------------------------------------------------------- notices

    /** Masthead, number (a line to fill in when there is none yet: {@code [pending.documentNumber]}), title, 主送. */
    private void header(List<Block> blocks, TemplateFiller f, Urgency urgency, String number, String title) {
        if (urgency != null && urgency != Urgency.NONE) {
            blocks.add(new Block.TopLeft(urgency.chineseName()));
        }
        blocks.add(new Block.Masthead(f.section("masthead")));
        blocks.add(new Block.DocumentNumber(number == null || number.isBlank() ? f.value("documentNumber") : number));
        blocks.add(new Block.Title(title));
        blocks.add(new Block.Addressee(f.section("addressee")));
    }

    private void footer(List<Block> blocks, TemplateFiller f, java.time.LocalDate date, boolean publicRelease) {
        blocks.add(new Block.Signature(f.section("signature"), date(date)));
        if (publicRelease) {
            blocks.add(new Block.Remark(f.section("publicRemark")));
        }
        blocks.add(new Block.Imprint(f.optionalValue("copyTo"), f.section("printedBy"), date(date) + "印发"));
    }

    /**
     * The areas at each level, highest level first, each group through the template's {@code [areaLevel]} section
     * (${area}, ${levelName}, ${responseGrade}), joined by {@code [areaLevelSeparator]} (default ，).
     */
    private static String areaLevels(TemplateFiller f, List<AreaLevel> areas) {
        Map<WarningLevel, List<String>> byLevel = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (AreaLevel a : areas) {
            byLevel.computeIfAbsent(a.level(), k -> new ArrayList<>()).add(a.area());
        }
        List<String> parts = new ArrayList<>();
        byLevel.forEach((level, names) -> {
            f.put("area", String.join("、", names));
            putLevel(f, "level", level);
            parts.add(f.section("areaLevel"));
        });
        String sep = f.optional("areaLevelSeparator");
        return String.join(sep.isEmpty() ? "，" : sep, parts);
    }

    /** 关于发布重污染天气X色预警的通知; a mixed-level warning states each area's level and response grade. */
    public ComposedDocument issue(IssueNotice n) {
        TemplateFiller f = filler(DocumentKind.ISSUE_NOTICE, variant(n.level()));
        f.put("documentNumber", n.documentNumber());
        String levels = n.mixed() ? areaLevels(f, n.areas()) : null;
        putLevel(f, "level", n.level());
        f.put("areaLevels", levels);
        f.put("area", n.mixed() ? String.join("、", n.areas().stream().map(AreaLevel::area).toList()) : f.value("wholeCity"));
        f.put("levelMeasures", f.section(n.mixed() ? "levelMeasuresMixed" : "levelMeasures"));
        f.put("forecastFrom", monthDay(n.forecastFrom()));
        f.put("forecastTo", monthDay(n.forecastTo()));
        List<String> days = new ArrayList<>();
        for (ForecastDay d : n.forecast()) {
            days.add(monthDay(d.date()) + "AQI " + (d.aqiLow() == d.aqiHigh() ? d.aqiLow() : d.aqiLow() + "～" + d.aqiHigh()));
        }
        f.put("forecastDays", days.isEmpty() ? null : String.join("，", days));
        f.put("primaryPollutant", n.primaryPollutant());
        f.put("weatherCause", n.weatherCause());
        f.put("issuedAt", dateTime(n.issuedAt()));
        f.put("responseStart", monthDayTime(n.responseStart()));
        f.put("enterpriseCount", number(n.enterpriseCount()));
        f.put("dailyReportBy", DocumentFormats.time(n.dailyReportBy()));
        f.put("contactName", n.contactName());
        f.put("contactPhone", n.contactPhone());
        f.put("date", date(n.date()));
        boolean onNotice = n.basisNotice() != null && !n.basisNotice().isBlank();
        f.put("basisNotice", onNotice ? n.basisNotice().strip() : null);
        List<Block> blocks = new ArrayList<>();
        String title = f.section(n.mixed() ? "titleMixed" : "title");
        header(blocks, f, n.urgency(), n.documentNumber(), title);
        List<String> sections = new ArrayList<>(List.of("opening", n.mixed() ? "decisionMixed" : "decision", "measures",
                "supervision", "reporting", "contact"));
        if (onNotice) {
            sections.add(0, "basisLine"); // a warning on a provincial or regional notice says so first
        }
        for (String s : sections) {
            body(blocks, f.lines(s));
        }
        attachments(blocks, f, n.attachments());
        footer(blocks, f, n.date(), n.publicRelease());
        return done(f, DocumentKind.ISSUE_NOTICE, title, ComposedDocument.Format.OFFICIAL, n.drill(), blocks);
    }

    private static void attachments(List<Block> blocks, TemplateFiller f, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        String label = f.section("attachmentLabel");
        String pad = "　".repeat(label.length());
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
    public ComposedDocument adjust(AdjustNotice n) {
        boolean up = n.changes().stream().allMatch(LevelChange::upgrade);
        boolean down = n.changes().stream().noneMatch(LevelChange::upgrade);
        TemplateFiller f = filler(DocumentKind.ADJUST_NOTICE, up ? "upgrade" : down ? "downgrade" : null);
        f.put("documentNumber", n.documentNumber());
        List<String> changes = new ArrayList<>();
        for (LevelChange c : n.changes()) {
            f.put("changeArea", c.area() == null ? f.value("wholeCity") : c.area());
            putLevel(f, "previousLevel", c.before());
            putLevel(f, "newLevel", c.after());
            changes.add(f.section(c.upgrade() ? "change.upgrade" : "change.downgrade"));
        }
        LevelChange first = n.changes().get(0);
        putLevel(f, "previousLevel", first.before());
        putLevel(f, "newLevel", first.after());
        f.put("titleArea", first.area() == null || n.mixed() ? "" : String.join("、",
                n.changes().stream().map(LevelChange::area).toList()));
        String sep = f.optional("changeSeparator");
        f.put("changes", String.join(sep.isEmpty() ? "；" : sep, changes));
        f.put("direction", f.section("direction"));
        f.put("effectiveAt", dateTime(n.effectiveAt()));
        f.put("basis", n.basis());
        f.put("dailyReportBy", DocumentFormats.time(n.dailyReportBy()));
        f.put("contactName", n.contactName());
        f.put("contactPhone", n.contactPhone());
        f.put("date", date(n.date()));
        List<Block> blocks = new ArrayList<>();
        String title = f.section(n.mixed() ? "titleMixed" : "title");
        header(blocks, f, n.urgency(), n.documentNumber(), title);
        for (String s : List.of("opening", "decision", "requirements", "contact")) {
            body(blocks, f.lines(s));
        }
        footer(blocks, f, n.date(), false);
        return done(f, DocumentKind.ADJUST_NOTICE, title, ComposedDocument.Format.OFFICIAL, n.drill(), blocks);
    }

    /**
     * 预警解除通知: cites the number of the notice that issued the warning and the levels in force at lifting, and
     * states the basis actually used: {@code [basis.CONDITIONS_MET]}, {@code [basis.SHORTFALL_CONFIRMED]} (the
     * forecast hours and the officer's reason) or {@code [basis.AUTHORITY_LIFTED]}.
     */
    public ComposedDocument lift(LiftNotice n) {
        TemplateFiller f = filler(DocumentKind.LIFT_NOTICE, variant(n.level()));
        f.put("documentNumber", n.documentNumber());
        String levels = n.mixed() ? areaLevels(f, n.areas()) : null;
        if (!n.mixed()) {
            f.put("area", f.value("wholeCity"));
            putLevel(f, "level", n.level());
            levels = f.section("areaLevel");
        }
        putLevel(f, "level", n.level());
        f.put("levelsInForce", levels);
        f.put("area", n.mixed() ? String.join("、", n.areas().stream().map(AreaLevel::area).toList()) : f.value("wholeCity"));
        f.put("liftedNumber", n.liftedNumber());
        f.put("issuedAt", dateTime(n.issuedAt()));
        f.put("liftedAt", dateTime(n.liftedAt()));
        f.put("hoursBelow", n.hoursBelow() == null ? null : number(n.hoursBelow()));
        f.put("requiredHours", number(n.requiredHours()));
        String reason = n.reason() == null || n.reason().isBlank() ? null : n.reason().strip();
        f.put("reason", reason);
        f.put("reasonSentence", reason == null ? null : reason.endsWith("。") ? reason : reason + "。");
        f.put("basis", f.section("basis." + n.ground().name()));
        f.put("summaryWithinWorkingDays", n.summaryWithinWorkingDays() == null ? null : number(n.summaryWithinWorkingDays()));
        f.put("date", date(n.date()));
        List<Block> blocks = new ArrayList<>();
        String title = f.section(n.mixed() ? "titleMixed" : "title");
        header(blocks, f, Urgency.NONE, n.documentNumber(), title);
        for (String s : List.of("opening", "decision", "followUp")) {
            body(blocks, f.lines(s));
        }
        footer(blocks, f, n.date(), false);
        return done(f, DocumentKind.LIFT_NOTICE, title, ComposedDocument.Format.OFFICIAL, n.drill(), blocks);
    }

    /**
     * 延长, 暂停 or 恢复 notice (extend-notice.txt, suspend-notice.txt, resume-notice.txt): cites the warning's number and
     * the levels in force, which the step does not change.
     */
    public ComposedDocument step(StepNotice n) {
        TemplateFiller f = filler(n.kind().document(), variant(n.level()));
        f.put("documentNumber", n.documentNumber());
        String levels = n.mixed() ? areaLevels(f, n.areas()) : null;
        if (!n.mixed()) {
            f.put("area", f.value("wholeCity"));
            putLevel(f, "level", n.level());
            levels = f.section("areaLevel");
        }
        putLevel(f, "level", n.level());
        f.put("levelsInForce", levels);
        f.put("area", null);
        f.put("warningNumber", n.warningNumber());
        f.put("effectiveAt", dateTime(n.effectiveAt()));
        f.put("previousEnd", dateTime(n.previousEnd()));
        f.put("newEnd", dateTime(n.newEnd()));
        f.put("basis", n.basis());
        f.put("date", date(n.date()));
        List<Block> blocks = new ArrayList<>();
        String title = f.section(n.mixed() ? "titleMixed" : "title");
        header(blocks, f, Urgency.NONE, n.documentNumber(), title);
        for (String s : List.of("opening", "decision", "requirements")) {
            body(blocks, f.lines(s));
        }
        footer(blocks, f, n.date(), false);
        return done(f, n.kind().document(), title, ComposedDocument.Format.OFFICIAL, n.drill(), blocks);
    }

    // ---------------------------------------------------------------- forms

    /** 预警信息发布（调整、解除）审批表: one page, a form with the signature rows to sign by hand. */
    public ComposedDocument approval(ApprovalForm a) {
        TemplateFiller f = filler(DocumentKind.APPROVAL_FORM, variant(a.level()));
        f.put("year", number(a.year()));
        f.put("serial", number(a.serial()));
        f.put("filledAt", dateTime(a.filledAt()));
        f.put("actionBoxes", boxes(a.action(), ApprovalAction.values(), ApprovalAction::chineseName));
        f.put("levelBoxes", boxes(a.level(), WarningLevel.values(), l -> l.chineseName() + "（" + l.responseGrade() + "）"));
        putLevel(f, "level", a.level());
        if (a.previousLevel() != null) {
            putLevel(f, "previousLevel", a.previousLevel());
        }
        f.put("levelChange", a.previousLevel() == null ? null : f.section("levelChangeText"));
        f.put("area", area(a.districts(), f.value("wholeCity")));
        f.put("start", dateTime(a.start()));
        f.put("end", dateTime(a.end()));
        f.put("consultation", a.consultation());
        f.put("measures", a.measures());
        f.put("drafter", a.drafter());
        f.put("notes", a.notes());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Title(f.section("title")));
        blocks.add(new Block.SplitLine(f.section("serialLine"), f.section("filledLine")));
        blocks.add(form(f, "rows", 0.22));
        return done(f, DocumentKind.APPROVAL_FORM, f.section("title"), ComposedDocument.Format.COMPACT, a.drill(), blocks);
    }

    private static <T> String boxes(T chosen, T[] all, java.util.function.Function<T, String> name) {
        List<String> parts = new ArrayList<>();
        for (T t : all) {
            parts.add((t == chosen ? CHECKED : UNCHECKED) + name.apply(t));
        }
        return String.join("　", parts);
    }

    /** 督查记录表: the enterprise, the checks (the site's items, unanswered, when the record has none), findings. */
    public ComposedDocument inspection(InspectionRecord r) {
        TemplateFiller f = filler(DocumentKind.INSPECTION_RECORD, variant(r.level()));
        f.put("enterpriseName", r.enterpriseName());
        f.put("uscc", r.uscc());
        f.put("address", r.address());
        f.put("districtName", r.districtName());
        f.put("industry", r.industry());
        f.put("grade", r.grade() == null ? null : r.grade().label());
        putLevel(f, "level", r.level());
        f.put("contactName", r.contactName());
        f.put("contactPhone", r.contactPhone());
        f.put("from", dateTime(r.from()));
        f.put("to", r.to() == null ? null : DocumentFormats.time(r.to().toLocalTime()));
        f.put("findings", r.findings());
        f.put("action", r.action());
        f.put("evidence", r.evidence());
        List<String> inspectors = new ArrayList<>();
        for (Inspector i : r.inspectors()) {
            inspectors.add(i.name() + (i.badgeNumber() == null || i.badgeNumber().isBlank() ? ""
                    : "（" + f.value("badgeLabel") + i.badgeNumber() + "）"));
        }
        f.put("inspectors", inspectors.isEmpty() ? null : String.join("　", inspectors));
        f.put("companyRepresentative", r.companyRepresentative());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Title(f.section("title")));
        blocks.add(new Block.SplitLine(f.section("timeLine"), f.section("levelLine")));
        blocks.add(form(f, "enterpriseRows", 0.22));
        List<CheckItem> checks = r.checks().isEmpty()
                ? f.lines("checks").stream().map(s -> new CheckItem(s, null, "")).toList() : r.checks();
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CheckItem c : checks) {
            String answer = (Boolean.TRUE.equals(c.compliant()) ? CHECKED : UNCHECKED) + f.value("yes") + " "
                    + (Boolean.FALSE.equals(c.compliant()) ? CHECKED : UNCHECKED) + f.value("no");
            rows.add(List.of(number(n++), c.item(), answer, c.details()));
        }
        blocks.add(new Block.Table(columns(f, "checkColumns", 4, new double[]{0.6, 5.0, 1.7, 2.9},
                new Align[]{Align.CENTRE, Align.LEFT, Align.CENTRE, Align.LEFT}), rows));
        blocks.add(form(f, "resultRows", 0.22));
        return done(f, DocumentKind.INSPECTION_RECORD, f.section("title") + " " + r.enterpriseName(),
                ComposedDocument.Format.COMPACT, r.drill(), blocks);
    }

    // ---------------------------------------------------------------- the summary report

    /**
     * 总结评估报告: the episode, the timeline, measures, inspections, reductions against targets with a bar chart. It
     * says only what the episode recorded: observed figures as 实测 ({@code [episode]}), forecast ones as 预报 when no
     * observed AQI was entered ({@code [episodeForecast]}); counts as stored; the reductions' heading, table and chart
     * kept on one page.
     */
    public ComposedDocument summary(SummaryReport s) {
        TemplateFiller f = filler(DocumentKind.SUMMARY_REPORT, variant(s.highestLevel()));
        f.put("documentNumber", s.documentNumber());
        f.put("date", date(s.date()));
        f.put("episodeStart", monthDayTime(s.episodeStart()));
        f.put("episodeEnd", monthDayTime(s.episodeEnd()));
        f.put("area", area(s.districts(), f.value("wholeCity")));
        putLevel(f, "level", s.highestLevel());
        f.put("peakAqi", s.peakAqi() == null ? null : number(s.peakAqi()));
        f.put("peakPm25", s.peakPm25() == null ? null : number(s.peakPm25()));
        f.put("primaryPollutant", s.primaryPollutant());
        f.put("heavyPollutionDays", s.heavyPollutionDays() == null ? null : number(s.heavyPollutionDays()));
        f.put("weatherCause", s.weatherCause());
        f.put("timelineCount", number(s.timeline().size()));
        SummaryReport.Orders o = s.orders();
        f.put("enterprisesInScope", number(o.enterprises()));
        f.put("enterprisesDelivered", number(o.delivered()));
        f.put("enterprisesAcknowledged", number(o.acknowledged()));
        f.put("enterprisesImplemented", number(o.implemented()));
        f.put("enterprisesStopped", number(o.stopped()));
        f.put("enterprisesLimited", number(o.limited()));
        f.put("linesAffected", number(o.lines()));
        f.put("dustSources", s.dustSources());
        f.put("mobileSources", s.mobileSources());
        f.put("inspections", number(s.inspections()));
        f.put("enterprisesChecked", number(s.enterprisesChecked()));
        f.put("problemsFound", number(s.problemsFound()));
        f.put("casesReferred", s.casesReferred() == null ? null : number(s.casesReferred()));
        f.put("airQualityEffect", s.airQualityEffect());
        f.put("problems", s.problems());
        f.put("nextSteps", s.nextSteps());
        long met = s.reductions().stream().filter(r -> r.verdict() == Verdict.MET).count();
        boolean allKnown = s.reductions().stream().allMatch(r -> r.verdict() != Verdict.UNKNOWN);
        f.put("pollutantsMet", number((int) met));
        f.put("pollutantCount", number(s.reductions().size()));

        List<Block> blocks = new ArrayList<>();
        header(blocks, f, Urgency.NONE, s.documentNumber(), f.section("title"));
        body(blocks, f.lines(s.observed() ? "episode" : "episodeForecast"));
        body(blocks, f.lines("warnings"));
        List<List<String>> timeline = new ArrayList<>();
        for (TimelineRow t : s.timeline()) {
            timeline.add(List.of(monthDayTime(t.at()), t.event(), t.level() == null ? "—" : levelName(t.level()), t.note()));
        }
        if (!timeline.isEmpty()) {
            blocks.add(new Block.Table(columns(f, "timelineColumns", 4, new double[]{2.2, 2.0, 1.2, 4.0},
                    new Align[]{Align.CENTRE, Align.CENTRE, Align.CENTRE, Align.LEFT}), timeline));
        }
        body(blocks, f.lines("measures"));
        List<Block> effect = new ArrayList<>();
        body(effect, f.lines(allKnown ? "effect" : "effectAgainstList"));
        List<List<String>> rows = new ArrayList<>();
        List<Block.Bar> bars = new ArrayList<>();
        for (PollutantReduction r : s.reductions()) {
            rows.add(List.of(r.pollutant(), DocumentFormats.tonnes(r.cutTonnesPerDay()),
                    DocumentFormats.tonnes(r.baselineTonnesPerDay()), percent(r.achievedShare()), percent(r.targetShare()),
                    f.value(switch (r.verdict()) {
                        case MET -> "met";
                        case SHORT -> "notMet";
                        case UNKNOWN -> "unknown";
                    })));
            bars.add(new Block.Bar(r.pollutant(), r.achievedShare().doubleValue() * 100, r.targetShare().doubleValue() * 100));
        }
        if (!rows.isEmpty()) {
            effect.add(new Block.Table(columns(f, "reductionColumns", 6, new double[]{1.3, 1.6, 1.6, 1.4, 1.4, 1.3},
                    new Align[]{Align.CENTRE, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.CENTRE}), rows));
            effect.add(new Block.Chart(f.section(allKnown ? "chartTitle" : "chartTitleAgainstList"), bars,
                    f.section("chartAchieved"), f.section("chartTarget")));
        }
        // the heading, the table and the chart stay together: a chart never stands alone on a page
        blocks.add(new Block.Keep(effect));
        body(blocks, f.lines("problemsSection"));
        body(blocks, f.lines("nextStepsSection"));
        footer(blocks, f, s.date(), false);
        return done(f, DocumentKind.SUMMARY_REPORT, f.section("title"), ComposedDocument.Format.OFFICIAL, s.drill(), blocks);
    }

    /** The document with the audit trail's record code at the foot of every page (common.txt [recordCode]). */
    public ComposedDocument withRecordCode(ComposedDocument d, String code) {
        if (code == null || code.isBlank()) {
            return d;
        }
        TemplateFiller f = new TemplateFiller(templates.get(DocumentKind.COMMON), templates.get(DocumentKind.COMMON), null);
        f.put("code", code);
        return d.withFootnote(f.section("recordCode"));
    }

    // ---------------------------------------------------------------- helpers

    private static ComposedDocument done(TemplateFiller f, DocumentKind kind, String title, ComposedDocument.Format format,
                                         boolean drill, List<Block> blocks) {
        String mark = drill ? f.value("drillMark") : null;
        f.check();
        return new ComposedDocument(title, format, drill, mark, f.optionalValue("pageLabel"), blocks);
    }

    private static void body(List<Block> blocks, List<String> lines) {
        for (String l : lines) {
            Style s = HEADING1.matcher(l).matches() ? Style.HEADING1
                    : HEADING2.matcher(l).matches() ? Style.HEADING2 : Style.BODY;
            blocks.add(new Block.Paragraph(l.strip(), s));
        }
    }

    private static List<Column> columns(TemplateFiller f, String section, int count, double[] weights, Align[] aligns) {
        String[] headers = f.section(section).split("\\|", -1);
        if (headers.length != count) {
            throw new TemplateException(f.template().name(), TemplateException.Problem.WRONG_COLUMNS,
                    section + " (" + count + ")", 0);
        }
        List<Column> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Column(headers[i].strip(), weights[i], aligns[i]));
        }
        return out;
    }

    /** Trims ASCII spaces only: leading full-width spaces in a form value are the city's spacing for handwriting. */
    private static String trimAscii(String s) {
        return s.replaceAll("^ +| +$", "");
    }

    private static Block.Form form(TemplateFiller f, String section, double labelWeight) {
        List<Block.FormRow> rows = new ArrayList<>();
        for (String line : f.lines(section)) {
            String[] p = line.split("\\|", -1);
            int min = 1;
            if (p.length > 2 && !p[2].isBlank()) {
                try {
                    min = Integer.parseInt(p[2].strip());
                } catch (NumberFormatException e) {
                    throw new TemplateException(f.template().name(), TemplateException.Problem.BAD_FORM_ROW, line, 0);
                }
            }
            rows.add(new Block.FormRow(p[0].strip(), p.length > 1 ? trimAscii(p[1]) : "", min, p.length > 3 ? trimAscii(p[3]) : ""));
        }
        return new Block.Form(rows, labelWeight);
    }
}
