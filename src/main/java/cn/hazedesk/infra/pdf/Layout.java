package cn.hazedesk.infra.pdf;

import cn.hazedesk.domain.document.compose.Block;
import cn.hazedesk.domain.document.compose.ComposedDocument;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CMYKColor;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * Lays out one composed document on A4 pages and draws it on a {@link Canvas} (or only counts its pages). The
 * official format follows GB/T 9704-2012 (docs/documents.md): type area 156 × 225 mm with margins 37 / 28 mm (top,
 * binding side), 3号 (16 pt) body on a 22-line grid of 28.99 pt with −0.21 pt tracking (28 characters a line), the
 * red masthead 35 mm below the type area's top, the document number two lines below it and the red rule 4 mm under
 * the number, the 2号 (22 pt) title two lines below the rule, page numbers "— n —" in 4号 7 mm under the type area
 * (odd pages right, even pages left), the 版记 on the last page ending on the type area's bottom. The compact format
 * (orders, forms) keeps the width but has a taller type area (22 / 18 mm margins), a 小四 (12 pt) body and 五号
 * tables, and numbers every page with the document's page label (第1页　共1页), centred under the type area.
 *
 * <p>This class holds the geometry of the format and the cursor (page, height); it draws the running text itself and
 * hands the page furniture (masthead, number and red rule, signature and seal, 版记, page numbers, drill mark) to
 * {@link Furniture}, tables and forms to {@link Tables}, the chart to {@link BarChart}, line breaking to
 * {@link LineBreaker}.
 */
final class Layout {
    static final float PAGE_W = 595.28f;
    static final float PAGE_H = 841.89f;
    static final Color RED = new CMYKColor(0f, 0.8f, 0.8f, 0f);
    static final Color BLACK = Color.BLACK;

    private final Canvas out;
    final Map<PdfFonts.Role, BaseFont> fonts;
    private final BaseFont fallback;
    final ComposedDocument doc;
    final boolean official;

    // geometry of the format
    final float left = 79.37f;
    final float right = 521.57f;
    final float top;
    final float bottom;
    final float size;       // body size
    final float leading;    // body line pitch
    private final float tracking;   // body character spacing
    float tableSize;
    float tableLeading;

    int page;
    /** The cursor: the top of the next line, in points from the page's foot. */
    float y;
    /** Measuring only (a block kept together): nothing is drawn and no page is started. */
    boolean dry;
    /**
     * The document's page count for the compact format's "page n of m": 0 for none (an official document, or while
     * counting), {@link #LATER} while laid out onto a {@link Recording}, whose page labels are drawn on replay.
     */
    int totalPages;
    static final int LATER = -1;

    private final Furniture furniture = new Furniture(this);
    private final Tables tables = new Tables(this);
    private final BarChart chart = new BarChart(this);

    /** What is already measured of this document (shared by the layout that counts its pages and the one drawing). */
    private final Measured measured;

    Layout(Canvas out, Map<PdfFonts.Role, BaseFont> fonts, BaseFont fallback, ComposedDocument doc) {
        this(out, fonts, fallback, doc, 0, new Measured());
    }

    /** {@code measured}: shared by the layouts of one document (to count its pages, then to draw it). */
    Layout(Canvas out, Map<PdfFonts.Role, BaseFont> fonts, BaseFont fallback, ComposedDocument doc, int totalPages,
           Measured measured) {
        this.totalPages = totalPages;
        this.measured = measured;
        this.out = out;
        this.fonts = fonts;
        this.fallback = fallback;
        this.doc = doc;
        this.official = doc.format() == ComposedDocument.Format.OFFICIAL;
        if (official) {
            top = PAGE_H - mm(37);
            bottom = mm(35);
            size = 16f;
            leading = (top - bottom) / 22f;
            tracking = (right - left) / 28f - 16f;
            tableSize = 12f;
            tableLeading = 17f;
        } else {
            top = PAGE_H - mm(22);
            bottom = mm(18);
            size = 12f;
            leading = 18f;
            tracking = 0f;
            tableSize = 10.5f;
            tableLeading = 14.5f;
        }
    }

    static float mm(double v) {
        return (float) (v * 72.0 / 25.4);
    }

    /** The width of the type area. */
    float width() {
        return right - left;
    }

    /** Lays out and draws the whole document; returns its page count. */
    int run() {
        page = 1;
        y = top;
        furniture.drillMark();
        for (Block b : doc.blocks()) {
            block(b);
        }
        furniture.pageFoot();
        return page;
    }

    Canvas c() {
        return dry ? Canvas.NONE : out;
    }

    /**
     * Draws the characters [from, to) of {@code s} as one line; while only measuring or counting pages, not even
     * their runs of one font are cut out.
     */
    void text(float x, float baseline, Styled s, int from, int to, float size, float spacing, Color color, boolean bold) {
        Canvas c = c();
        if (c != Canvas.NONE) {
            c.text(x, baseline, s.segments(from, to), size, spacing, 100, color, bold);
        }
    }

    // ------------------------------------------------------------------ pages

    void newPage() {
        furniture.pageFoot();
        out.newPage();
        page++;
        y = top;
        furniture.drillMark();
    }

    /** Makes room for {@code h}: a new page when it does not fit below and something is already on this page. */
    void ensure(float h) {
        if (!dry && y - h < bottom - 0.5f && y < top - 0.5f) {
            newPage();
        }
    }

    // ------------------------------------------------------------------ text

    Styled styled(String text, PdfFonts.Role role) {
        return measured.styled(new Styled.Run(text, role), r -> styled(List.of(r)));
    }

    /** The lines of {@code s} at the widths given (see {@link LineBreaker#wrap}); not to be changed. */
    List<int[]> wrap(Styled s, float size, float spacing, float firstWidth, float restWidth) {
        return measured.wrap(s, size, spacing, firstWidth, restWidth);
    }

    private Styled styled(List<Styled.Run> runs) {
        return Styled.of(runs, fonts, fallback);
    }

    static float baseline(float lineTop, float lineHeight, float fontSize) {
        return lineTop - lineHeight / 2 - fontSize * 0.36f;
    }

    enum H { LEFT, CENTRE, RIGHT, JUSTIFY }

    /**
     * Draws a paragraph from the cursor, line by line with page breaks: {@code indent} on the first line, each line
     * {@code lineHeight} tall.
     */
    private void paragraph(Styled s, float fontSize, float spacing, float lineHeight, float x0, float w, float indent,
                           H align, Color color, boolean bold) {
        List<int[]> lines = wrap(s, fontSize, spacing, w - indent, w);
        for (int k = 0; k < lines.size(); k++) {
            int[] l = lines.get(k);
            ensure(lineHeight);
            float lx = x0 + (k == 0 ? indent : 0);
            float lw = s.width(l[0], l[1], fontSize, spacing);
            float avail = w - (k == 0 ? indent : 0);
            float cs = spacing;
            float x = lx;
            switch (align) {
                case CENTRE -> x = lx + (avail - lw) / 2;
                case RIGHT -> x = lx + avail - lw;
                case JUSTIFY -> {
                    int count = l[1] - l[0];
                    if (k < lines.size() - 1 && count > 1 && lw < avail) {
                        float extra = (avail - lw) / (count - 1);
                        if (extra < fontSize * 0.6f) {
                            cs = spacing + extra;
                        }
                    }
                }
                default -> { }
            }
            text(x, baseline(y, lineHeight, fontSize), s, l[0], l[1], fontSize, cs, color, bold);
            y -= lineHeight;
        }
    }

    // ------------------------------------------------------------------ blocks

    private void block(Block b) {
        if (b instanceof Block.TopLeft t) {
            paragraph(styled(t.text(), PdfFonts.Role.HEI), size, tracking, leading, left, width(), 0, H.LEFT, BLACK, false);
        } else if (b instanceof Block.Masthead m) {
            furniture.masthead(m.text());
        } else if (b instanceof Block.DocumentNumber n) {
            furniture.documentNumber(n.text());
        } else if (b instanceof Block.Title t) {
            title(t.text());
        } else if (b instanceof Block.Addressee a) {
            paragraph(styled(a.text(), PdfFonts.Role.BODY), size, tracking, leading, left, width(), 0, H.LEFT, BLACK, false);
        } else if (b instanceof Block.Paragraph p) {
            paragraph(p);
        } else if (b instanceof Block.SplitLine s) {
            splitLine(s);
        } else if (b instanceof Block.Table t) {
            tables.table(t);
        } else if (b instanceof Block.Form f) {
            tables.form(f);
        } else if (b instanceof Block.Signature s) {
            furniture.signature(s);
        } else if (b instanceof Block.Remark r) {
            paragraph(styled(r.text(), PdfFonts.Role.BODY), size, tracking, leading, left, width(), 2 * size, H.LEFT,
                    BLACK, false);
        } else if (b instanceof Block.Imprint i) {
            furniture.imprint(i);
        } else if (b instanceof Block.CutLine c) {
            furniture.cutLine(c.label());
        } else if (b instanceof Block.Chart ch) {
            chart.chart(ch);
        } else if (b instanceof Block.Gap g) {
            y -= (float) (g.lines() * leading);
        } else if (b instanceof Block.Keep k) {
            keep(k.blocks());
        } else {
            throw new IllegalArgumentException("unknown block " + b);
        }
    }

    private void title(String text) {
        float s = official ? 22f : 18f;
        float lh = official ? s * 1.5f : s * 1.35f;
        paragraph(styled(text, PdfFonts.Role.TITLE), s, 0, lh, left + width() * 0.05f, width() * 0.9f, 0, H.CENTRE, BLACK, true);
        y -= official ? leading * 0.6f : 4f;
    }

    private void paragraph(Block.Paragraph p) {
        switch (p.style()) {
            case BODY -> paragraph(styled(p.text(), PdfFonts.Role.BODY), size, tracking, leading, left, width(), 2 * size,
                    H.JUSTIFY, BLACK, false);
            case HEADING1 -> paragraph(styled(p.text(), PdfFonts.Role.HEI), size, tracking, leading, left, width(), 2 * size,
                    H.JUSTIFY, BLACK, false);
            case HEADING2 -> {
                int stop = Typography.rules().headingEnd(p.text()); // the run-in heading ends at its first full stop
                String head = stop < 0 ? p.text() : p.text().substring(0, stop + 1);
                String rest = stop < 0 ? "" : p.text().substring(stop + 1);
                paragraph(styled(List.of(new Styled.Run(head, PdfFonts.Role.KAI), new Styled.Run(rest, PdfFonts.Role.BODY))),
                        size, tracking, leading, left, width(), 2 * size, H.JUSTIFY, BLACK, false);
            }
            case FLUSH -> paragraph(styled(p.text(), PdfFonts.Role.BODY), size, tracking, leading, left, width(), 0,
                    H.JUSTIFY, BLACK, false);
            case RIGHT -> paragraph(styled(p.text(), PdfFonts.Role.BODY), size, 0, leading, left, width(), 0, H.RIGHT,
                    BLACK, false);
            case CENTRE -> paragraph(styled(p.text(), PdfFonts.Role.BODY), size, 0, leading, left, width(), 0, H.CENTRE,
                    BLACK, false);
            case SMALL -> paragraph(styled(p.text(), PdfFonts.Role.BODY), tableSize, 0, tableLeading, left, width(), 0,
                    H.LEFT, BLACK, false);
        }
    }

    private void splitLine(Block.SplitLine s) {
        Styled l = styled(s.left(), PdfFonts.Role.BODY);
        Styled r = styled(s.right(), PdfFonts.Role.BODY);
        float wr = r.width(size, 0);
        if (l.width(size, 0) + wr + 2 * size > width()) { // both do not fit on one line: left, then right below
            paragraph(l, size, 0, leading, left, width(), 0, H.LEFT, BLACK, false);
            paragraph(r, size, 0, leading, left, width(), 0, H.RIGHT, BLACK, false);
            return;
        }
        ensure(leading);
        float base = baseline(y, leading, size);
        c().text(left, base, l.segments(), size, 0, 100, BLACK, false);
        c().text(right - wr, base, r.segments(), size, 0, 100, BLACK, false);
        y -= leading;
    }

    private void keep(List<Block> blocks) {
        float start = y;
        boolean wasDry = dry;
        dry = true;
        for (Block b : blocks) {
            block(b);
        }
        float h = start - y;
        y = start;
        dry = wasDry;
        ensure(h);
        for (Block b : blocks) {
            block(b);
        }
    }
}
