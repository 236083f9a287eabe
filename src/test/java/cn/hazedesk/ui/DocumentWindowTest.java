package cn.hazedesk.ui;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.response.ResponseOrder;
import cn.hazedesk.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents area and the preview window in the real app on the sample list: the orders of a level and district,
 * the batch previewed page by page, zoomed, printed (no printer: saved as PDF instead; with a printer: every page
 * sent), saved as PDF and as one PDF per enterprise.
 */
class DocumentWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private AppWindow window;

    @BeforeEach
    void open() throws Exception {
        window = AppWindow.open(dir.resolve("data"), Messages.CHINESE, true, 1280, 860);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    private String label(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private void waitForLabel(String id, String text) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup(id).tryQuery().isPresent()
                    && text.equals(lookup(id).queryAs(Label.class).getText()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(id + " shows “" + lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("(none)")
                    + "”, not “" + text + "”; outcomes: " + lookup("#preview-outcome").tryQuery().map(n -> ((Label) n).getText())
                    + " " + lookup("#orders-outcome").tryQuery().map(n -> ((Label) n).getText()) + "; uncaught " + window.uncaught, e);
        }
    }

    private void choose(String combo, String item) {
        clickOn(combo);
        clickOn(lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(item)).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> pageTexts(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            List<String> out = new java.util.ArrayList<>();
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(d).replaceAll("\\s+", ""));
            }
            return out;
        }
    }

    @Test
    void previewPrintAndSaveTheOrdersOfOneDistrict() throws Exception {
        clickOn("#navDocuments");
        List<ResponseOrder> all = window.ctx.responseOrders().ordersNow(WarningLevel.YELLOW, Optional.empty());
        waitForLabel("#orders-count", "共 " + all.size() + " 家企业");
        TableView<?> table = lookup("#orders-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(all.size());

        choose("#orders-level", "红色预警");
        choose("#orders-district", "惠农区");
        List<ResponseOrder> huinong = window.ctx.responseOrders().ordersNow(WarningLevel.RED, Optional.of("惠农区"));
        assertThat(huinong).isNotEmpty();
        waitForLabel("#orders-count", "共 " + huinong.size() + " 家企业");
        clickOn("#orders-drill");
        Screenshots.save(window.stage.getScene(), "documents-area");

        // the preview: the cover, then each order from a new page (as many pages as the batch has)
        var batch = window.ctx.documents().writeOrders(huinong, cn.hazedesk.domain.document.OrderEnvelope.planning(
                java.time.LocalDate.now(), true), WarningLevel.RED, "惠农区", new java.io.ByteArrayOutputStream(),
                cn.hazedesk.application.ProgressListener.NONE, cn.hazedesk.application.CancelToken.NONE);
        int pages = batch.totalPages();
        assertThat(pages).isEqualTo(batch.coverPages() + huinong.size() + (int) batch.pages().stream()
                .mapToInt(r -> r.pages() - 1).sum());
        clickOn("#orders-preview");
        waitForLabel("#preview-page", "第 1 页 / 共 " + pages + " 页");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#preview-image").queryAs(ImageView.class).getImage() != null);
        Window preview = lookup("#preview-page").query().getScene().getWindow();
        assertThat(preview).isNotSameAs(window.stage);
        double width1 = lookup("#preview-image").queryAs(ImageView.class).getImage().getWidth();
        clickOn(lookup(".button").match(LabeledMatchers.hasText("下一页")).<Node>query());
        waitForLabel("#preview-page", "第 2 页 / 共 " + pages + " 页");
        clickOn(lookup(".button").match(LabeledMatchers.hasText("放大")).<Node>query());
        waitForLabel("#preview-zoom", "125%");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> lookup("#preview-image").queryAs(ImageView.class).getImage().getWidth() > width1 * 1.2);
        Screenshots.save(preview.getScene(), "document-preview");

        // no printer: the message offers the PDF, which is saved where the user chose
        Path saved = dir.resolve("惠农区告知书.pdf");
        window.nextFile = saved;
        clickOn("#preview-print");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .label").match(Dialogs::showing).queryAllAs(Label.class))
                .anyMatch(l -> l.getText().contains("本机没有安装打印机"));
        Dialogs.clickButton(this, "确定");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label("#preview-outcome").startsWith("已保存到"));
        Files.createDirectories(Path.of("target", "documents"));
        Files.copy(saved, Path.of("target", "documents", "sample-huinong-red.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> texts = pageTexts(saved);
        assertThat(texts).hasSize(pages).allSatisfy(t -> assertThat(t).contains("演练"));
        assertThat(texts.get(0)).contains("惠农区", "红色预警（Ⅰ级应急响应）");
        for (int i = 0; i < huinong.size(); i++) {
            var range = batch.pages().get(i);
            assertThat(texts.get(range.first() - 1)).contains(huinong.get(i).enterpriseName(), huinong.get(i).uscc());
            assertThat(texts.get(range.last() - 1)).contains("送达回执");
        }

        // with a printer every page goes to it, in the background
        window.printerInstalled = true;
        clickOn("#preview-print");
        waitForLabel("#preview-outcome", "已发送到打印机：" + pages + " 页。");
        assertThat(window.printed).hasSize(pages).allSatisfy(img -> assertThat(img.getHeight()).isGreaterThan(img.getWidth()));
        // both the saved PDF and the printed pages are on the record, worded by who did it
        assertThat(window.ctx.auditQuery().actions()).as("recorded").contains("document.save", "document.print");

        clickOn(lookup(".button").match(LabeledMatchers.hasText("关闭")).match(n -> n.getScene().getWindow() == preview)
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.isShowing()).isFalse();

        // one PDF per enterprise into a folder
        Path folder = dir.resolve("每家企业");
        window.nextFile = folder;
        clickOn("#orders-folder");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label("#orders-outcome").startsWith("已在"));
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).hasSize(huinong.size())
                    .allMatch(n -> n.endsWith(".pdf"))
                    .anyMatch(n -> n.equals(huinong.get(0).enterpriseName() + "_" + huinong.get(0).uscc() + ".pdf"));
        }
    }

    @Test
    void ordersThatNeedALookAreNamedOnTheListAndConfirmedBeforeThePreview() throws Exception {
        // two firms the rules cannot settle: 氧化铝 (a key industry without matrix rows) and an ungraded 保障类 炭素
        window.ctx.transactions().inTransaction(() -> window.ctx.enterprises().insertAll(List.of(
                cn.hazedesk.domain.reduction.SmallList.firm("91640202TEST00010A", "大武口氧化铝（测试）", "640202", "氧化铝",
                        cn.hazedesk.domain.enterprise.PerformanceGrade.B, cn.hazedesk.domain.enterprise.ControlType.KEY_INDUSTRY,
                        cn.hazedesk.domain.reduction.SmallList.line("10", "10", "10", "0")),
                cn.hazedesk.domain.reduction.SmallList.firm("91640202TEST00011B", "大武口保障炭素（测试）", "640202", "炭素",
                        cn.hazedesk.domain.enterprise.PerformanceGrade.UNRATED, cn.hazedesk.domain.enterprise.ControlType.PROTECTED,
                        cn.hazedesk.domain.reduction.SmallList.line("10", "10", "10", "0"))), false));
        clickOn("#navList");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#list-checks").tryQuery().isPresent()
                && !label("#list-checks").isEmpty());
        assertThat(label("#list-checks")).contains("重点行业企业无适用措施 1 家（大武口氧化铝（测试））",
                "重点行业保障类企业绩效等级低于B级 1 家（大武口保障炭素（测试））");
        Screenshots.save(window.stage.getScene(), "list-checks");

        clickOn("#navDocuments");
        choose("#orders-district", "大武口区");
        List<ResponseOrder> dwk = window.ctx.responseOrders().ordersNow(WarningLevel.YELLOW, Optional.of("大武口区"));
        waitForLabel("#orders-count", "共 " + dwk.size() + " 家企业");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label("#orders-checks").startsWith("须核实：重点行业无适用措施 1 家"));
        clickOn("#orders-preview");
        Dialogs.waitForDialog(this);
        assertThat(lookup(".dialog-pane .content").match(Dialogs::showing).queryAs(Label.class).getText())
                .contains("重点行业企业经补位规则后仍无适用措施（1 家）：大武口氧化铝（测试）",
                        "重点行业保障类企业绩效等级低于B级（1 家）：大武口保障炭素（测试）");
        Screenshots.save(lookup(".dialog-pane").match(Dialogs::showing).query().getScene(), "orders-confirm");
        Dialogs.clickButton(this, "取消");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#preview-page").tryQuery()).as("no preview after cancel").isEmpty();
        clickOn("#orders-preview");
        Dialogs.clickButton(this, "确定");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#preview-page").tryQuery().isPresent()
                && label("#preview-page").startsWith("第 1 页"));
        Window preview = lookup("#preview-page").query().getScene().getWindow();
        clickOn(lookup(".button").match(LabeledMatchers.hasText("关闭")).match(n -> n.getScene().getWindow() == preview)
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDocumentsMenuOpensTheArea() throws Exception {
        clickOn("#navList");
        clickOn(lookup(".menu").match(n -> n instanceof javafx.scene.control.Labeled l && "文书".equals(l.getText())).<Node>query());
        clickOn("按级别预览应急响应告知书…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#page-documents").query().isVisible()).isTrue();
    }
}
