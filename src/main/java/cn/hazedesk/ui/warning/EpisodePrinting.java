package cn.hazedesk.ui.warning;

import cn.hazedesk.application.DocumentService;
import cn.hazedesk.application.EpisodeDocumentService;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.domain.response.OrderChecks;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.TaskRunner;
import cn.hazedesk.ui.document.DocumentPreviews;
import cn.hazedesk.ui.document.OrderConfirmation;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * The warnings area's documents (docs/documents.md): each opens the preview window, which makes the PDF in the
 * background (progress, Cancel) — nothing here touches the database or the PDF library on the FX thread.
 */
public final class EpisodePrinting {
    private final EpisodeDocumentService docs;
    private final DocumentPreviews previews;
    private final Messages m;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final cn.hazedesk.application.IssuePackages packages;
    private final java.nio.file.Path packageFolder;

    /** {@code packageFolder}: where issue packages are written (a folder in the data folder). */
    public EpisodePrinting(EpisodeDocumentService docs, DocumentPreviews previews, Messages messages, TaskRunner tasks,
                           DialogService dialogs, cn.hazedesk.application.IssuePackages packages,
                           java.nio.file.Path packageFolder) {
        this.packages = packages;
        this.packageFolder = packageFolder;
        this.docs = docs;
        this.previews = previews;
        this.m = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
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

    /**
     * The current orders of the episode (one district, or all) with the cover list. The orders are read in the
     * background first; the enterprises that need a look are named and confirmed before the preview opens.
     */
    public void orders(Episode e, Optional<String> district) {
        record Checked(EpisodeDocumentService.OrderBatch batch, OrderChecks checks) {
        }
        tasks.run(m.get("document.orders.loading"), p -> {
            EpisodeDocumentService.OrderBatch batch = docs.currentOrders(e, district);
            return new Checked(batch, docs.checks(batch));
        }, c -> {
            if (!OrderConfirmation.confirm(c.checks(), m, dialogs)) {
                return;
            }
            open(m.get("episodeDoc.title.orders", e.number() == null ? e.title() : e.number()), (progress, cancel) -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                docs.writeOrders(c.batch(), out, progress, cancel);
                return out.toByteArray();
            });
        });
    }

    /**
     * 保存发布文件包: the round's notice, approval form and every current order into one folder of the package folder
     * (the orders are read and checked first; the enterprises that need a look are named and confirmed). {@code done}
     * gets the sentence saying where the package is.
     */
    public void issuePackage(Episode e, String actor, java.util.function.Consumer<String> done) {
        record Checked(EpisodeDocumentService.OrderBatch batch, OrderChecks checks) {
        }
        tasks.run(m.get("document.orders.loading"), p -> {
            EpisodeDocumentService.OrderBatch batch = docs.currentOrders(e, Optional.empty());
            return new Checked(batch, docs.checks(batch));
        }, c -> {
            if (!OrderConfirmation.confirm(c.checks(), m, dialogs)) {
                return;
            }
            cn.hazedesk.application.IssuePackages.Names names = new cn.hazedesk.application.IssuePackages.Names(
                    m.get("episodeDoc.package.notice"), m.get("episodeDoc.package.approval"), m.get("episodeDoc.package.orders"));
            tasks.run(m.get("episodeDoc.package.task"), progress -> packages.write(e, c.batch(), packageFolder,
                    names, actor, progress, cn.hazedesk.application.CancelToken.NONE), w -> done.accept(m.get("episodeDoc.package.saved", w.folder(),
                    w.files().size(), w.orders(), w.pages())));
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
