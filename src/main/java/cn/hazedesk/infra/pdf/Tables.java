package cn.hazedesk.infra.pdf;

import cn.hazedesk.domain.document.compose.Block;

import java.awt.Color;
import java.util.List;

import static cn.hazedesk.infra.pdf.Layout.BLACK;

/**
 * Tables and forms, drawn at the cursor of a {@link Layout}. A table that fits on a page is not split: one that does
 * not fit in the rest of a page starts on the next, unless it is taller than half a page and more than a third of
 * this page is left (then it breaks, its header repeated). A form is label | value rows; a row without a label spans
 * the width.
 */
final class Tables {
    private static final Color GREY_RULE = new Color(0, 0, 0);

    private final Layout lay;

    Tables(Layout lay) {
        this.lay = lay;
    }

    private static final float PAD = 3.5f;

    void table(Block.Table t) {
        float saveSize = lay.tableSize;
        float saveLeading = lay.tableLeading;
        if (t.small()) {
            lay.tableSize = 9f;
            lay.tableLeading = 12.5f;
        }
        try {
            drawTable(t);
        } finally {
            lay.tableSize = saveSize;
            lay.tableLeading = saveLeading;
        }
    }

    private void drawTable(Block.Table t) {
        double total = t.columns().stream().mapToDouble(Block.Column::weight).sum();
        float[] widths = new float[t.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (lay.width() * t.columns().get(i).weight() / total);
        }
        List<String> header = t.columns().stream().map(Block.Column::header).toList();
        lay.y -= 4;
        // each row's height once: the table is measured whole, then drawn row by row
        float headerHeight = rowHeight(header, widths, PdfFonts.Role.HEI);
        float[] heights = new float[t.rows().size()];
        float whole = headerHeight;
        for (int i = 0; i < heights.length; i++) {
            heights[i] = rowHeight(t.rows().get(i), widths, PdfFonts.Role.BODY);
            whole += heights[i];
        }
        float pageHeight = lay.top - lay.bottom;
        float room = lay.y - lay.bottom;
        if (whole <= pageHeight && whole > room && (whole <= pageHeight / 2 || room < pageHeight / 3)) {
            lay.ensure(whole); // a table that fits on a page is kept whole, unless that leaves most of this page empty
        } else {
            lay.ensure(headerHeight + (heights.length == 0 ? rowHeight(header, widths, PdfFonts.Role.BODY) : heights[0]));
        }
        drawRow(header, widths, t.columns(), PdfFonts.Role.HEI, true, headerHeight);
        for (int i = 0; i < heights.length; i++) {
            float h = heights[i];
            if (!lay.dry && lay.y - h < lay.bottom - 0.5f) {
                lay.newPage();
                drawRow(header, widths, t.columns(), PdfFonts.Role.HEI, true, headerHeight);
            }
            drawRow(t.rows().get(i), widths, t.columns(), PdfFonts.Role.BODY, false, h);
        }
        lay.y -= 6;
    }

    private float rowHeight(List<String> cells, float[] widths, PdfFonts.Role role) {
        int lines = 1;
        for (int i = 0; i < cells.size(); i++) {
            lines = Math.max(lines, lay.wrap(lay.styled(cells.get(i), role), lay.tableSize, 0, widths[i] - 2 * PAD,
                    widths[i] - 2 * PAD).size());
        }
        return lines * lay.tableLeading + 2 * PAD;
    }

    /** Draws a row {@code h} tall at the cursor (only moves the cursor while measuring or counting pages). */
    private void drawRow(List<String> cells, float[] widths, List<Block.Column> columns, PdfFonts.Role role, boolean header,
                         float h) {
        if (lay.c() == Canvas.NONE) {
            lay.y -= h;
            return;
        }
        float x = lay.left;
        for (int i = 0; i < cells.size(); i++) {
            lay.c().rect(x, lay.y - h, widths[i], h, header ? new Color(242, 242, 242) : null, GREY_RULE, 0.6f);
            Styled st = lay.styled(cells.get(i), role);
            List<int[]> lines = lay.wrap(st, lay.tableSize, 0, widths[i] - 2 * PAD, widths[i] - 2 * PAD);
            float ly = lay.y - PAD - (h - 2 * PAD - lines.size() * lay.tableLeading) / 2;
            Block.Align a = header ? Block.Align.CENTRE : columns.get(i).align();
            for (int[] l : lines) {
                float lw = st.width(l[0], l[1], lay.tableSize, 0);
                float lx = switch (a) {
                    case LEFT -> x + PAD;
                    case CENTRE -> x + (widths[i] - lw) / 2;
                    case RIGHT -> x + widths[i] - PAD - lw;
                };
                lay.text(lx, lay.baseline(ly, lay.tableLeading, lay.tableSize), st, l[0], l[1], lay.tableSize, 0, BLACK, false);
                ly -= lay.tableLeading;
            }
            x += widths[i];
        }
        lay.y -= h;
    }

    void form(Block.Form f) {
        float fs = lay.official ? 14f : 11f;
        float lh = lay.official ? 22f : 16f;
        float labelW = (float) (lay.width() * f.labelWeight());
        float valueW = lay.width() - labelW;
        lay.y -= 2;
        for (Block.FormRow r : f.rows()) {
            boolean span = r.label().isBlank();
            float vw = span ? lay.width() : valueW;
            Styled label = lay.styled(r.label(), PdfFonts.Role.BODY);
            Styled value = lay.styled(r.value(), PdfFonts.Role.BODY);
            Styled footer = lay.styled(r.footer(), PdfFonts.Role.BODY);
            List<int[]> labelLines = span ? List.of() : lay.wrap(label, fs, 0, labelW - 2 * PAD, labelW - 2 * PAD);
            List<int[]> valueLines = r.value().isEmpty() ? List.of() : lay.wrap(value, fs, 0, vw - 2 * PAD, vw - 2 * PAD);
            int lines = Math.max(r.minLines(), Math.max(labelLines.size(), valueLines.size() + (r.footer().isEmpty() ? 0 : 1)));
            float h = lines * lh + 2 * PAD;
            lay.ensure(h);
            float x = lay.left;
            if (!span) {
                lay.c().rect(x, lay.y - h, labelW, h, null, BLACK, 0.6f);
                float ly = lay.y - PAD - (h - 2 * PAD - labelLines.size() * lh) / 2;
                for (int[] l : labelLines) {
                    float lw = label.width(l[0], l[1], fs, 0);
                    lay.text(x + (labelW - lw) / 2, lay.baseline(ly, lh, fs), label, l[0], l[1], fs, 0, BLACK, false);
                    ly -= lh;
                }
                x += labelW;
            }
            lay.c().rect(x, lay.y - h, vw, h, null, BLACK, 0.6f);
            float vy = lay.y - PAD;
            for (int[] l : valueLines) {
                lay.text(x + PAD, lay.baseline(vy, lh, fs), value, l[0], l[1], fs, 0, BLACK, false);
                vy -= lh;
            }
            if (!r.footer().isEmpty()) {
                float fw = footer.width(fs, 0);
                lay.text(x + vw - PAD - fw, lay.baseline(lay.y - h + PAD + lh, lh, fs), footer, 0, footer.length(), fs, 0, BLACK, false);
            }
            lay.y -= h;
        }
        lay.y -= 6;
    }
}
