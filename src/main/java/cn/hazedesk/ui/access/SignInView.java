package cn.hazedesk.ui.access;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** Controller of fxml/access/SignIn.fxml: the fields each mode of {@link SignInViewModel} asks for. */
public final class SignInView {
    private final SignInViewModel vm;
    private final Runnable onQuit;

    @FXML private Label heading;
    @FXML private Label explanation;
    @FXML private Label nameLabel;
    @FXML private TextField name;
    @FXML private Label passwordLabel;
    @FXML private PasswordField password;
    @FXML private Label newPasswordLabel;
    @FXML private PasswordField newPassword;
    @FXML private Label repeatLabel;
    @FXML private PasswordField repeat;
    @FXML private Label message;
    @FXML private ProgressIndicator busy;
    @FXML private Button quit;
    @FXML private Button go;

    public SignInView(SignInViewModel vm, Runnable quit) {
        this.vm = vm;
        this.onQuit = quit;
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(vm.nameProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        newPassword.textProperty().bindBidirectional(vm.newPasswordProperty());
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        message.textProperty().bind(vm.messageProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        go.disableProperty().bind(vm.busyProperty());
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.heading(vm.modeProperty().get()), vm.modeProperty()));
        explanation.textProperty().bind(Bindings.createStringBinding(() -> vm.explanation(vm.modeProperty().get()), vm.modeProperty()));
        go.textProperty().bind(Bindings.createStringBinding(() -> vm.action(vm.modeProperty().get()), vm.modeProperty()));
        BooleanBinding first = is(SignInViewModel.Mode.FIRST_ADMINISTRATOR);
        BooleanBinding change = is(SignInViewModel.Mode.CHANGE_PASSWORD);
        // while the data folder opens (CHECKING) the form asks what signing in asks
        BooleanBinding signIn = is(SignInViewModel.Mode.SIGN_IN).or(is(SignInViewModel.Mode.CHECKING));
        BooleanBinding asksOld = signIn.or(is(SignInViewModel.Mode.UNLOCK)).or(change);
        show(nameLabel, name, Bindings.createBooleanBinding(() -> true));
        name.editableProperty().bind(first.or(signIn));
        name.disableProperty().bind(vm.waitingProperty());
        password.disableProperty().bind(vm.waitingProperty());
        show(passwordLabel, password, asksOld);
        show(newPasswordLabel, newPassword, first.or(change));
        show(repeatLabel, repeat, first.or(change));
        passwordLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.passwordLabel(vm.modeProperty().get()),
                vm.modeProperty()));
        vm.modeProperty().addListener((o, a, b) -> Platform.runLater(() -> {
            focus();
            fit();
        }));
        vm.start();
        Platform.runLater(this::focus);
    }

    /** The window takes the size the mode's fields need (each mode shows other fields and words). */
    private void fit() {
        if (heading.getScene() != null && heading.getScene().getWindow() instanceof javafx.stage.Stage st
                && heading.getScene().getRoot() == root()) {
            st.sizeToScene();
        }
    }

    private javafx.scene.Parent root() {
        javafx.scene.Parent p = heading.getParent();
        while (p != null && !"sign-in".equals(p.getId())) {
            p = p.getParent();
        }
        return p;
    }

    private void focus() {
        switch (vm.modeProperty().get()) {
            case FIRST_ADMINISTRATOR -> (name.getText().isEmpty() ? name : newPassword).requestFocus();
            case CHANGE_PASSWORD -> newPassword.requestFocus();
            case SIGN_IN, CHECKING -> (name.getText().isEmpty() ? name : password).requestFocus();
            case UNLOCK -> password.requestFocus();
            default -> { }
        }
    }

    private BooleanBinding is(SignInViewModel.Mode m) {
        return Bindings.createBooleanBinding(() -> vm.modeProperty().get() == m, vm.modeProperty());
    }

    private static void show(Node label, Node field, BooleanBinding when) {
        for (Node n : new Node[]{label, field}) {
            n.visibleProperty().bind(when);
            n.managedProperty().bind(when);
        }
    }

    @FXML private void go() { vm.go(); }
    @FXML private void quit() { onQuit.run(); }
}
