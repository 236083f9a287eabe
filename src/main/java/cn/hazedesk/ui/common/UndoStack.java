package cn.hazedesk.ui.common;

import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Undo and redo for an editor: every change of a tracked property is an edit; consecutive changes of the same
 * property (typing in one field) merge into one edit; structural changes (a line added or removed) are pushed
 * as their own edits. Bounded, so a long session cannot grow it without end.
 */
public final class UndoStack {
    /** One reversible change. */
    public interface Edit {
        void undo();

        void redo();
    }

    private static final int LIMIT = 500;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private boolean applying;
    private int suspended;
    private Property<?> open; // the property whose typing is still merging into the top edit

    /** Records every change of {@code p} from now on. */
    public <T> void track(Property<T> p) {
        p.addListener((obs, before, after) -> {
            if (applying || suspended > 0) {
                return;
            }
            if (open == p && !undo.isEmpty() && undo.peek() instanceof PropertyEdit<?> top && top.property == p) {
                @SuppressWarnings("unchecked")
                PropertyEdit<T> merge = (PropertyEdit<T>) top;
                merge.after = after;
                redo.clear();
                update();
                return;
            }
            push(new PropertyEdit<>(p, before, after));
            open = p;
        });
    }

    /** Pushes a structural edit that has already been applied. */
    public void push(Edit e) {
        undo.push(e);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        open = null;
        update();
    }

    /** Runs {@code r} without recording (loading data into the editor). */
    public void withoutRecording(Runnable r) {
        suspended++;
        try {
            r.run();
        } finally {
            suspended--;
        }
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Edit e = undo.pop();
        apply(e::undo);
        redo.push(e);
        open = null;
        update();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Edit e = redo.pop();
        apply(e::redo);
        undo.push(e);
        open = null;
        update();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        open = null;
        update();
    }

    public boolean isEmpty() {
        return undo.isEmpty();
    }

    private void apply(Runnable r) {
        applying = true;
        try {
            r.run();
        } finally {
            applying = false;
        }
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private static final class PropertyEdit<T> implements Edit {
        private final Property<T> property;
        private final T before;
        private T after;

        PropertyEdit(Property<T> property, T before, T after) {
            this.property = property;
            this.before = before;
            this.after = after;
        }

        @Override
        public void undo() {
            property.setValue(before);
        }

        @Override
        public void redo() {
            property.setValue(after);
        }
    }
}
