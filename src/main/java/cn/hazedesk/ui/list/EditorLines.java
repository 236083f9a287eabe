package cn.hazedesk.ui.list;

import cn.hazedesk.ui.common.UndoStack;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;

/** The enterprise editor's undoable adding and removing of production lines. */
final class EditorLines {
    private EditorLines() {
    }

    /** Adds {@code m} at the end and selects it. */
    static void add(ObservableList<LineEditModel> lines, ObjectProperty<LineEditModel> selectedLine, UndoStack undo,
                    LineEditModel m) {
        int at = lines.size();
        lines.add(m);
        selectedLine.set(m);
        undo.push(new UndoStack.Edit() {
            @Override
            public void undo() {
                lines.remove(m);
                selectedLine.set(lines.isEmpty() ? null : lines.get(Math.max(0, at - 1)));
            }

            @Override
            public void redo() {
                lines.add(at, m);
                selectedLine.set(m);
            }
        });
    }

    /** Removes the selected line, if any, and selects its neighbour. */
    static void removeSelected(ObservableList<LineEditModel> lines, ObjectProperty<LineEditModel> selectedLine, UndoStack undo) {
        LineEditModel m = selectedLine.get();
        if (m == null) {
            return;
        }
        int at = lines.indexOf(m);
        lines.remove(m);
        selectedLine.set(lines.isEmpty() ? null : lines.get(Math.min(at, lines.size() - 1)));
        undo.push(new UndoStack.Edit() {
            @Override
            public void undo() {
                lines.add(at, m);
                selectedLine.set(m);
            }

            @Override
            public void redo() {
                lines.remove(m);
                selectedLine.set(lines.isEmpty() ? null : lines.get(Math.min(at, lines.size() - 1)));
            }
        });
    }
}
