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
}
