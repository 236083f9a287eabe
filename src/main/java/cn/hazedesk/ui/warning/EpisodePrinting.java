package cn.hazedesk.ui.warning;

import cn.hazedesk.application.DocumentService;
import cn.hazedesk.application.EpisodeDocumentService;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.document.DocumentPreviews;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * The warnings area's documents (issue #6): each opens the preview window, which makes the PDF in the background
 * (progress, Cancel) — nothing here touches the database or the PDF library on the FX thread.
 */
public final class EpisodePrinting {
    private final EpisodeDocumentService docs;
    private final DocumentPreviews previews;
    private final Messages m;

    public EpisodePrinting(EpisodeDocumentService docs, DocumentPreviews previews, Messages messages) {
        this.docs = docs;
        this.previews = previews;
        this.m = messages;
    }

    public static boolean hasNotice(Episode e, Proposal p) {
        return e != null && p != null && EpisodeDocumentService.hasNotice(e, p);
    }

    public static boolean hasApprovalForm(Episode e, Proposal p) {
        return e != null && p != null && EpisodeDocumentService.hasApprovalForm(e, p);
    }

    /** 审批表 of one proposal. */
    public void approval(Episode e, Proposal p) {
        open(m.get("episodeDoc.title.approval", label(e, p)), (progress, cancel) -> docs.pdf(docs.approval(e, p.seq())));
    }

    /** The published notice (发布, 调整 or 解除) of one proposal. */
    public void notice(Episode e, Proposal p) {
        open(m.get("episodeDoc.title.notice", p.number()), (progress, cancel) -> docs.pdf(docs.notice(e, p.seq())));
    }

    /** The current orders of the episode (one district, or all) with the cover list. */
    public void orders(Episode e, Optional<String> district) {
        open(m.get("episodeDoc.title.orders", e.number() == null ? e.title() : e.number()), (progress, cancel) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docs.writeOrders(docs.currentOrders(e, district), out, progress, cancel);
            return out.toByteArray();
        });
    }

    /** 督查记录表 of one order: its recorded inspections, or a blank sheet. */
    public void inspection(Episode e, long orderId, String enterprise) {
        open(m.get("episodeDoc.title.inspection", enterprise), (progress, cancel) -> docs.pdf(docs.inspection(e,
                docs.order(e, orderId))));
    }

    /** 总结评估报告 of the episode. */
    public void summary(Episode e) {
        open(m.get("episodeDoc.title.summary", e.number() == null ? e.title() : e.number()),
                (progress, cancel) -> docs.pdf(docs.summary(e)));
    }

    private String label(Episode e, Proposal p) {
        return p.number() != null ? p.number() : (e.number() == null ? e.title() : e.number()) + " #" + p.seq();
    }

    private void open(String title, cn.hazedesk.ui.document.PdfSource source) {
        previews.open(title, DocumentService.safeFileName(title) + ".pdf", source);
    }
}
