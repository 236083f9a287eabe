package cn.hazedesk.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Keeps the user's place in a table while its rows are put in anew (a reload, another seat's change): the rows chosen
 * (by their key, such as an id) and the first row in view are the same afterwards, as far as they are still there.
 */
public final class TablePlace {
    private TablePlace() {
    }

    /** {@code replacing} is true while the table's rows are being replaced. */
    public static <T> void keep(TableView<T> table, ObservableBooleanValue replacing, Function<T, Object> key) {
        Set<Object> chosen = new HashSet<>();
        Object[] focused = {null};
        int[] first = {-1};
        replacing.addListener((o, was, now) -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
            if (now) {
                chosen.clear();
                table.getSelectionModel().getSelectedItems().forEach(r -> chosen.add(key.apply(r)));
                T f = table.getFocusModel().getFocusedItem();
                focused[0] = f == null ? null : key.apply(f);
                first[0] = flow == null || flow.getFirstVisibleCell() == null ? -1 : flow.getFirstVisibleCell().getIndex();
                return;
            }
            restore(table, chosen, focused[0], key);
            if (flow != null && first[0] >= 0 && !table.getItems().isEmpty()) {
                flow.scrollToTop(Math.min(first[0], table.getItems().size() - 1));
            }
        });
    }

    private static <T> void restore(TableView<T> table, Set<Object> chosen, Object focused, Function<T, Object> key) {
        if (chosen.isEmpty()) {
            return;
        }
        List<Integer> rows = new ArrayList<>();
        int focus = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            Object k = key.apply(table.getItems().get(i));
            if (chosen.contains(k)) {
                rows.add(i);
            }
            if (k.equals(focused)) {
                focus = i;
            }
        }
        boolean same = table.getSelectionModel().getSelectedIndices().equals(rows);
        if (!same) {
            table.getSelectionModel().clearSelection();
            rows.forEach(table.getSelectionModel()::select);
        }
        if (focus >= 0) {
            table.getFocusModel().focus(focus);
        }
    }
}
