package cn.hazedesk.ui.common;

import cn.hazedesk.domain.access.Action;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;

import java.util.List;
import java.util.function.Predicate;

/**
 * Hides what the signed-in user's role may not do (docs/access.md). A control that performs an action says so in its
 * FXML as {@code userData="may:ACTION"} (an {@link Action} name); the services refuse the action anyway, this only
 * keeps the window from offering it.
 */
public final class RoleGate {
    public static final String PREFIX = "may:";

    private RoleGate() {
    }

    /** Hides every control under {@code root} whose action {@code may} refuses. */
    public static void apply(Parent root, Predicate<Action> may) {
        walk(root, may);
    }

    private static void walk(Node n, Predicate<Action> may) {
        gate(n, may);
        if (n instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> items(m, may));
        }
        if (n instanceof MenuButton b) {
            items(b.getItems(), may);
        }
        if (n instanceof ToolBar t) {
            t.getItems().forEach(c -> walk(c, may));
        }
        if (n instanceof TabPane tp) {
            for (Tab t : tp.getTabs()) {
                if (t.getContent() != null) {
                    walk(t.getContent(), may);
                }
            }
        }
        if (n instanceof ScrollPane sp && sp.getContent() != null) {
            walk(sp.getContent(), may);
        }
        if (n instanceof TitledPane tp && tp.getContent() != null) {
            walk(tp.getContent(), may);
        }
        if (n instanceof SplitPane sp) {
            sp.getItems().forEach(c -> walk(c, may));
        }
        if (n instanceof Parent p && !(n instanceof ToolBar) && !(n instanceof SplitPane)) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, may));
        }
    }

    private static void items(Menu m, Predicate<Action> may) {
        gate(m, may);
        items(m.getItems(), may);
    }

    private static void items(List<MenuItem> items, Predicate<Action> may) {
        for (MenuItem i : items) {
            if (i instanceof Menu sub) {
                items(sub, may);
            } else {
                gate(i, may);
            }
        }
    }

    private static void gate(Node n, Predicate<Action> may) {
        action(n.getUserData()).filter(a -> !may.test(a)).ifPresent(a -> {
            if (!n.visibleProperty().isBound()) {
                n.setVisible(false);
            }
            if (!n.managedProperty().isBound()) {
                n.setManaged(false);
            }
            if (!n.disableProperty().isBound()) {
                n.setDisable(true);
            }
        });
    }

    private static void gate(MenuItem i, Predicate<Action> may) {
        action(i.getUserData()).filter(a -> !may.test(a)).ifPresent(a -> {
            if (!i.visibleProperty().isBound()) {
                i.setVisible(false);
            }
            if (!i.disableProperty().isBound()) {
                i.setDisable(true);
            }
        });
    }

    static java.util.Optional<Action> action(Object userData) {
        if (userData instanceof String s && s.startsWith(PREFIX)) {
            return java.util.Optional.of(Action.valueOf(s.substring(PREFIX.length())));
        }
        return java.util.Optional.empty();
    }
}
