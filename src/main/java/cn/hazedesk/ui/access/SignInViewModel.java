package cn.hazedesk.ui.access;

import cn.hazedesk.application.AccountService;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.OutcomeText;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Signing in (docs/access.md): the first start of a data folder creates its administrator; later starts ask for a
 * name and password; a first password is changed before anything else; a window locked after being idle asks the
 * same user's password again (or lets another user sign in, a handover). Hashing and the database work run in the
 * background; the password fields are cleared after each try. At start the form shows while the data folder is still
 * opening: it asks for a name and password at once, and a 登录 pressed before the folder is open waits for it (the form
 * disabled, saying so) and then checks the password; a folder without an administrator turns the form into the first
 * administrator's.
 */
public final class SignInViewModel {
    /** What the window asks for. */
    public enum Mode { CHECKING, FIRST_ADMINISTRATOR, SIGN_IN, CHANGE_PASSWORD, UNLOCK }

    private final Messages messages;
    private final TaskRunner tasks;
    /** The data folder's accounts; may wait for the folder to open, so called only in the background. */
    private final Supplier<AccountService> accounts;
    private final OutcomeText refusals;
    private final Consumer<Actor> signedIn;
    private final String lockedUser;
    private boolean failedOnce;

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.CHECKING);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** 登录 was pressed while the data folder was still opening: the password is checked once it is open. */
    private final BooleanProperty waiting = new SimpleBooleanProperty(false);

    /** {@code lockedUser}: the user whose idle window is locked (null at start). */
    public SignInViewModel(Messages messages, TaskRunner tasks, AccountService accounts, String lockedUser,
                           Consumer<Actor> signedIn) {
        this(messages, tasks, () -> accounts, lockedUser, signedIn);
    }

    /**
     * At start, before the data folder is open: {@code accounts} waits for the opening (it is only called in the
     * background) and throws if the folder cannot be opened (the app then shows the problem instead of this form).
     */
    public SignInViewModel(Messages messages, TaskRunner tasks, Supplier<AccountService> accounts, String lockedUser,
                           Consumer<Actor> signedIn) {
        this.messages = messages;
        this.tasks = tasks;
        this.accounts = accounts;
        this.refusals = new OutcomeText(messages);
        this.lockedUser = lockedUser;
        this.signedIn = signedIn;
        if (lockedUser != null) {
            name.set(lockedUser);
        }
    }

    /**
     * Finds out whether the data folder has an administrator yet (in the background, once the folder is open); until
     * then the form asks for a name and password as for signing in.
     */
    public void start() {
        if (lockedUser != null) {
            mode.set(Mode.UNLOCK);
            return;
        }
        tasks.run(messages.get("signIn.opening"), p -> accounts.get().hasAdministrator(), has -> {
            boolean pressed = waiting.get();
            waiting.set(false);
            mode.set(has ? Mode.SIGN_IN : Mode.FIRST_ADMINISTRATOR);
            if (has && pressed) {
                signIn(); // still busy, still saying the data is opening, until the password is checked
                return;
            }
            busy.set(false);
            message.set("");
            if (pressed) {
                password.set(""); // the first administrator chooses a password: nothing typed for signing in is kept
            }
        }, e -> {
            waiting.set(false);
            failed(e);
        });
    }

    /** The default button: whatever the mode asks for. */
    public void go() {
        if (busy.get()) {
            return;
        }
        message.set("");
        switch (mode.get()) {
            case CHECKING -> waitForTheData();
            case FIRST_ADMINISTRATOR -> createAdministrator();
            case SIGN_IN, UNLOCK -> signIn();
            case CHANGE_PASSWORD -> changePassword();
            default -> { }
        }
    }

    /** 登录 before the data folder is open: said quietly, and the password checked as soon as it is open. */
    private void waitForTheData() {
        if (waiting.get()) {
            return;
        }
        waiting.set(true);
        busy.set(true);
        message.set(messages.get("signIn.opening"));
        if (failedOnce) {
            failedOnce = false;
            start(); // the last try to find out failed: try again
        }
    }

    private void createAdministrator() {
        if (!newPassword.get().equals(repeat.get())) {
            message.set(messages.get("signIn.repeatDiffers"));
            return;
        }
        char[] pw = newPassword.get().toCharArray();
        String n = name.get();
        clearPasswords();
        run(p -> accounts.get().createFirstAdministrator(n, pw), signedIn);
    }

    private void signIn() {
        String typed = password.get();
        char[] pw = typed.toCharArray();
        String n = name.get();
        password.set("");
        busy.set(true);
        tasks.run(messages.get("signIn.checking"), p -> accounts.get().signIn(n, pw), outcome -> {
            busy.set(false);
            if (outcome instanceof Outcome.Refused<AccountService.SignedIn> r) {
                message.set(refusals.refusal(r.why()));
            } else if (outcome.value().mustChangePassword()) {
                // the password just accepted stays as the current one: the user goes straight on to the new one
                // (a blank current password would be refused and counted towards the lock-out)
                password.set(typed);
                message.set(messages.get("signIn.mustChange"));
                mode.set(Mode.CHANGE_PASSWORD);
            } else {
                signedIn.accept(outcome.value().actor());
            }
        }, this::failed);
    }

    private void changePassword() {
        if (!newPassword.get().equals(repeat.get())) {
            message.set(messages.get("signIn.repeatDiffers"));
            return;
        }
        char[] old = password.get().toCharArray();
        char[] fresh = newPassword.get().toCharArray();
        String n = name.get();
        clearPasswords();
        run(p -> accounts.get().changePassword(n, old, fresh), signedIn);
    }

    private void run(cn.hazedesk.ui.common.Work<Outcome<Actor>> work, Consumer<Actor> then) {
        busy.set(true);
        tasks.run(messages.get("signIn.checking"), work, outcome -> {
            busy.set(false);
            if (outcome instanceof Outcome.Refused<Actor> r) {
                message.set(refusals.refusal(r.why()));
            } else {
                then.accept(outcome.value());
            }
        }, this::failed);
    }

    private void failed(Throwable e) {
        failedOnce = mode.get() == Mode.CHECKING;
        busy.set(false);
        message.set(messages.get("signIn.failed"));
    }

    private void clearPasswords() {
        password.set("");
        newPassword.set("");
        repeat.set("");
    }

    public String heading(Mode m) {
        return switch (m) {
            case CHECKING, SIGN_IN -> messages.get("signIn.heading");
            case FIRST_ADMINISTRATOR -> messages.get("signIn.firstHeading");
            case CHANGE_PASSWORD -> messages.get("signIn.changeHeading");
            case UNLOCK -> messages.get("signIn.unlockHeading", lockedUser);
        };
    }

    public String explanation(Mode m) {
        return switch (m) {
            case CHECKING, SIGN_IN -> "";
            case FIRST_ADMINISTRATOR -> messages.get("signIn.firstExplanation", accounts.get().policy().minPasswordLength());
            case CHANGE_PASSWORD -> messages.get("signIn.changeExplanation", accounts.get().policy().minPasswordLength());
            case UNLOCK -> messages.get("signIn.unlockExplanation");
        };
    }

    public String passwordLabel(Mode m) {
        return messages.get(m == Mode.CHANGE_PASSWORD ? "signIn.currentPassword" : "signIn.password");
    }

    public String action(Mode m) {
        return switch (m) {
            case FIRST_ADMINISTRATOR -> messages.get("signIn.create");
            case CHANGE_PASSWORD -> messages.get("signIn.change");
            default -> messages.get("signIn.go");
        };
    }

    public ObjectProperty<Mode> modeProperty() { return mode; }
    public StringProperty nameProperty() { return name; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty newPasswordProperty() { return newPassword; }
    public StringProperty repeatProperty() { return repeat; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty waitingProperty() { return waiting; }
    public boolean unlocking() { return lockedUser != null; }
}
