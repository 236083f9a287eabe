package cn.hazedesk.ui.access;

import cn.hazedesk.application.AccountService;
import cn.hazedesk.domain.access.Account;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.domain.access.Role;
import cn.hazedesk.domain.access.Scope;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.OutcomeText;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Supplier;

/**
 * The administrator's user list (docs/access.md): every user with role, scope and state; add a user with a role, a
 * scope and a first password (to be changed at first sign-in); disable, enable, reset a password. Refusals are
 * worded in the user's language; every change is an audit record made by the service.
 */
public final class UsersViewModel {
    /** A row of the table. */
    public record Row(String name, String role, String scope, String state, Account account) {
    }

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final AccountService accounts;
    private final RegionCatalog regions;
    private final Supplier<Actor> actor;
    private final OutcomeText refusals;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Role>> roleChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Scope>> scopeChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Role>> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Scope>> scope = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    public UsersViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, AccountService accounts,
                          RegionCatalog regions, Supplier<Actor> actor) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.accounts = accounts;
        this.regions = regions;
        this.actor = actor;
        this.refusals = new OutcomeText(messages);
        for (Role r : accounts.roles().all()) {
            roleChoices.add(new Choice<>(roleName(r.key()), r));
        }
        scopeChoices.add(new Choice<>(regions.city().name(), Scope.CITY));
        for (Region d : regions.districts()) {
            scopeChoices.add(new Choice<>(d.name(), Scope.district(d.code())));
        }
        scope.set(scopeChoices.get(0));
    }

    public void refresh() {
        tasks.run(messages.get("users.loading"), p -> accounts.users(), list -> rows.setAll(list.stream().map(this::row).toList()));
    }

    private Row row(Account a) {
        String state = a.disabled() ? messages.get("users.state.disabled")
                : a.mustChange() ? messages.get("users.state.firstPassword") : messages.get("users.state.active");
        return new Row(a.name(), roleName(a.roleKey()), scopeName(a.scope()), state, a);
    }

    private String roleName(String key) {
        return messages.has("role." + key) ? messages.get("role." + key) : key;
    }

    private String scopeName(Scope s) {
        return s.city() ? regions.city().name() : regions.byCode(s.districtCode()).map(Region::name).orElse(s.districtCode());
    }

    public void add() {
        message.set("");
        if (role.get() == null) {
            message.set(messages.get("users.chooseRole"));
            return;
        }
        if (!password.get().equals(repeat.get())) {
            message.set(messages.get("signIn.repeatDiffers"));
            return;
        }
        char[] pw = password.get().toCharArray();
        String n = name.get();
        String r = role.get().value().key();
        Scope s = scope.get() == null ? Scope.CITY : scope.get().value();
        password.set("");
        repeat.set("");
        done(tasks, p -> accounts.addUser(actor.get(), n, r, s, pw), () -> {
            name.set("");
            message.set(messages.get("users.added", n));
        });
    }

    public void setDisabled(boolean disabled) {
        Row r = selected.get();
        if (r == null) {
            return;
        }
        if (disabled && !dialogs.confirm(messages.get("users.title"), messages.get("users.disableHeader", r.name()),
                messages.get("users.disableContent"))) {
            return;
        }
        done(tasks, p -> accounts.setDisabled(actor.get(), r.name(), disabled), () -> message.set(""));
    }

    /** A new first password for the selected user, typed into the add form's password fields. */
    public void reset() {
        Row r = selected.get();
        if (r == null) {
            return;
        }
        if (password.get().isEmpty() || !password.get().equals(repeat.get())) {
            message.set(messages.get("users.resetNeedsPassword"));
            return;
        }
        char[] pw = password.get().toCharArray();
        password.set("");
        repeat.set("");
        done(tasks, p -> accounts.resetPassword(actor.get(), r.name(), pw), () -> message.set(messages.get("users.resetDone", r.name())));
    }

    private void done(TaskRunner t, cn.hazedesk.ui.common.Work<Outcome<Account>> work, Runnable then) {
        t.run(messages.get("users.saving"), work, outcome -> {
            if (outcome instanceof Outcome.Refused<Account> refused) {
                message.set(refusals.refusal(refused.why()));
            } else {
                then.run();
                refresh();
            }
        });
    }

    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public ObservableList<Choice<Role>> roleChoices() { return roleChoices; }
    public ObservableList<Choice<Scope>> scopeChoices() { return scopeChoices; }
    public ObjectProperty<Choice<Role>> roleProperty() { return role; }
    public ObjectProperty<Choice<Scope>> scopeProperty() { return scope; }
    public StringProperty nameProperty() { return name; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty repeatProperty() { return repeat; }
    public StringProperty messageProperty() { return message; }
    List<Row> snapshot() { return List.copyOf(rows); }
}
