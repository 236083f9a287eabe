package cn.hazedesk.ui.common;

import cn.hazedesk.i18n.Messages;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Every error nobody else handled: logged in full, then shown in a dialog that says what happened, where the
 * log is, and offers "copy details" for a report.
 */
public final class ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private final Messages messages;
    private final Supplier<Window> owner;
    private final Path logFolder;

    public ErrorReporter(Messages messages, Supplier<Window> owner, Path logFolder) {
        this.messages = messages;
        this.owner = owner;
        this.logFolder = logFolder;
    }

    /** Routes uncaught exceptions of every thread (the JavaFX thread included) here. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> report(e));
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> report(e));
        }
    }

    public void report(Throwable error) {
        cn.hazedesk.application.AccessDenied denied = accessDenied(error);
        if (denied != null) {
            // not a failure: the service refused who asked, and wrote nothing; the refusal in words, no details
            LOG.info("Refused: {}", denied.getMessage());
            Runnable show = () -> {
                Alert a = new Alert(Alert.AlertType.WARNING, new cn.hazedesk.i18n.OutcomeText(messages)
                        .refusal(denied.refusal()), new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
                Window w = owner.get();
                if (w != null) {
                    a.initOwner(w);
                }
                a.setTitle(messages.get("accessRefused.title"));
                a.setHeaderText(messages.get("accessRefused.header"));
                a.show();
            };
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
            return;
        }
        LOG.error("Unhandled error", error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private static cn.hazedesk.application.AccessDenied accessDenied(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof cn.hazedesk.application.AccessDenied d) {
                return d;
            }
        }
        return null;
    }

    public static String details(Throwable error) {
        StringWriter w = new StringWriter();
        error.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    private void show(Throwable error) {
        String storage = new cn.hazedesk.i18n.StorageText(messages).describeAny(error, logFolder.getParent());
        if (storage != null) {
            // a full disk, a read-only folder, a closed database: what to do, in a sentence
            Alert a = new Alert(Alert.AlertType.ERROR, storage, new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
            Window w = owner.get();
            if (w != null) {
                a.initOwner(w);
            }
            a.setTitle(messages.get("error.title"));
            a.setHeaderText(messages.get("error.header"));
            a.getDialogPane().setPrefWidth(560);
            a.show();
            return;
        }
        ButtonType copy = new ButtonType(messages.get("error.copyDetails"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.ERROR, "", copy, close);
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.setTitle(messages.get("error.title"));
        a.setHeaderText(messages.get("error.header"));
        String text = details(error);
        Label what = new Label(messages.get("error.what", String.valueOf(error.getMessage()), logFolder.toString()));
        what.setWrapText(true);
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(12);
        VBox.setVgrow(area, Priority.ALWAYS);
        a.getDialogPane().setContent(new VBox(8, what, area));
        a.getDialogPane().setPrefWidth(640);
        Button copyButton = (Button) a.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(text);
            Clipboard.getSystemClipboard().setContent(c);
            copyButton.setText(messages.get("error.copied"));
            e.consume(); // keep the dialog open
        });
        a.show();
    }
}
