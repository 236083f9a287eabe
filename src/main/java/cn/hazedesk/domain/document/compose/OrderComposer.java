package cn.hazedesk.domain.document.compose;

import cn.hazedesk.domain.document.DocumentKind;
import cn.hazedesk.domain.document.OrderEnvelope;
import cn.hazedesk.domain.document.compose.Block.Align;
import cn.hazedesk.domain.document.compose.Block.Column;
import cn.hazedesk.domain.document.compose.Block.Style;
import cn.hazedesk.domain.document.template.TemplateFiller;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.response.OrderLine;
import cn.hazedesk.domain.response.ResponseOrder;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static cn.hazedesk.domain.document.compose.DocumentFormats.number;
import static cn.hazedesk.domain.document.compose.DocumentFormats.percent;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.body;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.columns;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.done;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.filler;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.form;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.putLevel;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.variant;

/**
 * The response order (企业重污染天气应急响应告知书) with its tear-off slip, and the cover list of a batch of orders.
 */
final class OrderComposer {
    private final TemplateSet templates;
    private final DocumentFormats fmt;

    OrderComposer(TemplateSet templates) {
        this.templates = templates;
        this.fmt = DocumentFormats.of(templates);
    }

    /** The values an order's template can use (also the file name and the cover take them from here). */
    private void putOrder(TemplateFiller f, ResponseOrder o, OrderEnvelope env, int index) {
        f.put("orderNumber", env.number(index, fmt.words().get("numberEnd")).orElse(null));
        f.put("enterpriseName", o.enterpriseName());
        f.put("uscc", o.uscc());
        f.put("districtName", o.districtName());
        f.put("industry", o.industry());
        f.put("grade", fmt.words().get("PerformanceGrade." + o.grade().name()));
        f.put("controlType", o.controlType() == null ? null : fmt.words().get("ControlType." + o.controlType().name()));
        f.put("address", o.address());
        f.put("contactName", o.contactName());
        f.put("contactPhone", o.contactPhone());
        putLevel(fmt, f, "level", o.level());
        f.put("warningIssuedAt", fmt.dateTime(env.warningIssuedAt()));
        f.put("responseStart", fmt.dateTime(env.responseStart()));
        f.put("issuingOffice", env.issuingOffice());
        f.put("date", fmt.date(env.date()));
        f.put("lineCount", number(o.lines().size()));
        f.put("transport", fmt.words().get("TransportRule." + o.transport().name()));
    }

    /** One 企业重污染天气应急响应告知书 with its tear-off acknowledgement slip; {@code index}: its place in the batch. */
    ComposedDocument order(ResponseOrder o, OrderEnvelope env, int index) {
        TemplateFiller f = filler(templates, DocumentKind.RESPONSE_ORDER, variant(o.level()));
        putOrder(f, o, env, index);
        String supervisor = districtValue(f, "supervisingOffice", o.districtName());
        f.put("supervisingOffice", supervisor);
        f.put("supervisingPhone", districtValue(f, "supervisingPhone", o.districtName()));
        f.put("transport", f.optional("transport." + o.transport().name()).isEmpty()
                ? fmt.words().get("TransportRule." + o.transport().name()) : f.optional("transport." + o.transport().name()));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Title(f.section("title")));
        blocks.add(new Block.Paragraph(f.section("number"), Style.RIGHT));
        blocks.add(new Block.Addressee(f.section("addressee")));
        body(fmt, blocks, f.lines("body"));
        o.notCounted().ifPresent(r -> body(fmt, blocks, f.lines("reason." + r.name())));
        List<Column> columns = columns(f, "columns", 5, new double[]{0.55, 2.6, 4.35, 1.1, 1.5},
                new Align[]{Align.CENTRE, Align.LEFT, Align.LEFT, Align.CENTRE, Align.CENTRE});
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (OrderLine l : o.lines()) {
            String name = l.process() == null || l.process().isBlank() || l.lineName().contains(l.process())
                    ? l.lineName() : fmt.words().get("lineWithProcess", "line", l.lineName(), "process", l.process());
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
        body(fmt, blocks, f.lines("transportLine"));
        body(fmt, blocks, f.lines("obligations"));
        body(fmt, blocks, f.lines("contacts"));
        blocks.add(new Block.Signature(f.section("signature"), fmt.date(env.date())));
        blocks.add(new Block.Keep(List.of(
                new Block.CutLine(f.section("slip.cut")),
                new Block.Title(f.section("slip.title")),
                form(f, "slip.rows", 0.32),
                new Block.Paragraph(f.section("slip.commitment"), Style.BODY),
                new Block.Paragraph(f.section("slip.seal"), Style.RIGHT))));
        return done(fmt, f, DocumentKind.RESPONSE_ORDER, f.section("documentTitle"), ComposedDocument.Format.COMPACT,
                env.drill(), blocks);
    }

    private static String districtValue(TemplateFiller f, String name, String district) {
        String specific = f.optionalValue(name + "." + district);
        return specific.isBlank() ? f.value(name) : specific;
    }

    /**
     * The cover list of a batch: one row per order with its number, enterprise, USCC, district, grade, what it must
     * do, and its pages; a sentence saying how many orders and whether any runs over one page. {@code scope} is the
     * district named, or empty for every district.
     */
    ComposedDocument cover(List<ResponseOrder> orders, OrderEnvelope env, WarningLevel level, String scope,
                                  List<DocumentComposer.PageRange> pages) {
        if (pages.size() != orders.size()) {
            throw new IllegalArgumentException("one page range per order");
        }
        TemplateFiller f = filler(templates, DocumentKind.ORDER_COVER, variant(level));
        putLevel(fmt, f, "level", level);
        f.put("scope", scope == null || scope.isBlank() ? null : scope);
        f.put("orderCount", number(orders.size()));
        f.put("date", fmt.date(env.date()));
        f.put("warningIssuedAt", fmt.dateTime(env.warningIssuedAt()));
        f.put("responseStart", fmt.dateTime(env.responseStart()));
        long longer = pages.stream().filter(p -> p.pages() > 1).count();
        f.put("numberRange", orders.isEmpty() || env.number(0, fmt.words().get("numberEnd")).isEmpty() ? null
                : orders.size() > 1 ? fmt.words().get("numberRange", "first", env.number(0, fmt.words().get("numberEnd")).get(),
                        "last", String.valueOf(env.firstSerial() + orders.size() - 1)) : env.number(0, fmt.words().get("numberEnd")).get());
        f.put("multiPageCount", number((int) longer));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Title(f.section("title")));
        blocks.add(new Block.Paragraph(f.section("subtitle"), Style.CENTRE));
        body(fmt, blocks, f.lines("summary"));
        body(fmt, blocks, f.lines("numbers"));
        body(fmt, blocks, f.lines(longer == 0 ? "onePageEach" : "someLonger"));
        List<Column> columns = columns(f, "columns", 6, new double[]{0.7, 4.4, 3.3, 1.25, 2.2, 0.8},
                new Align[]{Align.CENTRE, Align.LEFT, Align.CENTRE, Align.CENTRE, Align.LEFT, Align.CENTRE});
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            ResponseOrder o = orders.get(i);
            DocumentComposer.PageRange p = pages.get(i);
            rows.add(List.of(number(i + 1), o.enterpriseName(), o.uscc(), o.districtName(), summary(f, o),
                    p.pages() == 1 ? number(p.first()) : p.first() + "–" + p.last()));
        }
        blocks.add(new Block.Table(columns, rows, true));
        return done(fmt, f, DocumentKind.ORDER_COVER, f.section("documentTitle"), ComposedDocument.Format.COMPACT,
                env.drill(), blocks);
    }

    /** What an order asks, in a few words: 停产 2 条、限产 1 条, or why nothing (豁免, 长期停产 ...). */
    private String summary(TemplateFiller f, ResponseOrder o) {
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
        Phrases words = fmt.words();
        byType.forEach((t, c) -> parts.add(words.get("typeCount", "type", words.get("MeasureType." + t.name()),
                "count", String.valueOf(c))));
        if (none > 0) {
            parts.add(words.get("typeCount", "type", f.section("reason.NO_MEASURE"), "count", String.valueOf(none)));
        }
        return words.joinAll("listSeparator", parts);
    }
}
