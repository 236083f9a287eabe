package cn.hazedesk.ui;

import cn.hazedesk.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duty officer at 2 a.m. with a red-turning forecast, in the real window at 1180×760: from 新建预警过程 to "issued,
 * and all this round's orders saved as one PDF" with the sample list, counting every action the officer takes — a
 * click, a key, a field typed, a dialog answered. The forecast is copied from the meteorological bureau's spreadsheet
 * (outside the app, not counted) and pasted whole; the confirmations that guard against a wrong warning stay.
 */
class TenActionsWindowTest extends FxRobot {
    @TempDir
    Path dir;
    private AppWindow window;
    private final List<String> actions = new ArrayList<>();
    private final EpisodeSteps steps = new EpisodeSteps(this);

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    /** One action of the officer's, counted, then a screenshot of what it led to once the window has settled. */
    private void act(String what, Runnable action) {
        actions.add(what);
        action.run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shot(String lang, String name) throws Exception {
        Screenshots.save(window.stage.getScene(), "ten-actions-" + lang + "-" + actions.size() + "-" + name);
    }

    private boolean focused(String id) {
        Node n = lookup(id).tryQuery().orElse(null);
        return n != null && n.isFocused();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void fromNewEpisodeToTheIssuePackageInTenActions(String lang) throws Exception {
        Locale locale = lang.equals("zh") ? Messages.CHINESE : Locale.ENGLISH;
        Messages m = Messages.forLocale(locale);
        window = AppWindow.open(dir, locale, true, 1180, 760);
        int listed = window.ctx.list().rows().size();

        act("click 新建预警过程", () -> clickOn("#episode-new"));
        steps.waitUntil(() -> focused("#aqi-1-0"));
        shot(lang, "new-episode");

        // copied in the bureau's spreadsheet: the header of dates and a column of districts, as Excel puts it
        String tomorrow = java.time.LocalDate.now(window.ctx.clock()).plusDays(1).toString().replace('-', '/');
        String copied = "区县\t" + tomorrow + "\t\t\n大武口区\t180\t190\t120\n惠农区\t230\t260\t150\n平罗县\t160\t170\t110\n";
        interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(copied.replace("\t\t\n", "\t" + day(window, 2) + "\t" + day(window, 3) + "\n"));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        act("Ctrl+V", () -> push(KeyCode.CONTROL, KeyCode.V));
        steps.waitUntil(() -> steps.label("#level-2").equals(m.get("warning.level.ORANGE")));
        shot(lang, "pasted");

        act("Ctrl+S", () -> push(KeyCode.CONTROL, KeyCode.S));
        TabPane tabs = lookup("#episode-tabs").queryAs(TabPane.class);
        steps.waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 1 && focused("#approval-propose"));
        assertThat(steps.label("#episode-steps")).as("the step list shows the approval as the step now")
                .contains("▶ 2. " + m.get("episode.step.APPROVE"));
        shot(lang, "approval");

        act("click 提交审签", () -> clickOn("#approval-propose"));
        steps.waitUntil(() -> focused("#approval-signer"));
        shot(lang, "proposed");
        act("type the signer", () -> write("Zhang Wei"));
        act("Enter signs", () -> push(KeyCode.ENTER));
        steps.waitUntil(() -> focused("#approval-publish"));
        shot(lang, "approved");

        act("click 发布", () -> clickOn("#approval-publish"));
        act("confirm the publication", () -> {
            try {
                Dialogs.clickButton(this, m.get("dialog.confirm"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        steps.waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 2 && focused("#response-package"));
        TableView<?> orders = lookup("#response-orders").queryAs(TableView.class);
        steps.waitUntil(() -> orders.getItems().size() == listed);
        shot(lang, "published");

        act("click 保存发布文件包", () -> clickOn("#response-package"));
        // the enterprises that need a look before the orders go out are named and confirmed (a guard that stays)
        steps.waitUntil(() -> dialogShowing() || !steps.label("#response-package-saved").isEmpty());
        if (dialogShowing()) {
            shot(lang, "order-checks");
            act("confirm the orders that need a look", () -> {
                try {
                    Dialogs.clickButton(this, m.get("dialog.confirm"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        steps.waitUntil(() -> !steps.label("#response-package-saved").isEmpty());
        shot(lang, "package-saved");

        assertThat(actions).as("every action from new episode to the saved issue package: " + actions).hasSizeLessThanOrEqualTo(10);
        Path folder = window.ctx.store().dataFolder().resolve("documents");
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(files).as("notice, approval form and orders").hasSize(3);
        assertThat(steps.label("#response-package-saved")).contains(folder.toString());
        Path ordersPdf = files.stream().filter(p -> p.getFileName().toString().startsWith(m.get("episodeDoc.package.orders")))
                .findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(ordersPdf.toFile())) {
            assertThat(pdf.getNumberOfPages()).as("the cover and one order per listed enterprise").isGreaterThan(listed);
            String text = new PDFTextStripper().getText(pdf);
            window.ctx.list().rows().stream().limit(5).forEach(r -> assertThat(text).contains(r.name()));
        }
        Path notice = files.stream().filter(p -> p.getFileName().toString().startsWith(m.get("episodeDoc.package.notice")))
                .findFirst().orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(notice.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains(steps.label("#episode-number"));
        }
        assertThat(steps.label("#episode-steps")).contains("▶ 4. " + m.get("episode.step.RESPOND"));
        // after 2 a.m.'s paper, the inspections: the form opens, whole, in a window of its own for the chosen order
        interact(() -> orders.getSelectionModel().clearAndSelect(0));
        clickOn("#response-open-inspection");
        steps.waitUntil(() -> lookup("#inspect-save").tryQuery().map(n -> n.getScene() != window.stage.getScene()
                && n.getScene().getWindow().isShowing()).orElse(false));
        javafx.scene.Node save = lookup("#inspect-save").query();
        javafx.geometry.Bounds b = save.localToScene(save.getBoundsInLocal());
        assertThat(b.getMaxY()).as("the inspection form is whole").isLessThanOrEqualTo(save.getScene().getHeight());
        Screenshots.save(save.getScene(), "ten-actions-" + lang + "-inspection-form");
        interact(() -> save.getScene().getWindow().hide());
        long id = window.ctx.episodes().all().get(0).id();
        assertThat(window.ctx.episodes().evaluate(id).timeline()).as("the package is on the record")
                .anyMatch(t -> t.action().equals("episode.package") && t.actor().equals(window.ctx.actor().name()));
    }

    private boolean dialogShowing() {
        return lookup(".dialog-pane").match(Dialogs::showing).tryQuery().isPresent();
    }

    private static String day(AppWindow w, int offset) {
        return java.time.LocalDate.now(w.ctx.clock()).plusDays(offset).toString().replace('-', '/');
    }
}
