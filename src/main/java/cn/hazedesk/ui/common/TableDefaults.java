package cn.hazedesk.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.List;

/**
 * What every table gets as its view loads: column headers whole in either language (a column is never narrower than
 * its header's words plus the room for the sort arrow, so "Performance grade" does not show as "Perform…"; the user
 * can still widen a column, not narrow it below its header), and an empty table says so in the window's language
 * (JavaFX's own "No content in table" follows the operating system's language, not the user's).
 */
public final class TableDefaults {
    /** The app's font (css/hazedesk.css: the bundled CJK font at 14 px). */
    private static final Font HEADER = Font.font("WenQuanYi Micro Hei", 14);
    /** Padding on both sides and the sort arrow. */
    private static final double ROOM = 30;

    private TableDefaults() {
    }

    /**
     * The tables anywhere under {@code root}, including tab, scroll, split and titled panes' contents; {@code empty}
     * is what a table without rows and without its own placeholder shows.
     */
    public static void apply(Node root, String empty) {
        apply(root, empty, null);
    }

    /** As {@link #apply(Node, String)}; a table with an id also gets the column widths {@code memory} remembers. */
    public static void apply(Node root, String empty, WindowMemory memory) {
        if (root == null) {
            return;
        }
        if (root instanceof TableView<?> t) {
            fit(t.getColumns());
            if (memory != null && t.getId() != null) {
                memory.columns(t.getId(), leaves(t.getColumns()));
            }
            if (t.getPlaceholder() == null) {
                t.setPlaceholder(new javafx.scene.control.Label(empty));
            }
        }
        if (root instanceof TreeTableView<?> t) {
            fit(t.getColumns());
            if (t.getPlaceholder() == null) {
                t.setPlaceholder(new javafx.scene.control.Label(empty));
            }
        }
        if (root instanceof ScrollPane s) {
            apply(s.getContent(), empty, memory);
        }
        if (root instanceof TitledPane p) {
            apply(p.getContent(), empty, memory);
        }
        if (root instanceof SplitPane p) {
            p.getItems().forEach(n -> apply(n, empty, memory));
        }
        if (root instanceof TabPane p) {
            p.getTabs().stream().map(Tab::getContent).forEach(n -> apply(n, empty, memory));
        }
        if (root instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(n -> apply(n, empty, memory));
        }
    }

    private static List<TableColumnBase<?, ?>> leaves(List<? extends TableColumnBase<?, ?>> columns) {
        List<TableColumnBase<?, ?>> out = new java.util.ArrayList<>();
        for (TableColumnBase<?, ?> c : columns) {
            if (c.getColumns().isEmpty()) {
                out.add(c);
            } else {
                out.addAll(leaves(c.getColumns()));
            }
        }
        return out;
    }

    private static void fit(List<? extends TableColumnBase<?, ?>> columns) {
        for (TableColumnBase<?, ?> c : columns) {
            if (!c.getColumns().isEmpty()) {
                fit(c.getColumns());
                continue;
            }
            String header = c.getText();
            if (header == null || header.isEmpty()) {
                continue;
            }
            double widest = 0;
            for (String line : header.split("\n")) {
                Text t = new Text(line);
                t.setFont(HEADER);
                widest = Math.max(widest, t.getLayoutBounds().getWidth());
            }
            double need = Math.ceil(widest + ROOM);
            if (c.getMinWidth() < need) {
                c.setMinWidth(need);
            }
            if (c.getPrefWidth() < need) {
                c.setPrefWidth(need);
            }
        }
    }
}
