package cn.hazedesk.domain.document.compose;

import cn.hazedesk.domain.document.AdjustNotice;
import cn.hazedesk.domain.document.ApprovalForm;
import cn.hazedesk.domain.document.DocumentKind;
import cn.hazedesk.domain.document.InspectionRecord;
import cn.hazedesk.domain.document.IssueNotice;
import cn.hazedesk.domain.document.LiftNotice;
import cn.hazedesk.domain.document.OrderEnvelope;
import cn.hazedesk.domain.document.StepNotice;
import cn.hazedesk.domain.document.SummaryReport;
import cn.hazedesk.domain.document.template.TemplateException;
import cn.hazedesk.domain.document.template.TemplateFiller;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.response.ResponseOrder;

import java.util.List;

/**
 * Turns each document record into a {@link ComposedDocument}: the wording from its template (data/documents/),
 * every placeholder filled from the record and the site's shared values. Pure. A template that lacks a section the
 * document needs, or a placeholder without a value, is a {@link TemplateException} naming them all.
 *
 * <p>The entry point for every document; each family is composed by its own class: orders and their cover
 * ({@link OrderComposer}), notices ({@link NoticeComposer}), forms ({@link FormComposer}), the summary report
 * ({@link SummaryReportComposer}), from the template sections turned into blocks by {@link TemplateBlocks}.
 */
public final class DocumentComposer {
    private final TemplateSet templates;
    private final OrderComposer orders;
    private final NoticeComposer notices;
    private final FormComposer forms;
    private final SummaryReportComposer summaries;

    public DocumentComposer(TemplateSet templates) {
        this.templates = templates;
        this.orders = new OrderComposer(templates);
        this.notices = new NoticeComposer(templates);
        this.forms = new FormComposer(templates);
        this.summaries = new SummaryReportComposer(templates);
    }

    /** One 企业重污染天气应急响应告知书 with its tear-off acknowledgement slip; {@code index}: its place in the batch. */
    public ComposedDocument order(ResponseOrder o, OrderEnvelope env, int index) {
        return orders.order(o, env, index);
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
        return this.orders.cover(orders, env, level, scope, pages);
    }

    /** The order's file name stem: enterprise name and USCC (made safe for file systems by the caller). */
    public static String orderFileStem(ResponseOrder o) {
        return o.enterpriseName() + "_" + o.uscc();
    }

    /** 轻中度污染临时管控通知 (start or lift): no level, the light measures as general measures. */
    public ComposedDocument tempControl(cn.hazedesk.domain.document.TempControlNotice n) {
        return notices.tempControl(n);
    }

    /** 关于发布重污染天气X色预警的通知; a mixed-level warning states each area's level and response grade. */
    public ComposedDocument issue(IssueNotice n) {
        return notices.issue(n);
    }

    /**
     * 预警调整（升级/降级）通知: names only the areas whose level changed, each with its old and new level and response
     * grade ({@code [change.upgrade]}, {@code [change.downgrade]}); sections may differ by direction
     * ({@code [title.upgrade]}, ...); an adjustment that differs by area uses {@code [titleMixed]}.
     */
    public ComposedDocument adjust(AdjustNotice n) {
        return notices.adjust(n);
    }

    /**
     * 预警解除通知: cites the number of the notice that issued the warning and the levels in force at lifting, and
     * states the basis actually used: {@code [basis.CONDITIONS_MET]}, {@code [basis.SHORTFALL_CONFIRMED]} (the
     * forecast hours and the officer's reason) or {@code [basis.AUTHORITY_LIFTED]}.
     */
    public ComposedDocument lift(LiftNotice n) {
        return notices.lift(n);
    }

    /**
     * 延长, 暂停 or 恢复 notice (extend-notice.txt, suspend-notice.txt, resume-notice.txt): cites the warning's number and
     * the levels in force, which the step does not change.
     */
    public ComposedDocument step(StepNotice n) {
        return notices.step(n);
    }

    /** 预警信息发布（调整、解除）审批表: one page, a form with the signature rows to sign by hand. */
    public ComposedDocument approval(ApprovalForm a) {
        return forms.approval(a);
    }

    /** 督查记录表: the enterprise, the checks (the site's items, unanswered, when the record has none), findings. */
    public ComposedDocument inspection(InspectionRecord r) {
        return forms.inspection(r);
    }

    /**
     * 总结评估报告: the episode, the timeline, measures, inspections, reductions against targets with a bar chart. It
     * says only what the episode recorded: observed figures as 实测 ({@code [episode]}), forecast ones as 预报 when no
     * observed AQI was entered ({@code [episodeForecast]}); counts as stored; the reductions' heading, table and chart
     * kept on one page.
     */
    public ComposedDocument summary(SummaryReport s) {
        return summaries.summary(s);
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
}
