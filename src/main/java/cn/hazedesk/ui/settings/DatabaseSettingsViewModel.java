package cn.hazedesk.ui.settings;

import cn.hazedesk.application.AccessDenied;
import cn.hazedesk.application.DatabaseSettingsService;
import cn.hazedesk.application.ServerCheck;
import cn.hazedesk.application.ServerChoice;
import cn.hazedesk.application.WordedProblem;
import cn.hazedesk.application.port.ServerConnections.CopyReport;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.ServerText;
import cn.hazedesk.i18n.StorageText;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * 数据库设置 (administrators only): the data folder's own file or a shared PostgreSQL server from the next start.
 * 测试连接 runs in the background and says what happened; 保存 is possible only after a successful test of exactly
 * the values shown (any change asks for a new test). From the same window, this folder's data is copied to a server
 * tested empty, with progress, a confirmation first, the verified counts at the end and an offer to switch to it.
 */
public final class DatabaseSettingsViewModel {
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final DatabaseSettingsService service;
    private final Supplier<Actor> actor;
    private final ServerText words;
    private final StorageText storage;
    private final Path dataFolder;

    private final BooleanProperty shared = new SimpleBooleanProperty(false);
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerChoice.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("hazedesk");
    private final StringProperty user = new SimpleStringProperty("hazedesk");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty tls = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** The last test of the values shown; cleared by any change of them. */
    private final ObjectProperty<ServerCheck> tested = new SimpleObjectProperty<>();
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty resultOk = new SimpleBooleanProperty(false);
    private final StringProperty copyResult = new SimpleStringProperty("");
    private final DoubleProperty copyProgress = new SimpleDoubleProperty(0);
    private final BooleanProperty copying = new SimpleBooleanProperty(false);
    private final BooleanBinding canSave;
    private final BooleanBinding canCopy;

    public DatabaseSettingsViewModel(Messages messages, TaskRunner tasks, DialogService dialogs,
                                     DatabaseSettingsService service, Supplier<Actor> actor, Path dataFolder) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        this.actor = actor;
        this.dataFolder = dataFolder;
        this.words = new ServerText(messages);
        this.storage = new StorageText(messages);
        service.current(actor.get()).ifPresent(c -> {
            shared.set(true);
            host.set(c.host());
            port.set(String.valueOf(c.port()));
            database.set(c.database());
            user.set(c.user());
            tls.set(c.tlsRequired());
        });
        for (ObservableValue<?> v : new ObservableValue<?>[]{shared, host, port, database, user, password, tls}) {
            v.addListener((o, was, now) -> {
                if (tested.get() != null) {
                    tested.set(null);
                    result.set(messages.get("dbsettings.untested"));
                    resultOk.set(false);
                }
            });
        }
        canSave = Bindings.createBooleanBinding(() -> !busy.get()
                        && (!shared.get() || (tested.get() != null && tested.get().usable())), busy, shared, tested);
        canCopy = Bindings.createBooleanBinding(() -> !busy.get() && shared.get() && !service.sharedNow()
                && tested.get() != null && tested.get().outcome() == ServerCheck.Outcome.EMPTY, busy, shared, tested);
        result.set(messages.get("dbsettings.untested"));
    }

    /** What this run works on: the data folder's own file, or the server. */
    public String currentText() {
        return service.sharedNow() ? messages.get("dbsettings.current.server", service.current(actor.get())
                .map(ServerChoice::describe).orElse("?")) : messages.get("dbsettings.current.local", dataFolder.toString());
    }

    /** The copy is offered only on a seat that works on its own file. */
    public String copyNote() {
        return service.sharedNow() ? messages.get("dbsettings.copy.sharedNow") : messages.get("dbsettings.copy.needsEmpty");
    }

    /** The values as a choice, or empty with the reason shown when one of them cannot be used. */
    private Optional<ServerChoice> choice() {
        try {
            return Optional.of(new ServerChoice(host.get(), ServerChoice.port(port.get()), database.get(), user.get(),
                    password.get(), tls.get()));
        } catch (ServerChoice.Invalid e) {
            result.set(messages.get(e.key(), e.argument()));
            resultOk.set(false);
            return Optional.empty();
        }
    }

    /** 测试连接, in the background; the result in words. */
    public void test() {
        if (busy.get() || !shared.get()) {
            return;
        }
        Optional<ServerChoice> c = choice();
        if (c.isEmpty()) {
            return;
        }
        busy.set(true);
        result.set(messages.get("dbsettings.testing", c.get().describe()));
        resultOk.set(false);
        tasks.run(messages.get("task.database.test"), p -> service.test(actor.get(), c.get()), check -> {
            busy.set(false);
            result.set(words.check(check));
            resultOk.set(check.usable());
            tested.set(check);
        }, e -> {
            busy.set(false);
            result.set(problem(e));
        });
    }

    /** 保存: the choice for the next start (a server only as tested); says that it takes effect then. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        boolean server = shared.get();
        ServerChoice c = server ? tested.get().choice() : null;
        busy.set(true);
        tasks.run(messages.get("dbsettings.title"), p -> {
            if (server) {
                service.useServer(actor.get(), c);
            } else {
                service.useLocalFile(actor.get());
            }
            return server;
        }, done -> {
            busy.set(false);
            dialogs.info(messages.get("dbsettings.title"), messages.get("dbsettings.title"),
                    server ? messages.get("dbsettings.saved.server", c.describe()) : messages.get("dbsettings.saved.local"));
        }, e -> {
            busy.set(false);
            result.set(problem(e));
            resultOk.set(false);
        });
    }

    /** Copies this folder's data to the server tested empty, after a confirmation; then offers to switch to it. */
    public void copy() {
        if (!canCopy.get()) {
            return;
        }
        ServerCheck before = tested.get();
        ServerChoice target = before.choice();
        if (!dialogs.confirm(messages.get("dbsettings.copy.title"), messages.get("dbsettings.copy.confirm.header",
                target.describe()), messages.get("dbsettings.copy.confirm.content"))) {
            return;
        }
        busy.set(true);
        copying.set(true);
        copyProgress.set(-1);
        copyResult.set("");
        tasks.run(messages.get("task.database.copy"), p -> service.copy(actor.get(), target, (done, total, what) -> {
            p.progress(done, total, messages.get("dbsettings.copy.running", what));
            javafx.application.Platform.runLater(() -> copyProgress.set(total > 0 ? (double) done / total : -1));
        }), report -> {
            busy.set(false);
            copying.set(false);
            copyProgress.set(1);
            copyResult.set(copied(report));
            // the database holds this folder's data now: what a test would find, shown and kept as the tested state
            ServerCheck now = new ServerCheck(target, ServerCheck.Outcome.HAZEDESK, before.serverVersion(),
                    before.encrypted(), report.schemaVersion(), "");
            tested.set(now);
            result.set(words.check(now));
            resultOk.set(true);
            if (dialogs.confirm(messages.get("dbsettings.copy.title"), messages.get("dbsettings.copy.switch.header",
                    target.describe()), messages.get("dbsettings.copy.switch.content"))) {
                save(); // the server chosen and tested (the copy made it HazeDesk's): saved as any tested choice
            }
        }, e -> {
            busy.set(false);
            copying.set(false);
            copyProgress.set(0);
            copyResult.set(messages.get("dbsettings.copy.failed", problem(e)));
        });
    }

    private String copied(CopyReport r) {
        StringBuilder b = new StringBuilder(messages.get("dbsettings.copy.done", String.valueOf(r.rows().size()),
                String.valueOf(r.total()), String.valueOf(r.audit().records()),
                messages.get(r.audit().whole() ? "dbsettings.chain.whole" : "dbsettings.chain.broken")));
        for (Map.Entry<String, Integer> e : r.rows().entrySet()) {
            if (e.getValue() > 0) {
                b.append('\n').append(messages.get("dbsettings.copy.table", e.getKey(), String.valueOf(e.getValue())));
            }
        }
        return b.toString();
    }

    private String problem(Throwable e) {
        if (e instanceof WordedProblem w) {
            return messages.get(w.key(), w.argument());
        }
        if (e instanceof AccessDenied d) {
            return new cn.hazedesk.i18n.OutcomeText(messages).refusal(d.refusal());
        }
        return Optional.ofNullable(storage.describeAny(e, dataFolder)).orElse(String.valueOf(e.getMessage()));
    }

    public BooleanProperty sharedProperty() { return shared; }
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty userProperty() { return user; }
    public StringProperty passwordProperty() { return password; }
    public BooleanProperty tlsProperty() { return tls; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty resultProperty() { return result; }
    public BooleanProperty resultOkProperty() { return resultOk; }
    public StringProperty copyResultProperty() { return copyResult; }
    public DoubleProperty copyProgressProperty() { return copyProgress; }
    public BooleanProperty copyingProperty() { return copying; }
    public BooleanBinding canSaveProperty() { return canSave; }
    public BooleanBinding canCopyProperty() { return canCopy; }
}
