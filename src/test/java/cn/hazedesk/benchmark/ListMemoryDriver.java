package cn.hazedesk.benchmark;

import cn.hazedesk.app.Launcher;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The user of {@link ListMemoryBenchmarkTest}, inside the app's own JVM: starts HazeDesk as its launcher does
 * ({@link Launcher#main}) and, on a thread of its own, works its windows through the scene graph on the JavaFX thread
 * as a user would: signs in, opens the list, waits until every enterprise is in the table and the list's check is
 * shown, scrolls, selects an enterprise, filters and clears, idles. Writes each step with its seconds since the start
 * to the report file (args[0]), then "done" (or "FAILED ..."). Arguments: report, enterprises, user, password, then
 * the app's own.
 */
public final class ListMemoryDriver {
    private static final long START = System.nanoTime();

    private ListMemoryDriver() {
    }

    public static void main(String[] args) {
        Path report = Path.of(args[0]);
        int enterprises = Integer.parseInt(args[1]);
        String user = args[2];
        String password = args[3];
        String[] app = java.util.Arrays.copyOfRange(args, 4, args.length);
        Thread driver = new Thread(() -> {
            try {
                drive(report, enterprises, user, password);
                step(report, "done");
            } catch (Throwable t) {
                step(report, "FAILED " + t);
                t.printStackTrace();
            }
        }, "list-memory-driver");
        driver.setDaemon(true);
        driver.start();
        Launcher.main(app);
    }

    private static void drive(Path report, int enterprises, String user, String password) throws Exception {
        waitFor(120, () -> find("sign-in-go").isPresent());
        fx(() -> {
            ((TextField) find("sign-in-name").orElseThrow()).setText(user);
            ((TextField) find("sign-in-password").orElseThrow()).setText(password);
            ((Button) find("sign-in-go").orElseThrow()).fire();
            return null;
        });
        waitFor(120, () -> find("navList").isPresent());
        step(report, "signed in");
        Thread.sleep(1000);
        fx(() -> {
            ((ToggleButton) find("navList").orElseThrow()).fire();
            return null;
        });
        try {
            waitFor(180, () -> find("enterprise-table").map(t -> ((TableView<?>) t).getItems().size() >= enterprises)
                    .orElse(false));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + " for the table: " + fx(() -> find("enterprise-table")
                    .map(t -> ((TableView<?>) t).getItems().size() + " rows").orElse("no table")), e);
        }
        step(report, "every enterprise in the table");
        // the list's check (before orders) runs after the load and names what needs a look above the table
        waitFor(180, () -> find("list-checks").map(l -> !((Labeled) l).getText().isEmpty()).orElse(false));
        step(report, "the list's check shown");
        for (int i = 0; i <= 10; i++) {
            int row = enterprises * i / 10;
            fx(() -> {
                table().scrollTo(Math.min(row, enterprises - 1));
                return null;
            });
            Thread.sleep(150);
        }
        fx(() -> {
            TableView<?> t = table();
            t.scrollTo(0);
            t.getSelectionModel().select(3);
            return null;
        });
        Thread.sleep(1000);
        TextField filter = (TextField) fx(() -> find("list-filter").orElseThrow());
        for (String query : new String[] {"焦化", "91640205MA7", "宏鑫"}) {
            for (int i = 1; i <= query.length(); i++) {
                String text = query.substring(0, i);
                fx(() -> {
                    filter.setText(text);
                    return null;
                });
                Thread.sleep(100);
            }
            fx(() -> {
                filter.setText("");
                return null;
            });
            Thread.sleep(300);
        }
        step(report, "scrolled, selected, filtered");
        Thread.sleep(3000);
        String workbook = System.getProperty("listmemory.import");
        if (workbook != null) {
            importInTheWindow(report, Path.of(workbook), enterprises);
        }
    }

    /**
     * A whole-list workbook dropped onto the list (as a user drags it there; the file dialog has no headless
     * stand-in), imported from the import dialog's preview (merge), the dialog closed, the list reloaded.
     */
    private static void importInTheWindow(Path report, Path workbook, int enterprises) throws Exception {
        fx(() -> {
            Class.forName(javafx.scene.input.Dragboard.class.getName(), true, ListMemoryDriver.class.getClassLoader());
            javafx.scene.input.Dragboard board = com.sun.javafx.scene.input.DragboardHelper.createDragboard(files(workbook));
            com.sun.javafx.scene.input.DragboardHelper.setDataAccessRestriction(board, false);
            javafx.event.Event.fireEvent(find("page-list").orElseThrow(), new javafx.scene.input.DragEvent(
                    javafx.scene.input.DragEvent.DRAG_DROPPED, board, 10, 10, 10, 10,
                    javafx.scene.input.TransferMode.COPY, null, null, null));
            return null;
        });
        waitFor(600, () -> find("import-commit").map(b -> b.isVisible() && !b.isDisabled()).orElse(false));
        step(report, "import preview shown");
        fx(() -> {
            ((Button) find("import-commit").orElseThrow()).fire();
            return null;
        });
        waitFor(900, () -> find("import-outcome").map(l -> l.isVisible() && !((Labeled) l).getText().isEmpty())
                .orElse(false));
        String outcome = fx(() -> ((Labeled) find("import-outcome").orElseThrow()).getText()).replace('\n', ' ');
        step(report, "imported: " + outcome);
        fx(() -> {
            ((Button) find("import-close").orElseThrow()).fire();
            return null;
        });
        try {
            waitFor(120, () -> find("enterprise-table").map(t -> ((TableView<?>) t).getItems().size() > enterprises)
                    .orElse(false));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("the list did not grow after the import: " + outcome, e);
        }
        step(report, "the list reloaded with " + fx(() -> table().getItems().size()) + " enterprises");
        Thread.sleep(3000);
    }

    /** A drag's content: the one workbook, as a file manager hands it over. */
    private static com.sun.javafx.tk.TKClipboard files(Path workbook) {
        java.util.List<java.io.File> list = java.util.List.of(workbook.toFile());
        return (com.sun.javafx.tk.TKClipboard) java.lang.reflect.Proxy.newProxyInstance(
                ListMemoryDriver.class.getClassLoader(), new Class<?>[] {com.sun.javafx.tk.TKClipboard.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getContentTypes" -> java.util.Set.of(javafx.scene.input.DataFormat.FILES);
                    case "getContent" -> javafx.scene.input.DataFormat.FILES.equals(args[0]) ? list : null;
                    case "hasContent" -> javafx.scene.input.DataFormat.FILES.equals(args[0]);
                    case "getTransferModes" -> java.util.Set.of(javafx.scene.input.TransferMode.COPY);
                    case "putContent" -> false;
                    case "getDragViewOffsetX", "getDragViewOffsetY" -> 0.0;
                    default -> null;
                });
    }

    /** The list's table; on the JavaFX thread only. */
    private static TableView<?> table() {
        return (TableView<?>) find("enterprise-table").orElseThrow();
    }

    /** The node with this id in any showing window; on the JavaFX thread only. */
    private static Optional<Node> find(String id) {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                Node n = w.getScene().lookup("#" + id);
                if (n != null) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            try {
                BooleanSupplier test = () -> {
                    try {
                        return fx(condition);
                    } catch (Exception e) {
                        return false;
                    }
                };
                if (test.getAsBoolean()) {
                    return;
                }
            } catch (IllegalStateException notStarted) {
                // the toolkit is not up yet
            }
            if (System.nanoTime() > end) {
                throw new IllegalStateException("waited " + seconds + " s in vain");
            }
            Thread.sleep(100);
        }
    }

    private static void step(Path report, String what) {
        try {
            Files.writeString(report, String.format(java.util.Locale.ROOT, "%.1f s %s%n",
                    (System.nanoTime() - START) / 1e9, what), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
