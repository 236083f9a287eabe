package cn.hazedesk.domain.document.compose;

import java.util.List;

/**
 * A document ready to be drawn: its title (for the PDF's metadata and the preview), format, whether it is a drill
 * (then {@code drillMark}, e.g. 演练, is stamped on every page), its blocks, and an optional {@code footnote} printed
 * small at the foot of every page (the record code).
 *
 * <p>{@code OFFICIAL}: the GB/T 9704 文件式 layout (3号 body on the 22-line grid, page numbers "— n —" on every page).
 * {@code COMPACT}: a form or order (小四 body, tables), every page numbered with {@code pageLabel}, a pattern in which
 * {page} and {pages} stand for the page and the document's page count (e.g. 第{page}页　共{pages}页); a document of a
 * batch is numbered on its own, as it is handed out on its own.
 */
public record ComposedDocument(String title, Format format, boolean drill, String drillMark, String pageLabel,
                               List<Block> blocks, String footnote) {
    public enum Format { OFFICIAL, COMPACT }

    /** A document without a footnote. */
    public ComposedDocument(String title, Format format, boolean drill, String drillMark, String pageLabel,
                            List<Block> blocks) {
        this(title, format, drill, drillMark, pageLabel, blocks, null);
    }

    /**
     * The same document with a small line at the foot of every page: the audit trail's record code (记录校验码) that
     * ties the printed paper to the record of what was done.
     */
    public ComposedDocument withFootnote(String text) {
        return new ComposedDocument(title, format, drill, drillMark, pageLabel, blocks, text);
    }

    public ComposedDocument {
        blocks = List.copyOf(blocks);
        if (pageLabel == null || pageLabel.isBlank()) {
            throw new IllegalArgumentException("a document needs its page label (common.txt or phrases.txt)");
        }
        if (drill && (drillMark == null || drillMark.isBlank())) {
            throw new IllegalArgumentException("a drill document needs its mark");
        }
    }
}
