package cn.hazedesk.ui.common;

import cn.hazedesk.i18n.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.Supplier;

/** Alerts owned by the main window, with buttons in the user's language. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String header, String content) {
        ButtonType yes = new ButtonType(messages.get("dialog.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, header, content, yes, no);
        // the safe answer is the default: Enter does not delete anything
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(no)).setDefaultButton(true);
        Optional<ButtonType> answer = a.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }

    @Override
    public boolean ask(String title, String header, String content, String yes, String no) {
        ButtonType first = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType second = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.WARNING, title, header, content, first, second);
        a.getDialogPane().setPrefWidth(620);
        Optional<ButtonType> answer = a.showAndWait();
        return answer.isPresent() && answer.get() == first;
    }

    @Override
    public void info(String title, String header, String content) {
        alert(Alert.AlertType.INFORMATION, title, header, content,
                new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE)).showAndWait();
    }

    @Override
    public void error(String title, String header, String content) {
        alert(Alert.AlertType.ERROR, title, header, content,
                new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE)).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content, ButtonType... buttons) {
        Alert a = new Alert(type, content, buttons);
        Window w = owner.get();
        if (w != null) {
            a.initOwner(w);
        }
        a.setTitle(title);
        a.setHeaderText(header);
        a.getDialogPane().setMinWidth(420);
        return a;
    }
}
