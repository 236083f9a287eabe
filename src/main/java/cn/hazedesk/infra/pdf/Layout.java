package cn.hazedesk.infra.pdf;

import cn.hazedesk.domain.document.compose.Block;
import cn.hazedesk.domain.document.compose.ComposedDocument;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.CMYKColor;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out one composed document on A4 pages and draws it on a {@link Canvas} (or only counts its pages). The
 * official format follows GB/T 9704-2012 (DOCUMENTS.md §1): type area 156 × 225 mm with margins 37 / 28 mm (top,
 * binding side), 3号 (16 pt) body on a 22-line grid of 28.99 pt with −0.21 pt tracking (28 characters a line), the
 * red masthead 35 mm below the type area's top, the document number two lines below it and the red rule 4 mm under
 * the number, the 2号 (22 pt) title two lines below the rule, page numbers "— n —" in 4号 7 mm under the type area
 * (odd pages right, even pages left), the 版记 on the last page ending on the type area's bottom. The compact format
 * (orders, forms) keeps the width but has a taller type area (22 / 18 mm margins), a 小四 (12 pt) body and 五号
 * tables, and numbers every page with the document's page label (第1页　共1页), centred under the type area. Tables
 * that fit on a page are not split: one that does not fit in the rest of a page starts on the next, unless it is
 * taller than half a page and more than a third of this page is left (then it breaks, its header repeated). The signature
 * leaves room for the seal above and below the name and date (a compact document's slip starts below that room).
 */
final class Layout {
    static final float PAGE_W = 595.28f;
    static final float PAGE_H = 841.89f;
    static final Color RED = new CMYKColor(0f, 0.8f, 0.8f, 0f);
    static final Color BLACK = Color.BLACK;
    private static final Color GREY_RULE = new Color(0, 0, 0);
    private static final Color BAR = new Color(64, 100, 150);
    private static final Color DRILL = new Color(220, 30, 30);
    private static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…%％·,.;:?!)]}>—";
    private static final String NO_LINE_END = "（《「『“‘〔【([{<";

    private final Canvas out;
    private final Map<PdfFonts.Role, BaseFont> fonts;
    private final BaseFont fallback;
    private final ComposedDocument doc;
    private final boolean official;

    // geometry of the format
    private final float left = 79.37f;
    private final float right = 521.57f;
    private final float top;
    private final float bottom;
    private final float size;       // body size
    private final float leading;    // body line pitch
    private final float tracking;   // body character spacing
    private float tableSize;
    private float tableLeading;

    private int page;
    private float y;
    private boolean dry;
    /** The document's page count for the compact format's "page n of m" (0 while it is being counted). */
    private final int totalPages;

    Layout(Canvas out, Map<PdfFonts.Role, BaseFont> fonts, BaseFont fallback, ComposedDocument doc) {
        this(out, fonts, fallback, doc, 0);
    }

    Layout(Canvas out, Map<PdfFonts.Role, BaseFont> fonts, BaseFont fallback, ComposedDocument doc, int totalPages) {
        this.totalPages = totalPages;
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

    private float width() {
        return right - left;
    }

    /** Lays out and draws the whole document; returns its page count. */
    int run() {
        page = 1;
        y = top;
        startPage();
        for (Block b : doc.blocks()) {
            block(b);
        }
        endPage();
        return page;
    }

    private Canvas c() {
        return dry ? Canvas.NONE : out;
    }

    // ------------------------------------------------------------------ pages

    private void startPage() {
        if (doc.drill()) {
            BaseFont f = fonts.get(PdfFonts.Role.HEI);
            Canvas.Segment mark = new Canvas.Segment(f, doc.drillMark());
            float big = 120f;
            float w = f.getWidthPoint(doc.drillMark(), big);
            double r = Math.toRadians(35);
            float x = (float) (PAGE_W / 2 - Math.cos(r) * w / 2 + Math.sin(r) * big * 0.35);
            float yy = (float) (PAGE_H / 2 - Math.sin(r) * w / 2 - Math.cos(r) * big * 0.35);
            c().rotatedText(x, yy, mark, big, 35, DRILL, 0.13f);
            // a stamp at the top right, outside the type area
            float sw = 74;
            float sh = 30;
            float sx = PAGE_W - mm(14) - sw;
            float sy = PAGE_H - mm(8) - sh;
            c().rect(sx, sy, sw, sh, null, DRILL, 1.6f);
            float ts = 18f;
            float tw = f.getWidthPoint(doc.drillMark(), ts);
            c().text(sx + (sw - tw) / 2, sy + (sh - ts) / 2 + ts * 0.15f, List.of(mark), ts, 0, 100, DRILL, true);
        }
    }

    private void endPage() {
        if (doc.footnote() != null && !doc.footnote().isBlank()) {
            // small, at the left of the foot: the record code of the audit trail. A form's page label is centred on
            // its line; an official document's page number alternates sides, so the code goes a line below it
            float fs = 7.5f;
            Styled st = styled(doc.footnote(), PdfFonts.Role.BODY);
            float below = official ? mm(13) : mm(7);
            c().text(left, bottom - below - fs * 0.8f, segments(st), fs, 0, 100, BLACK, false);
        }
        if (official) {
            String n = "— " + page + " —";
            float s = 14f;
            List<Canvas.Segment> segs = segments(styled(n, PdfFonts.Role.SONG));
            float w = width(styled(n, PdfFonts.Role.SONG), s, 0);
            float baseline = bottom - mm(7) - s * 0.8f;
            float x = page % 2 == 1 ? right - s - w : left + s;
            c().text(x, baseline, segs, s, 0, 100, BLACK, false);
        } else if (totalPages > 0) {
            String n = doc.pageLabel().replace("{page}", Integer.toString(page))
                    .replace("{pages}", Integer.toString(totalPages));
            float s = 10.5f;
            Styled st = styled(n, PdfFonts.Role.BODY);
            c().text(left + (width() - width(st, s, 0)) / 2, bottom - mm(7) - s * 0.8f, segments(st), s, 0, 100, BLACK, false);
        }
    }

    private void newPage() {
        endPage();
        out.newPage();
        page++;
        y = top;
        startPage();
    }

    /** Makes room for {@code h}: a new page when it does not fit below and something is already on this page. */
    private void ensure(float h) {
        if (!dry && y - h < bottom - 0.5f && y < top - 0.5f) {
            newPage();
        }
    }

    // ------------------------------------------------------------------ text

    /** Code points with the font of each (the role's font, or the bundled one for glyphs it lacks). */
    private record Styled(int[] cps, BaseFont[] fonts) {
        int length() {
            return cps.length;
        }
    }

    private record Run(String text, PdfFonts.Role role) {
    }

    private Styled styled(String text, PdfFonts.Role role) {
        return styled(List.of(new Run(text, role)));
    }

    private Styled styled(List<Run> runs) {
        List<Integer> cps = new ArrayList<>();
        List<BaseFont> fs = new ArrayList<>();
        for (Run run : runs) {
            String text = run.text();
            BaseFont f = fonts.get(run.role());
            text.codePoints().forEach(cp -> {
                if (cp == '\r' || cp == '\t') {
                    cp = ' ';
                }
                BaseFont use = cp == '\n' || cp == ' ' || f.charExists(cp) ? f : fallback.charExists(cp) ? fallback : null;
                if (use == null) {
                    cp = '□';
                    use = fallback;
                }
                cps.add(cp);
                fs.add(use);
            });
        }
        int[] a = new int[cps.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = cps.get(i);
        }
        return new Styled(a, fs.toArray(new BaseFont[0]));
    }

    private static float charWidth(Styled s, int i, float size, float spacing) {
        return s.fonts()[i].getWidthPoint(s.cps()[i], size) + spacing;
    }

    private static float width(Styled s, float size, float spacing) {
        return width(s, 0, s.length(), size, spacing);
    }

    private static float width(Styled s, int from, int to, float size, float spacing) {
        float w = 0;
        for (int i = from; i < to; i++) {
            w += charWidth(s, i, size, spacing);
        }
        return w;
    }

    private static boolean wordChar(int cp) {
        return cp < 128 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '_' || cp == '/');
    }

    /** Breaks {@code s} into lines [from, to): CJK anywhere, Latin words kept whole, closing punctuation hung. */
    static List<int[]> wrap(Styled s, float size, float spacing, float firstWidth, float restWidth) {
        List<int[]> lines = new ArrayList<>();
        int n = s.length();
        int start = 0;
        float w = 0;
        float avail = firstWidth;
        int i = 0;
        while (i < n) {
            int cp = s.cps()[i];
            if (cp == '\n') {
                lines.add(new int[]{start, i});
                start = ++i;
                w = 0;
                avail = restWidth;
                continue;
            }
            float cw = charWidth(s, i, size, spacing);
            if (w + cw > avail + 0.01f && i > start) {
                int brk;
                if (NO_LINE_START.indexOf(cp) >= 0) {
                    brk = i + 1; // hang the punctuation in the margin, with any that follows it directly
                    while (brk < n && brk < i + 3 && NO_LINE_START.indexOf(s.cps()[brk]) >= 0) {
                        brk++;
                    }
                } else {
                    brk = i;
                    if (wordChar(cp) && wordChar(s.cps()[i - 1])) {
                        int j = i;
                        while (j > start && wordChar(s.cps()[j - 1])) {
                            j--;
                        }
                        if (j > start) {
                            brk = j;
                        }
                    }
                    if (brk - 1 > start && NO_LINE_END.indexOf(s.cps()[brk - 1]) >= 0) {
                        brk--;
                    }
                }
                lines.add(new int[]{start, brk});
                start = brk;
                while (start < n && s.cps()[start] == ' ') {
                    start++;
                }
                i = start;
                w = 0;
                avail = restWidth;
                continue;
            }
            w += cw;
            i++;
        }
        if (start < n || lines.isEmpty()) {
            lines.add(new int[]{start, n});
        }
        return lines;
    }

    private static List<Canvas.Segment> segments(Styled s) {
        return segments(s, 0, s.length());
    }

    private static List<Canvas.Segment> segments(Styled s, int from, int to) {
        List<Canvas.Segment> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            BaseFont f = s.fonts()[i];
            StringBuilder b = new StringBuilder();
            while (i < to && s.fonts()[i] == f) {
                b.appendCodePoint(s.cps()[i]);
                i++;
            }
            out.add(new Canvas.Segment(f, b.toString()));
        }
        return out;
    }

    private static float baseline(float lineTop, float lineHeight, float fontSize) {
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
            float lw = width(s, l[0], l[1], fontSize, spacing);
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
            c().text(x, baseline(y, lineHeight, fontSize), segments(s, l[0], l[1]), fontSize, cs, 100, color, bold);
            y -= lineHeight;
        }
    }

    // ------------------------------------------------------------------ blocks

    private void block(Block b) {
        if (b instanceof Block.TopLeft t) {
            paragraph(styled(t.text(), PdfFonts.Role.HEI), size, tracking, leading, left, width(), 0, H.LEFT, BLACK, false);
        } else if (b instanceof Block.Masthead m) {
            masthead(m.text());
        } else if (b instanceof Block.DocumentNumber n) {
            documentNumber(n.text());
        } else if (b instanceof Block.Title t) {
            title(t.text());
        } else if (b instanceof Block.Addressee a) {
            paragraph(styled(a.text(), PdfFonts.Role.BODY), size, tracking, leading, left, width(), 0, H.LEFT, BLACK, false);
        } else if (b instanceof Block.Paragraph p) {
            paragraph(p);
        } else if (b instanceof Block.SplitLine s) {
            splitLine(s);
        } else if (b instanceof Block.Table t) {
            table(t);
        } else if (b instanceof Block.Form f) {
            form(f);
        } else if (b instanceof Block.Signature s) {
            signature(s);
        } else if (b instanceof Block.Remark r) {
            paragraph(styled(r.text(), PdfFonts.Role.BODY), size, tracking, leading, left, width(), 2 * size, H.LEFT,
                    BLACK, false);
        } else if (b instanceof Block.Imprint i) {
            imprint(i);
        } else if (b instanceof Block.CutLine c) {
            cutLine(c.label());
        } else if (b instanceof Block.Chart ch) {
            chart(ch);
        } else if (b instanceof Block.Gap g) {
            y -= (float) (g.lines() * leading);
        } else if (b instanceof Block.Keep k) {
            keep(k.blocks());
        } else {
            throw new IllegalArgumentException("unknown block " + b);
        }
    }

    private void masthead(String text) {
        float s = 36f;
        Styled st = styled(text, PdfFonts.Role.TITLE);
        float w = width(st, s, 0);
        float scale = Math.min(1f, width() / w);
        if (scale < 0.6f) {
            s = s * scale / 0.6f;
            scale = 0.6f;
        }
        float boxTop = official ? top - mm(35) : y;
        ensure(s);
        float x = left + (width() - w * scale) / 2;
        c().text(x, boxTop - s * 0.88f, segments(st), s, 0, scale * 100, RED, true);
        y = boxTop - s;
    }

    private void documentNumber(String text) {
        y -= 2 * leading; // two blank lines under the masthead
        Styled st = styled(text, PdfFonts.Role.BODY);
        float w = width(st, size, 0);
        float base = baseline(y, leading, size);
        c().text(left + (width() - w) / 2, base, segments(st), size, 0, 100, BLACK, false);
        float rule = base - size * 0.12f - mm(4);
        c().line(left, rule, right, rule, 1.5f, RED, null);
        y = rule - (official ? 2 * leading - leading / 2 : leading);
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
                int stop = p.text().indexOf('。');
                String head = stop < 0 ? p.text() : p.text().substring(0, stop + 1);
                String rest = stop < 0 ? "" : p.text().substring(stop + 1);
                paragraph(styled(List.of(new Run(head, PdfFonts.Role.KAI), new Run(rest, PdfFonts.Role.BODY))),
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
        float wr = width(r, size, 0);
        if (width(l, size, 0) + wr + 2 * size > width()) { // both do not fit on one line: left, then right below
            paragraph(l, size, 0, leading, left, width(), 0, H.LEFT, BLACK, false);
            paragraph(r, size, 0, leading, left, width(), 0, H.RIGHT, BLACK, false);
            return;
        }
        ensure(leading);
        float base = baseline(y, leading, size);
        c().text(left, base, segments(l), size, 0, 100, BLACK, false);
        c().text(right - wr, base, segments(r), size, 0, 100, BLACK, false);
        y -= leading;
    }

    // ------------------------------------------------------------------ tables and forms

    private static final float PAD = 3.5f;

    private void table(Block.Table t) {
        float saveSize = tableSize;
        float saveLeading = tableLeading;
        if (t.small()) {
            tableSize = 9f;
            tableLeading = 12.5f;
        }
        try {
            drawTable(t);
        } finally {
            tableSize = saveSize;
            tableLeading = saveLeading;
        }
    }

    private void drawTable(Block.Table t) {
        double total = t.columns().stream().mapToDouble(Block.Column::weight).sum();
        float[] widths = new float[t.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (width() * t.columns().get(i).weight() / total);
        }
        List<String> header = t.columns().stream().map(Block.Column::header).toList();
        y -= 4;
        float whole = rowHeight(header, widths, PdfFonts.Role.HEI);
        for (List<String> row : t.rows()) {
            whole += rowHeight(row, widths, PdfFonts.Role.BODY);
        }
        float pageHeight = top - bottom;
        float room = y - bottom;
        if (whole <= pageHeight && whole > room && (whole <= pageHeight / 2 || room < pageHeight / 3)) {
            ensure(whole); // a table that fits on a page is kept whole, unless that leaves most of this page empty
        } else {
            ensure(rowHeight(header, widths, PdfFonts.Role.HEI) + rowHeight(t.rows().isEmpty() ? header : t.rows().get(0),
                    widths, PdfFonts.Role.BODY));
        }
        drawRow(header, widths, t.columns(), PdfFonts.Role.HEI, true);
        for (List<String> row : t.rows()) {
            float h = rowHeight(row, widths, PdfFonts.Role.BODY);
            if (!dry && y - h < bottom - 0.5f) {
                newPage();
                drawRow(header, widths, t.columns(), PdfFonts.Role.HEI, true);
            }
            drawRow(row, widths, t.columns(), PdfFonts.Role.BODY, false);
        }
        y -= 6;
    }

    private float rowHeight(List<String> cells, float[] widths, PdfFonts.Role role) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, wrap(styled(cells.get(i), role), tableSize, 0, widths[i] - 2 * PAD,
                    widths[i] - 2 * PAD).size());
        }
        return lines * tableLeading + 2 * PAD;
    }

    private void drawRow(List<String> cells, float[] widths, List<Block.Column> columns, PdfFonts.Role role, boolean header) {
        float h = rowHeight(cells, widths, role);
        float x = left;
        for (int i = 0; i < cells.size(); i++) {
            c().rect(x, y - h, widths[i], h, header ? new Color(242, 242, 242) : null, GREY_RULE, 0.6f);
            Styled st = styled(cells.get(i), role);
            List<int[]> lines = wrap(st, tableSize, 0, widths[i] - 2 * PAD, widths[i] - 2 * PAD);
            float ly = y - PAD - (h - 2 * PAD - lines.size() * tableLeading) / 2;
            Block.Align a = header ? Block.Align.CENTRE : columns.get(i).align();
            for (int[] l : lines) {
                float lw = width(st, l[0], l[1], tableSize, 0);
                float lx = switch (a) {
                    case LEFT -> x + PAD;
                    case CENTRE -> x + (widths[i] - lw) / 2;
                    case RIGHT -> x + widths[i] - PAD - lw;
                };
                c().text(lx, baseline(ly, tableLeading, tableSize), segments(st, l[0], l[1]), tableSize, 0, 100, BLACK, false);
                ly -= tableLeading;
            }
            x += widths[i];
        }
        y -= h;
    }

    private void form(Block.Form f) {
        float fs = official ? 14f : 11f;
        float lh = official ? 22f : 16f;
        float labelW = (float) (width() * f.labelWeight());
        float valueW = width() - labelW;
        y -= 2;
        for (Block.FormRow r : f.rows()) {
            boolean span = r.label().isBlank();
            float vw = span ? width() : valueW;
            Styled label = styled(r.label(), PdfFonts.Role.BODY);
            Styled value = styled(r.value(), PdfFonts.Role.BODY);
            Styled footer = styled(r.footer(), PdfFonts.Role.BODY);
            List<int[]> labelLines = span ? List.of() : wrap(label, fs, 0, labelW - 2 * PAD, labelW - 2 * PAD);
            List<int[]> valueLines = r.value().isEmpty() ? List.of() : wrap(value, fs, 0, vw - 2 * PAD, vw - 2 * PAD);
            int lines = Math.max(r.minLines(), Math.max(labelLines.size(), valueLines.size() + (r.footer().isEmpty() ? 0 : 1)));
            float h = lines * lh + 2 * PAD;
            ensure(h);
            float x = left;
            if (!span) {
                c().rect(x, y - h, labelW, h, null, BLACK, 0.6f);
                float ly = y - PAD - (h - 2 * PAD - labelLines.size() * lh) / 2;
                for (int[] l : labelLines) {
                    float lw = width(label, l[0], l[1], fs, 0);
                    c().text(x + (labelW - lw) / 2, baseline(ly, lh, fs), segments(label, l[0], l[1]), fs, 0, 100, BLACK, false);
                    ly -= lh;
                }
                x += labelW;
            }
            c().rect(x, y - h, vw, h, null, BLACK, 0.6f);
            float vy = y - PAD;
            for (int[] l : valueLines) {
                c().text(x + PAD, baseline(vy, lh, fs), segments(value, l[0], l[1]), fs, 0, 100, BLACK, false);
                vy -= lh;
            }
            if (!r.footer().isEmpty()) {
                float fw = width(footer, fs, 0);
                c().text(x + vw - PAD - fw, baseline(y - h + PAD + lh, lh, fs), segments(footer), fs, 0, 100, BLACK, false);
            }
            y -= h;
        }
        y -= 6;
    }

    // ------------------------------------------------------------------ signature, imprint, slip, chart

    private void signature(Block.Signature s) {
        Styled office = styled(s.office(), PdfFonts.Role.BODY);
        Styled date = styled(s.date(), PdfFonts.Role.BODY);
        float ow = width(office, size, 0);
        float dw = width(date, size, 0);
        float gap = official ? 2 * leading : leading * 0.5f;
        // a compact document (an order) goes on below the signature (the slip): room for the lower half of the seal
        float below = official ? 0 : SEAL_BELOW;
        if (!dry && y - gap - 2 * leading - below < bottom && y - leading * 0.5f - 2 * leading - below >= bottom) {
            gap = leading * 0.5f; // closer to the body rather than alone on a new page
        }
        ensure(gap + 2 * leading + below);
        y -= gap; // room for the seal, which presses on the name and the date
        float dateX = right - (official ? 4 : 2) * size - dw;
        float centre = dateX + dw / 2;
        float officeX = Math.min(centre - ow / 2, right - ow);
        if (officeX + ow > right) {
            officeX = right - ow;
        }
        c().text(officeX, baseline(y, leading, size), segments(office), size, 0, 100, BLACK, false);
        y -= leading;
        c().text(dateX, baseline(y, leading, size), segments(date), size, 0, 100, BLACK, false);
        y -= leading + below;
    }

    /**
     * The room left under a compact document's date for the seal (about 42 mm across, pressing on the name and the
     * date: its lower half reaches some 15 mm below the date line).
     */
    private static final float SEAL_BELOW = mm(15);

    private void imprint(Block.Imprint i) {
        float fs = 14f;
        float lh = fs * 1.9f;
        float indent = fs;
        String label = "抄送：";
        List<int[]> ccLines = List.of();
        Styled cc = null;
        float labelW = 0;
        if (!i.copyTo().isBlank()) {
            cc = styled(i.copyTo(), PdfFonts.Role.BODY);
            labelW = width(styled(label, PdfFonts.Role.BODY), fs, 0);
            float w = width() - 2 * indent - labelW;
            ccLines = wrap(cc, fs, 0, w, w);
        }
        float h = (ccLines.size() + 1) * lh;
        if (!dry && y - h < bottom) {
            newPage();
        }
        float yb = bottom;
        c().line(left, yb, right, yb, 1f, BLACK, null);
        Styled by = styled(i.printedBy(), PdfFonts.Role.BODY);
        Styled date = styled(i.printedDate(), PdfFonts.Role.BODY);
        float base = yb + (lh - fs) / 2 + fs * 0.15f;
        c().text(left + indent, base, segments(by), fs, 0, 100, BLACK, false);
        c().text(right - indent - width(date, fs, 0), base, segments(date), fs, 0, 100, BLACK, false);
        float yt = yb + lh;
        if (cc != null) {
            c().line(left, yt, right, yt, 0.71f, BLACK, null);
            float ly = yt + ccLines.size() * lh;
            c().text(left + indent, ly - lh + (lh - fs) / 2 + fs * 0.15f, segments(styled(label, PdfFonts.Role.BODY)), fs, 0,
                    100, BLACK, false);
            for (int[] l : ccLines) {
                c().text(left + indent + labelW, ly - lh + (lh - fs) / 2 + fs * 0.15f, segments(cc, l[0], l[1]), fs, 0, 100,
                        BLACK, false);
                ly -= lh;
            }
            yt += ccLines.size() * lh;
        }
        c().line(left, yt, right, yt, 1f, BLACK, null);
        y = bottom;
    }

    private void cutLine(String label) {
        float fs = 9f;
        ensure(22);
        y -= 10;
        Styled st = styled(label, PdfFonts.Role.BODY);
        float w = width(st, fs, 0);
        float mid = left + width() / 2;
        float[] dash = {4f, 3f};
        c().line(left - mm(10), y, mid - w / 2 - 6, y, 0.7f, BLACK, dash);
        c().line(mid + w / 2 + 6, y, right + mm(10), y, 0.7f, BLACK, dash);
        c().text(mid - w / 2, y - fs * 0.35f, segments(st), fs, 0, 100, BLACK, false);
        y -= 12;
    }

    private void chart(Block.Chart ch) {
        float h = 230f;
        ensure(h);
        float top0 = y - 6;
        Styled title = styled(ch.title(), PdfFonts.Role.HEI);
        float ts = 12f;
        c().text(left + (width() - width(title, ts, 0)) / 2, top0 - ts, segments(title), ts, 0, 100, BLACK, false);
        float plotTop = top0 - 30;
        float plotBottom = y - h + 46;
        float plotLeft = left + 44;
        float plotRight = right - 10;
        double max = 10;
        for (Block.Bar b : ch.bars()) {
            max = Math.max(max, Math.max(b.achievedPercent(), b.targetPercent()));
        }
        double step = max > 60 ? 20 : 10;
        max = Math.ceil(max * 1.1 / step) * step;
        float ls = 9f;
        for (double v = 0; v <= max + 0.001; v += step) {
            float yy = (float) (plotBottom + (plotTop - plotBottom) * v / max);
            c().line(plotLeft, yy, plotRight, yy, 0.3f, new Color(190, 190, 190), null);
            Styled lab = styled(String.format(java.util.Locale.ROOT, "%.0f%%", v), PdfFonts.Role.BODY);
            c().text(plotLeft - 4 - width(lab, ls, 0), yy - ls * 0.35f, segments(lab), ls, 0, 100, BLACK, false);
        }
        c().line(plotLeft, plotBottom, plotRight, plotBottom, 0.8f, BLACK, null);
        c().line(plotLeft, plotBottom, plotLeft, plotTop, 0.8f, BLACK, null);
        int n = Math.max(1, ch.bars().size());
        float slot = (plotRight - plotLeft) / n;
        float bw = Math.min(48f, slot * 0.45f);
        for (int i = 0; i < ch.bars().size(); i++) {
            Block.Bar b = ch.bars().get(i);
            float cx = plotLeft + slot * (i + 0.5f);
            float bh = (float) ((plotTop - plotBottom) * b.achievedPercent() / max);
            c().rect(cx - bw / 2, plotBottom, bw, Math.max(bh, 0.5f), BAR, null, 0);
            Styled val = styled(String.format(java.util.Locale.ROOT, "%.1f%%", b.achievedPercent()), PdfFonts.Role.BODY);
            c().text(cx - width(val, ls, 0) / 2, plotBottom + bh + 3, segments(val), ls, 0, 100, BLACK, false);
            float ty = (float) (plotBottom + (plotTop - plotBottom) * b.targetPercent() / max);
            c().line(cx - slot * 0.4f, ty, cx + slot * 0.4f, ty, 1.6f, RED, new float[]{5f, 2.5f});
            Styled name = styled(b.label(), PdfFonts.Role.BODY);
            c().text(cx - width(name, 10, 0) / 2, plotBottom - 14, segments(name), 10, 0, 100, BLACK, false);
        }
        // legend
        float ly = y - h + 12;
        Styled a = styled(ch.achievedLegend(), PdfFonts.Role.BODY);
        Styled t = styled(ch.targetLegend(), PdfFonts.Role.BODY);
        float total = 14 + 4 + width(a, ls, 0) + 24 + 22 + 4 + width(t, ls, 0);
        float lx = left + (width() - total) / 2;
        c().rect(lx, ly - 1, 14, 8, BAR, null, 0);
        c().text(lx + 18, ly, segments(a), ls, 0, 100, BLACK, false);
        lx += 18 + width(a, ls, 0) + 24;
        c().line(lx, ly + 3, lx + 22, ly + 3, 1.6f, RED, new float[]{5f, 2.5f});
        c().text(lx + 26, ly, segments(t), ls, 0, 100, BLACK, false);
        y -= h;
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
