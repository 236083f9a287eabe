package cn.hazedesk.domain.document.compose;

import cn.hazedesk.domain.document.ApprovalAction;
import cn.hazedesk.domain.document.ApprovalForm;
import cn.hazedesk.domain.document.CheckItem;
import cn.hazedesk.domain.document.DocumentKind;
import cn.hazedesk.domain.document.InspectionRecord;
import cn.hazedesk.domain.document.Inspector;
import cn.hazedesk.domain.document.compose.Block.Align;
import cn.hazedesk.domain.document.template.TemplateFiller;
import cn.hazedesk.domain.enterprise.WarningLevel;

import java.util.ArrayList;
import java.util.List;

import static cn.hazedesk.domain.document.compose.DocumentFormats.number;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.CHECKED;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.UNCHECKED;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.columns;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.done;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.filler;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.form;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.putLevel;
import static cn.hazedesk.domain.document.compose.TemplateBlocks.variant;

/**
 * The forms: the approval form (预警信息发布（调整、解除）审批表) and the inspection record (督查记录表), compact
 * documents made of form rows and a table of checks.
 */
final class FormComposer {
    private final TemplateSet templates;
    private final DocumentFormats fmt;

    FormComposer(TemplateSet templates) {
        this.templates = templates;
        this.fmt = DocumentFormats.of(templates);
    }

    /** 预警信息发布（调整、解除）审批表: one page, a form with the signature rows to sign by hand. */
    ComposedDocument approval(ApprovalForm a) {
        TemplateFiller f = filler(templates, DocumentKind.APPROVAL_FORM, variant(a.level()));
        f.put("year", number(a.year()));
        f.put("serial", number(a.serial()));
        f.put("filledAt", fmt.dateTime(a.filledAt()));
        Phrases words = fmt.words();
        f.put("actionBoxes", boxes(words, a.action(), ApprovalAction.values(), t -> words.get("ApprovalAction." + t.name())));
        f.put("levelBoxes", boxes(words, a.level(), WarningLevel.values(),
                l -> words.get("levelBox", "level", fmt.levelName(l), "grade", fmt.responseGrade(l))));
        putLevel(fmt, f, "level", a.level());
        if (a.previousLevel() != null) {
            putLevel(fmt, f, "previousLevel", a.previousLevel());
        }
        f.put("levelChange", a.previousLevel() == null ? null : f.section("levelChangeText"));
        f.put("area", fmt.area(a.districts(), f.value("wholeCity")));
        f.put("start", fmt.dateTime(a.start()));
        f.put("end", fmt.dateTime(a.end()));
        f.put("consultation", a.consultation());
        f.put("measures", a.measures());
        f.put("drafter", a.drafter());
        f.put("notes", a.notes());
        if (a.county() != null) {
            // a county's own step: its office reviews ([countyCommandOffice.区县] of common.txt), the county signs
            String office = f.optionalValue("countyCommandOffice." + a.county());
            if (!office.isEmpty()) {
                f.put("commandOffice", office);
            }
            String signer = f.optional("signerCounty");
            if (!signer.isEmpty()) {
                f.put("signer", signer);
            }
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Title(f.section("title")));
        blocks.add(new Block.SplitLine(f.section("serialLine"), f.section("filledLine")));
        blocks.add(form(f, "rows", 0.22));
        return done(fmt, f, DocumentKind.APPROVAL_FORM, f.section("title"), ComposedDocument.Format.COMPACT, a.drill(), blocks);
    }

    private static <T> String boxes(Phrases words, T chosen, T[] all, java.util.function.Function<T, String> name) {
        List<String> parts = new ArrayList<>();
        for (T t : all) {
            parts.add((t == chosen ? CHECKED : UNCHECKED) + name.apply(t));
        }
        return words.joinPairwise("boxJoin", parts);
    }

    /** 督查记录表: the enterprise, the checks (the site's items, unanswered, when the record has none), findings. */
    ComposedDocument inspection(InspectionRecord r) {
        TemplateFiller f = filler(templates, DocumentKind.INSPECTION_RECORD, variant(r.level()));
        f.put("enterpriseName", r.enterpriseName());
        f.put("uscc", r.uscc());
        f.put("address", r.address());
        f.put("districtName", r.districtName());
        f.put("industry", r.industry());
        f.put("grade", r.grade() == null ? null : fmt.words().get("PerformanceGrade." + r.grade().name()));
        putLevel(fmt, f, "level", r.level());
        f.put("contactName", r.contactName());
        f.put("contactPhone", r.contactPhone());
        f.put("from", fmt.dateTime(r.from()));
        f.put("to", r.to() == null ? null : fmt.time(r.to().toLocalTime()));
        f.put("findings", r.findings());
        f.put("action", r.action());
        f.put("evidence", r.evidence());
        List<String> inspectors = new ArrayList<>();
        for (Inspector i : r.inspectors()) {
            inspectors.add(i.badgeNumber() == null || i.badgeNumber().isBlank() ? i.name()
                    : fmt.words().get("inspectorBadge", "name", i.name(), "badge", f.value("badgeLabel") + i.badgeNumber()));
        }
        f.put("inspectors", inspectors.isEmpty() ? null : fmt.words().joinPairwise("boxJoin", inspectors));
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
        return done(fmt, f, DocumentKind.INSPECTION_RECORD, f.section("title") + " " + r.enterpriseName(),
                ComposedDocument.Format.COMPACT, r.drill(), blocks);
    }
}
