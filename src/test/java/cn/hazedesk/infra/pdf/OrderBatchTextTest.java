package cn.hazedesk.infra.pdf;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.DocumentService;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.response.OrderLine;
import cn.hazedesk.domain.response.ResponseOrder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static cn.hazedesk.infra.pdf.DocumentPdfTest.DOCS;
import static cn.hazedesk.infra.pdf.DocumentPdfTest.flat;
import static cn.hazedesk.infra.pdf.DocumentPdfTest.pageTexts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A batch of orders whose texts change font and size from line to line and page to page keeps every character: names
 * with full-width punctuation, Latin words and digits, on orders of one and several pages. The drawing writes a font and size only when they change within a page
 * ({@link PdfCanvas}); a page that forgot its font, or a line left in the font of another, would lose or garble text
 * read back here.
 */
class OrderBatchTextTest {
    @Test
    void everyCharacterOfEveryOrderIsReadBackFromTheBatch() throws Exception {
        List<ResponseOrder> some = DocumentPdfTest.smallListOrders(WarningLevel.RED);
        List<ResponseOrder> orders = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ResponseOrder o = some.get(i % some.size());
            List<OrderLine> lines = new ArrayList<>();
            for (int k = 0; k < (i == 5 ? 12 : 1); k++) { // order 6 runs over several pages
                for (OrderLine l : o.lines()) {
                    lines.add(new OrderLine(l.lineName() + "（设备" + (k + 1) + "）", l.process(), l.rule(), l.type(),
                            l.fraction(), l.counted(), l.text(), l.transport(), l.unverifiedDefault()));
                }
            }
            String name = (i % 3 == 0 ? "「祥」" : "") + o.enterpriseName() + " Ltd. No." + (i + 1);
            orders.add(new ResponseOrder(o.uscc(), name, o.districtCode(), o.districtName(), o.industry(), o.grade(),
                    o.level(), o.controlType(), o.address(), i % 2 == 0 ? "欧阳·娜娜" : "Zhang San", o.contactPhone(),
                    o.notCountedReason(), lines, o.transport()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocumentService.Batch b = DOCS.writeOrders(orders, SampleDocuments.envelope(false), WarningLevel.RED, null, out,
                ProgressListener.NONE, CancelToken.NONE);
        List<String> pages = pageTexts(out.toByteArray());
        assertThat(pages).hasSize(b.totalPages());
        for (int i = 0; i < orders.size(); i++) {
            ResponseOrder o = orders.get(i);
            var r = b.pages().get(i);
            StringBuilder text = new StringBuilder();
            for (int p = r.first(); p <= r.last(); p++) {
                text.append(pages.get(p - 1));
            }
            String t = flat(text.toString());
            assertThat(t).as("order " + (i + 1)).contains(flat(o.enterpriseName()), flat(o.contactName()), o.uscc())
                    .doesNotContain("□");
            for (OrderLine l : o.lines()) {
                assertThat(t).as("order " + (i + 1)).contains(flat(l.lineName()));
            }
        }
        assertThat(b.pages().stream().anyMatch(r -> r.pages() > 1)).as("an order of several pages").isTrue();
    }

    /**
     * Text that goes on, on a new page, in the font and size it ended the page before in: the new page's content sets
     * them again (a page's content starts without a font); and a rotated text, whose font is set inside a saved
     * graphics state, does not count as the font in effect after it: a line after it in that font (here a second
     * instance of the bundled font, a font of its own in the PDF with its own subset) sets it.
     */
    @Test
    void aNewPageAndARotatedTextSetTheFontAgain() throws Exception {
        com.lowagie.text.pdf.BaseFont font = new PdfFonts(List.of()).bundled();
        com.lowagie.text.pdf.BaseFont other = new PdfFonts(List.of()).bundled();
        assertThat(other).isNotSameAs(font);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4, 0, 0, 0, 0);
        com.lowagie.text.pdf.PdfWriter writer = com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        PdfCanvas canvas = new PdfCanvas(document, writer);
        java.awt.Color black = java.awt.Color.BLACK;
        canvas.text(72, 700, List.of(Canvas.Segment.of(font, "第一页的文字")), 12, 0, 100, black, false);
        canvas.newPage();
        canvas.text(72, 700, List.of(Canvas.Segment.of(font, "第二页接着写")), 12, 0, 100, black, false);
        canvas.rotatedText(200, 400, Canvas.Segment.of(other, "旋转水印"), 12, 45, black, 0.2f);
        canvas.text(72, 680, List.of(Canvas.Segment.of(other, "最后还有一行")), 12, 0, 100, black, false);
        document.close();
        List<String> pages = pageTexts(out.toByteArray());
        assertThat(pages).hasSize(2);
        assertThat(flat(pages.get(0))).contains("第一页的文字");
        assertThat(flat(pages.get(1))).contains("第二页接着写", "旋转水印", "最后还有一行");
    }
}
