package cn.hazedesk.infra.pdf;

import cn.hazedesk.domain.document.compose.Block;

import java.awt.Color;

import static cn.hazedesk.infra.pdf.Layout.BLACK;
import static cn.hazedesk.infra.pdf.Layout.RED;

/**
 * The summary report's bar chart, drawn at the cursor of a {@link Layout}: one bar per pollutant (the reduction
 * achieved), a dashed red line at its target, a percentage grid and a legend.
 */
final class BarChart {
    private static final Color BAR = new Color(64, 100, 150);

    private final Layout lay;

    BarChart(Layout lay) {
        this.lay = lay;
    }

    void chart(Block.Chart ch) {
        float h = 230f;
        lay.ensure(h);
        float top0 = lay.y - 6;
        Styled title = lay.styled(ch.title(), PdfFonts.Role.HEI);
        float ts = 12f;
        lay.c().text(lay.left + (lay.width() - title.width(ts, 0)) / 2, top0 - ts, title.segments(), ts, 0, 100, BLACK, false);
        float plotTop = top0 - 30;
        float plotBottom = lay.y - h + 46;
        float plotLeft = lay.left + 44;
        float plotRight = lay.right - 10;
        double max = 10;
        for (Block.Bar b : ch.bars()) {
            max = Math.max(max, Math.max(b.achievedPercent(), b.targetPercent()));
        }
        double step = max > 60 ? 20 : 10;
        max = Math.ceil(max * 1.1 / step) * step;
        float ls = 9f;
        for (double v = 0; v <= max + 0.001; v += step) {
            float yy = (float) (plotBottom + (plotTop - plotBottom) * v / max);
            lay.c().line(plotLeft, yy, plotRight, yy, 0.3f, new Color(190, 190, 190), null);
            Styled lab = lay.styled(String.format(java.util.Locale.ROOT, "%.0f%%", v), PdfFonts.Role.BODY);
            lay.c().text(plotLeft - 4 - lab.width(ls, 0), yy - ls * 0.35f, lab.segments(), ls, 0, 100, BLACK, false);
        }
        lay.c().line(plotLeft, plotBottom, plotRight, plotBottom, 0.8f, BLACK, null);
        lay.c().line(plotLeft, plotBottom, plotLeft, plotTop, 0.8f, BLACK, null);
        int n = Math.max(1, ch.bars().size());
        float slot = (plotRight - plotLeft) / n;
        float bw = Math.min(48f, slot * 0.45f);
        for (int i = 0; i < ch.bars().size(); i++) {
            Block.Bar b = ch.bars().get(i);
            float cx = plotLeft + slot * (i + 0.5f);
            float bh = (float) ((plotTop - plotBottom) * b.achievedPercent() / max);
            lay.c().rect(cx - bw / 2, plotBottom, bw, Math.max(bh, 0.5f), BAR, null, 0);
            Styled val = lay.styled(String.format(java.util.Locale.ROOT, "%.1f%%", b.achievedPercent()), PdfFonts.Role.BODY);
            lay.c().text(cx - val.width(ls, 0) / 2, plotBottom + bh + 3, val.segments(), ls, 0, 100, BLACK, false);
            float ty = (float) (plotBottom + (plotTop - plotBottom) * b.targetPercent() / max);
            lay.c().line(cx - slot * 0.4f, ty, cx + slot * 0.4f, ty, 1.6f, RED, new float[]{5f, 2.5f});
            Styled name = lay.styled(b.label(), PdfFonts.Role.BODY);
            lay.c().text(cx - name.width(10, 0) / 2, plotBottom - 14, name.segments(), 10, 0, 100, BLACK, false);
        }
        // legend
        float ly = lay.y - h + 12;
        Styled a = lay.styled(ch.achievedLegend(), PdfFonts.Role.BODY);
        Styled t = lay.styled(ch.targetLegend(), PdfFonts.Role.BODY);
        float total = 14 + 4 + a.width(ls, 0) + 24 + 22 + 4 + t.width(ls, 0);
        float lx = lay.left + (lay.width() - total) / 2;
        lay.c().rect(lx, ly - 1, 14, 8, BAR, null, 0);
        lay.c().text(lx + 18, ly, a.segments(), ls, 0, 100, BLACK, false);
        lx += 18 + a.width(ls, 0) + 24;
        lay.c().line(lx, ly + 3, lx + 22, ly + 3, 1.6f, RED, new float[]{5f, 2.5f});
        lay.c().text(lx + 26, ly, t.segments(), ls, 0, 100, BLACK, false);
        lay.y -= h;
    }
}
