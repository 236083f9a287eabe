package cn.hazedesk.ui.common;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/** Table columns that show a text read off each row (the screens' tables hold immutable row records). */
public final class Columns {
    private Columns() {
    }

    public static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    }

    /** A new column titled {@code title} showing {@code value} of each row. */
    public static <R> TableColumn<R, String> text(String title, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(title);
        text(c, value);
        return c;
    }
}
