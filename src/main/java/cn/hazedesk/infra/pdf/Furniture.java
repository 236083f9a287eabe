package cn.hazedesk.infra.pdf;

import cn.hazedesk.domain.document.compose.Block;
import com.lowagie.text.pdf.BaseFont;

import java.awt.Color;
import java.util.List;

import static cn.hazedesk.infra.pdf.Layout.BLACK;
import static cn.hazedesk.infra.pdf.Layout.PAGE_H;
import static cn.hazedesk.infra.pdf.Layout.PAGE_W;
import static cn.hazedesk.infra.pdf.Layout.RED;
import static cn.hazedesk.infra.pdf.Layout.mm;

/**
 * The furniture of a printed page around the text: the 演练 mark of a drill, the page number or page label and the
 * record code at the foot, the red masthead, the document number with the red rule under it, the signature with room
 * for the seal, the 版记 (copy-to and printed-by lines) on the last page, and the cut line of an order's slip. Draws at
 * the cursor of its {@link Layout}.
 */
final class Furniture {
    private static final Color DRILL = new Color(220, 30, 30);
    /**
     * The room left under a compact document's date for the seal (about 42 mm across, pressing on the name and the
     * date: its lower half reaches some 15 mm below the date line).
     */
    private static final float SEAL_BELOW = mm(15);

    private final Layout lay;

    Furniture(Layout lay) {
        this.lay = lay;
    }

    /** On every page of a drill: 演练 across the page and as a stamp at the top right. */
    void drillMark() {
        if (lay.doc.drill()) {
            BaseFont f = lay.fonts.get(PdfFonts.Role.HEI);
            Canvas.Segment mark = Canvas.Segment.of(f, lay.doc.drillMark());
            float big = 120f;
            float w = f.getWidthPoint(lay.doc.drillMark(), big);
            double r = Math.toRadians(35);
            float x = (float) (PAGE_W / 2 - Math.cos(r) * w / 2 + Math.sin(r) * big * 0.35);
            float yy = (float) (PAGE_H / 2 - Math.sin(r) * w / 2 - Math.cos(r) * big * 0.35);
            lay.c().rotatedText(x, yy, mark, big, 35, DRILL, 0.13f);
            // a stamp at the top right, outside the type area
            float sw = 74;
            float sh = 30;
            float sx = PAGE_W - mm(14) - sw;
            float sy = PAGE_H - mm(8) - sh;
            lay.c().rect(sx, sy, sw, sh, null, DRILL, 1.6f);
            float ts = 18f;
            float tw = f.getWidthPoint(lay.doc.drillMark(), ts);
            lay.c().text(sx + (sw - tw) / 2, sy + (sh - ts) / 2 + ts * 0.15f, List.of(mark), ts, 0, 100, DRILL, true);
        }
    }

    /** The foot of a page: the record code, and the page number (official) or page label (compact). */
    void pageFoot() {
        if (lay.doc.footnote() != null && !lay.doc.footnote().isBlank()) {
            // small, at the left of the foot: the record code of the audit trail. A form's page label is centred on
            // its line; an official document's page number alternates sides, so the code goes a line below it
            float fs = 7.5f;
            Styled st = lay.styled(lay.doc.footnote(), PdfFonts.Role.BODY);
            float below = lay.official ? mm(13) : mm(7);
            lay.c().text(lay.left, lay.bottom - below - fs * 0.8f, st.segments(), fs, 0, 100, BLACK, false);
        }
        if (lay.official) {
            String n = "— " + lay.page + " —";
            float s = 14f;
            List<Canvas.Segment> segs = lay.styled(n, PdfFonts.Role.SONG).segments();
            float w = lay.styled(n, PdfFonts.Role.SONG).width(s, 0);
            float baseline = lay.bottom - mm(7) - s * 0.8f;
            float x = lay.page % 2 == 1 ? lay.right - s - w : lay.left + s;
            lay.c().text(x, baseline, segs, s, 0, 100, BLACK, false);
        } else if (lay.totalPages > 0) {
            pageLabel(lay.c(), lay.page);
        } else if (lay.totalPages == Layout.LATER && lay.c() instanceof Recording r) {
            int page = lay.page;
            r.later(c -> pageLabel(c, page)); // the count is known when the recording is drawn
        }
    }

    /** 第n页　共m页, centred under the type area. */
    private void pageLabel(Canvas c, int page) {
        String n = lay.doc.pageLabel().replace("{page}", Integer.toString(page))
                .replace("{pages}", Integer.toString(lay.totalPages));
        float s = 10.5f;
        Styled st = lay.styled(n, PdfFonts.Role.BODY);
        c.text(lay.left + (lay.width() - st.width(s, 0)) / 2, lay.bottom - mm(7) - s * 0.8f, st.segments(), s, 0, 100, BLACK, false);
    }

    void masthead(String text) {
        float s = 36f;
        Styled st = lay.styled(text, PdfFonts.Role.TITLE);
        float w = st.width(s, 0);
        float scale = Math.min(1f, lay.width() / w);
        if (scale < 0.6f) {
            s = s * scale / 0.6f;
            scale = 0.6f;
        }
        float boxTop = lay.official ? lay.top - mm(35) : lay.y;
        lay.ensure(s);
        float x = lay.left + (lay.width() - w * scale) / 2;
        lay.c().text(x, boxTop - s * 0.88f, st.segments(), s, 0, scale * 100, RED, true);
        lay.y = boxTop - s;
    }

    void documentNumber(String text) {
        lay.y -= 2 * lay.leading; // two blank lines under the masthead
        Styled st = lay.styled(text, PdfFonts.Role.BODY);
        float w = st.width(lay.size, 0);
        float base = lay.baseline(lay.y, lay.leading, lay.size);
        lay.c().text(lay.left + (lay.width() - w) / 2, base, st.segments(), lay.size, 0, 100, BLACK, false);
        float rule = base - lay.size * 0.12f - mm(4);
        lay.c().line(lay.left, rule, lay.right, rule, 1.5f, RED, null);
        lay.y = rule - (lay.official ? 2 * lay.leading - lay.leading / 2 : lay.leading);
    }

    void signature(Block.Signature s) {
        Styled office = lay.styled(s.office(), PdfFonts.Role.BODY);
        Styled date = lay.styled(s.date(), PdfFonts.Role.BODY);
        float ow = office.width(lay.size, 0);
        float dw = date.width(lay.size, 0);
        float gap = lay.official ? 2 * lay.leading : lay.leading * 0.5f;
        // a compact document (an order) goes on below the signature (the slip): room for the lower half of the seal
        float below = lay.official ? 0 : SEAL_BELOW;
        if (!lay.dry && lay.y - gap - 2 * lay.leading - below < lay.bottom && lay.y - lay.leading * 0.5f - 2 * lay.leading - below >= lay.bottom) {
            gap = lay.leading * 0.5f; // closer to the body rather than alone on a new page
        }
        lay.ensure(gap + 2 * lay.leading + below);
        lay.y -= gap; // room for the seal, which presses on the name and the date
        float dateX = lay.right - (lay.official ? 4 : 2) * lay.size - dw;
        float centre = dateX + dw / 2;
        float officeX = Math.min(centre - ow / 2, lay.right - ow);
        if (officeX + ow > lay.right) {
            officeX = lay.right - ow;
        }
        lay.c().text(officeX, lay.baseline(lay.y, lay.leading, lay.size), office.segments(), lay.size, 0, 100, BLACK, false);
        lay.y -= lay.leading;
        lay.c().text(dateX, lay.baseline(lay.y, lay.leading, lay.size), date.segments(), lay.size, 0, 100, BLACK, false);
        lay.y -= lay.leading + below;
    }

    void imprint(Block.Imprint i) {
        float fs = 14f;
        float lh = fs * 1.9f;
        float indent = fs;
        String label = i.copyToLabel();
        List<int[]> ccLines = List.of();
        Styled cc = null;
        float labelW = 0;
        if (!i.copyTo().isBlank()) {
            cc = lay.styled(i.copyTo(), PdfFonts.Role.BODY);
            labelW = lay.styled(label, PdfFonts.Role.BODY).width(fs, 0);
            float w = lay.width() - 2 * indent - labelW;
            ccLines = lay.wrap(cc, fs, 0, w, w);
        }
        float h = (ccLines.size() + 1) * lh;
        if (!lay.dry && lay.y - h < lay.bottom) {
            lay.newPage();
        }
        float yb = lay.bottom;
        lay.c().line(lay.left, yb, lay.right, yb, 1f, BLACK, null);
        Styled by = lay.styled(i.printedBy(), PdfFonts.Role.BODY);
        Styled date = lay.styled(i.printedDate(), PdfFonts.Role.BODY);
        float base = yb + (lh - fs) / 2 + fs * 0.15f;
        lay.c().text(lay.left + indent, base, by.segments(), fs, 0, 100, BLACK, false);
        lay.c().text(lay.right - indent - date.width(fs, 0), base, date.segments(), fs, 0, 100, BLACK, false);
        float yt = yb + lh;
        if (cc != null) {
            lay.c().line(lay.left, yt, lay.right, yt, 0.71f, BLACK, null);
            float ly = yt + ccLines.size() * lh;
            lay.c().text(lay.left + indent, ly - lh + (lh - fs) / 2 + fs * 0.15f, lay.styled(label, PdfFonts.Role.BODY).segments(), fs, 0,
                    100, BLACK, false);
            for (int[] l : ccLines) {
                lay.c().text(lay.left + indent + labelW, ly - lh + (lh - fs) / 2 + fs * 0.15f, cc.segments(l[0], l[1]), fs, 0, 100,
                        BLACK, false);
                ly -= lh;
            }
            yt += ccLines.size() * lh;
        }
        lay.c().line(lay.left, yt, lay.right, yt, 1f, BLACK, null);
        lay.y = lay.bottom;
    }

    void cutLine(String label) {
        float fs = 9f;
        lay.ensure(22);
        lay.y -= 10;
        Styled st = lay.styled(label, PdfFonts.Role.BODY);
        float w = st.width(fs, 0);
        float mid = lay.left + lay.width() / 2;
        float[] dash = {4f, 3f};
        lay.c().line(lay.left - mm(10), lay.y, mid - w / 2 - 6, lay.y, 0.7f, BLACK, dash);
        lay.c().line(mid + w / 2 + 6, lay.y, lay.right + mm(10), lay.y, 0.7f, BLACK, dash);
        lay.c().text(mid - w / 2, lay.y - fs * 0.35f, st.segments(), fs, 0, 100, BLACK, false);
        lay.y -= 12;
    }
}
