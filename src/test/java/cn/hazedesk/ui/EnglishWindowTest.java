package cn.hazedesk.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen of the English window, walked as a user walks it, says nothing in Chinese but the data: the scene's
 * text (and its punctuation: 、；：（）) (labels, buttons, tabs, column headers, prompts, tooltips, menus, chart axes, read-only text and the table
 * cells) is scanned on each screen and dialog. Chinese that is data — place names, the sample list's enterprises and
 * lines, industries, the measure texts of the matrix, the workbook's own column names, and the
 * episodes' names and numbers the city's workflow file gives — is taken out first, read from the data files it comes
 * from (and the episodes as stored); whatever Chinese is left is a word the program wrote in the wrong language.
 * Editable fields are the user's (and the documents' drafts, which are Chinese official text by rule) and are left out;
 * so is the text of a cut-short label (its whole text is scanned).
 *
 * <p>The audit records, on the 操作记录 page and in an episode's timeline, are scanned like everything else: their
 * details are stored as structured fields and an episode's subject as structured data (title, number, drill mark),
 * both worded in the window's language.
 */
class EnglishWindowTest extends ApplicationTest {
    @TempDir
    Path dir;
    private AppWindow window;
    private final EpisodeSteps steps = new EpisodeSteps(this);
    private final Set<String> findings = new TreeSet<>();
    private List<String> dataWords;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void everyScreenOfTheEnglishWindowIsInEnglish() throws Exception {
        // the smallest window the duty desk is used at: every label whole, every word English
        window = AppWindow.open(dir, Locale.ENGLISH, true, 1180, 760);
        steps.confirm = "Confirm";

        // warnings: a whole episode, each tab at each step
        scan("warnings, no episode");
        steps.press("#episode-new");
        steps.waitUntil(() -> !steps.label("#episode-status").isEmpty());
        scan("consultation, new");
        steps.consult(new String[][]{{"180", "190", "120"}, {"230", "260", "150"}});
        steps.waitUntil(() -> steps.label("#consultation-saved").startsWith("Consultation"));
        scan("consultation, saved");
        steps.tab(1);
        scan("approval, before proposing");
        steps.proposeApprovePublish("Officer Zhang");
        steps.waitUntil(() -> steps.label("#episode-status").equals("Response in force"));
        scanTabs("episode issued");
        steps.tab(2);
        TableView<?> orders = lookup("#response-orders").queryAs(TableView.class);
        steps.waitUntil(() -> !orders.getItems().isEmpty());
        interact(() -> orders.getSelectionModel().clearAndSelect(0));
        scan("response, an order selected");
        steps.consult(new String[][]{{"80", "70", "60"}, {"90", "80", "70"}, {"60", "60", "60"}});
        steps.tab(1);
        javafx.scene.control.ComboBox<?> kind = lookup("#approval-kind").queryAs(javafx.scene.control.ComboBox.class);
        interact(() -> kind.getSelectionModel().select(kind.getItems().size() - 1));
        scan("approval, lift");
        steps.typeArea("#approval-reason", "Cold air came early: lifted before the response start");
        steps.proposeApprovePublish("Officer Zhang");
        steps.waitUntil(() -> !steps.label("#episode-status").equals("Response in force"));
        scanTabs("episode lifted");

        // the list, its editor, history, permit check, import
        clickOn("#navList");
        TableView<?> list = lookup("#enterprise-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        interact(() -> list.getSelectionModel().clearAndSelect(0));
        scan("list");
        openAndScan("#list-edit", "enterprise editor", "#editor-cancel");
        openAndScan("#list-history", "change history", "#history-close");
        openAndScan("#list-permits", "permit check", "#permit-close");
        Path workbook = dir.resolve("list.xlsx");
        window.ctx.listExport().exportAll(workbook, cn.hazedesk.application.ProgressListener.NONE);
        window.nextFile = workbook;
        clickOn("#list-import");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#import-summary").tryQuery()
                .map(n -> Dialogs.showing(n) && !((javafx.scene.control.Label) n).getText().isEmpty()).orElse(false));
        scan("import dialog");
        clickOn("#import-cancel");
        WaitForAsyncUtils.waitForFxEvents();

        // grading: every tab
        clickOn("#navGrading");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane grading = lookup(".tab-pane").match(Dialogs::showing).queryAs(TabPane.class);
        for (int i = 0; i < grading.getTabs().size(); i++) {
            int index = i;
            interact(() -> grading.getSelectionModel().select(index));
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            scan("grading, tab " + grading.getTabs().get(i).getText());
        }

        // documents, the preview window, the record
        clickOn("#navDocuments");
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        scan("documents");
        clickOn("#orders-preview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> listWindows().size() > 1);
        WaitForAsyncUtils.sleep(2000, TimeUnit.MILLISECONDS);
        scan("document preview");
        closeOtherWindows();
        clickOn("#navAudit");
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        scan("operation record");

        // the menus' windows
        for (String item : List.of("aboutItem", "backupsItem", "menu-users")) {
            fireMenuItem(item);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> listWindows().size() > 1);
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            scan("menu " + item);
            closeOtherWindows();
        }

        assertThat(findings).as("Chinese that is not data, on the English screens").isEmpty();
    }

    private void scanTabs(String when) throws Exception {
        for (int i = 0; i < 4; i++) {
            steps.tab(i);
            WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
            scan(when + ", episode tab " + i);
        }
    }

    private void openAndScan(String button, String what, String closeId) throws Exception {
        steps.press(button);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup(closeId).match(Dialogs::showing).tryQuery().isPresent());
        WaitForAsyncUtils.sleep(1000, TimeUnit.MILLISECONDS);
        scan(what);
        steps.press(closeId);
        WaitForAsyncUtils.waitForFxEvents();
        if (lookup(".dialog-pane").match(Dialogs::showing).tryQuery().isPresent()) {
            scan(what + ", closing");
            closeOtherWindows();
        }
    }

    private void fireMenuItem(String id) {
        MenuBar bar = lookup("#menuBar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> items(m).stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<MenuItem> items(Menu m) {
        List<MenuItem> out = new ArrayList<>();
        for (MenuItem i : m.getItems()) {
            out.add(i);
            if (i instanceof Menu sub) {
                out.addAll(items(sub));
            }
        }
        return out;
    }

    private void closeOtherWindows() {
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != window.stage)
                .filter(w -> w instanceof Stage).forEach(w -> ((Stage) w).close()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What every showing window says now; each Chinese word left after the data is taken out is a finding. */
    private void scan(String where) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        dataWords = dataWords(episodeNames());
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (!w.isShowing() || w.getScene() == null) {
                    continue;
                }
                if (w instanceof Stage s) {
                    out.add("window title: " + s.getTitle());
                }
                collect(w.getScene().getRoot(), out);
            }
            MenuBar bar = (MenuBar) window.stage.getScene().lookup("#menuBar");
            if (bar != null) {
                for (Menu m : bar.getMenus()) {
                    out.add(m.getText());
                    items(m).forEach(i -> out.add(i.getText()));
                }
            }
            return out;
        }).get(20, TimeUnit.SECONDS);
        for (String t : texts) {
            if (t != null && t.startsWith(CLIPPED)) {
                findings.add(where + ": " + t.substring(1));
                continue;
            }
            String left = t == null ? "" : withoutData(t);
            if (left.codePoints().anyMatch(EnglishWindowTest::chinese)) {
                findings.add(where + ": " + t.replace('\n', ' '));
            }
        }
        Screenshots.save(window.stage.getScene(), "english-" + where.replaceAll("[^A-Za-z0-9]+", "-"));
    }

    /** A Chinese character, or Chinese punctuation (，。：；、（）「」 and the full-width forms). */
    private static boolean chinese(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFFEF;
    }

    /** The episodes' names and notice numbers: set from data (data/warning-workflow.csv) and changeable by the user. */
    private List<String> episodeNames() {
        List<String> out = new ArrayList<>();
        for (var e : window.ctx.episodes().all()) {
            out.add(e.title());
            if (e.number() != null) {
                out.add(e.number());
            }
            e.proposals().stream().map(p -> p.number()).filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l) {
            out.add(l.getText());
            tooltip(l.getTooltip(), out);
            clipped(l).ifPresent(out::add);
        }
        if (n instanceof javafx.scene.control.Control c) {
            tooltip(c.getTooltip(), out);
        }
        if (n instanceof Text t && !(t.getText() != null && t.getText().endsWith("..."))) {
            out.add(t.getText());
        }
        if (n instanceof TextInputControl t) {
            out.add(t.getPromptText());
            if (!t.isEditable()) {
                out.add(t.getText());
            }
        }
        if (n instanceof TabPane p) {
            p.getTabs().stream().map(Tab::getText).forEach(out::add);
        }
        if (n instanceof TableView<?> tv) {
            columns(tv.getColumns(), out);
            if (tv.getPlaceholder() != null) {
                collect(tv.getPlaceholder(), out);
            }
        }
        if (n instanceof javafx.scene.control.TreeTableView<?> tv) {
            columns(tv.getColumns(), out);
        }
        if (n instanceof Chart c) {
            out.add(c.getTitle());
        }
        if (n instanceof Axis<?> a) {
            out.add(a.getLabel());
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** Marks a text as a label shown cut short: the finding is the clipping, not the language. */
    private static final String CLIPPED = "\u0000clipped: ";

    /**
     * A label, button, check box or header drawn cut short ("Filter ente…"): its drawn text ends in the ellipsis and is
     * not its whole text. What is inside table and list cells is left out (the data; its columns are the user's to
     * widen); the column headers are not.
     */
    private static java.util.Optional<String> clipped(Labeled l) {
        if (l.getText() == null || l.getText().isEmpty()) {
            return java.util.Optional.empty();
        }
        for (Node up = l; up != null; up = up.getParent()) {
            if (up instanceof javafx.scene.control.IndexedCell<?>) {
                return java.util.Optional.empty();
            }
        }
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && t.getText() != null && !t.getText().equals(l.getText())
                    && t.getText().endsWith(l.getEllipsisString())) {
                return java.util.Optional.of(CLIPPED + "\"" + t.getText() + "\" for \"" + l.getText() + "\"");
            }
        }
        return java.util.Optional.empty();
    }

    private static void columns(List<? extends TableColumnBase<?, ?>> cols, List<String> out) {
        for (TableColumnBase<?, ?> c : cols) {
            out.add(c.getText());
            columns(c.getColumns(), out);
        }
    }

    private static void tooltip(Tooltip t, List<String> out) {
        if (t != null) {
            out.add(t.getText());
        }
    }

    private String withoutData(String text) {
        String out = text;
        for (String w : dataWords) {
            out = out.replace(w, "");
        }
        return out;
    }

    /**
     * The Chinese that is data, longest first: each field holding Chinese in the files the window shows data from (the
     * regions, the sample list, the industries, the measure matrix and text rules, the workbook vocabulary).
     */
    private static List<String> dataWords(List<String> more) throws IOException {
        if (fileWords == null) {
            fileWords = wordsOfTheDataFiles();
        }
        Set<String> words = new LinkedHashSet<>(more);
        words.addAll(fileWords);
        return Stream.concat(words.stream(), Stream.of("（示例）")).sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The data files' Chinese fields, read once: they do not change during the walk. */
    private static Set<String> fileWords;

    private static Set<String> wordsOfTheDataFiles() throws IOException {
        Set<String> words = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (String file : List.of("regions.csv", "sample/enterprises.csv", "sample/lines.csv", "industries.csv",
                "measure-matrix.csv", "measure-text-rules.csv", "list-vocabulary.csv", "warning-workflow.csv")) {
            // the signing offices are worded per language (office.<name>): they must show in English. Nor are the
            // list's yes/no words, sheet names and unit hints values a window shows (是/否 must be Yes/No there)
            Files.readAllLines(Path.of("data", file), StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.startsWith("signatory.") && !l.matches("(yes|no|sheet|unit_hint),.*"))
                    .forEach(lines::add);
        }
        // the documents' own words (their titles show on the preview): Chinese official text by rule. Not phrases.txt:
        // its short words (号, 无, 升级 …) and enum words, moved out of Java, must never reach the English window
        try (Stream<Path> templates = Files.list(Path.of("data", "documents"))) {
            for (Path t : templates.filter(f -> f.toString().endsWith(".txt"))
                    .filter(f -> !f.getFileName().toString().equals("phrases.txt")).toList()) {
                lines.addAll(Files.readAllLines(t, StandardCharsets.UTF_8));
            }
        }
        for (String line : lines) {
            for (String field : line.split("[,;|]")) {
                String f = field.strip().replace("\"", "");
                if (f.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    words.add(f);
                }
            }
        }
        return words;
    }
}
