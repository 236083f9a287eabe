package cn.hazedesk.app;

import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.ui.access.IdleLock;
import cn.hazedesk.ui.access.SignInView;
import cn.hazedesk.ui.access.SignInViewModel;
import cn.hazedesk.ui.access.UsersView;
import cn.hazedesk.ui.access.UsersViewModel;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Who is at the desk: the sign-in form (the first administrator of a new data folder, a user's sign-in, a first
 * password's change), the lock after idle time, 文件 → 用户…, and the signed-in user's name, role and scope in the
 * window's title and status bar.
 */
final class AccessAssembly {
    private final Screens s;
    private final AppContext ctx;
    /** The running lock of this window, stopped when another takes its place (a later lock, a restore). */
    private final AtomicReference<IdleLock> idleLock = new AtomicReference<>();

    AccessAssembly(Screens screens) {
        this.s = screens;
        this.ctx = screens.ctx;
    }

    /** The sign-in form on the stage; {@code then} gets the signed-in user, from then on the actor of every record. */
    Scene showSignIn(Consumer<Actor> then, Runnable quit) {
        SignInViewModel vm = new SignInViewModel(s.messages, s.tasks, ctx.accounts(), null, actor -> {
            ctx.setActor(actor);
            then.accept(actor);
        });
        Scene scene = Screens.scene(s.loadUnfiltered("access/SignIn.fxml", SignInView.class, () -> new SignInView(vm, quit)));
        s.stage.setTitle(s.messages.get("app.title"));
        s.stage.setScene(scene);
        return scene;
    }

    /** Locks the window after {@code idle} without input, asking the signed-in user's password again. */
    IdleLock lockWhenIdle(Duration idle) {
        IdleLock lock = new IdleLock(s.stage, idle, unlocked -> {
            SignInViewModel vm = new SignInViewModel(s.messages, s.tasks, ctx.accounts(), ctx.actor().name(),
                    actor -> unlocked.run());
            return s.loadUnfiltered("access/SignIn.fxml", SignInView.class, () -> new SignInView(vm, s.stage::close));
        });
        stopIdleLock();
        idleLock.set(lock);
        return lock.start();
    }

    void stopIdleLock() {
        IdleLock running = idleLock.getAndSet(null);
        if (running != null) {
            running.stop();
        }
    }

    /** 文件 → 用户…: administrators add, disable and reset users. */
    void showUsers() {
        Stage dialog = s.dialog("users.title");
        UsersViewModel vm = new UsersViewModel(s.messages, s.tasks, s.dialogsOver(dialog), ctx.accounts(), ctx.regions(),
                ctx::actor);
        s.show(dialog, s.load("access/Users.fxml", UsersView.class, () -> new UsersView(vm, dialog::close)));
    }

    /** 文件 → 数据库设置…: administrators choose the database of the next start and copy this folder's data to a server. */
    void showDatabaseSettings() {
        ctx.databaseSettings().mayConfigure(ctx.actor()); // the menu is hidden from others; the service refuses them too
        Stage dialog = s.dialog("dbsettings.title");
        cn.hazedesk.ui.settings.DatabaseSettingsViewModel vm = new cn.hazedesk.ui.settings.DatabaseSettingsViewModel(
                s.messages, s.tasks, s.dialogsOver(dialog), ctx.databaseSettings(), ctx::actor, ctx.store().dataFolder());
        s.show(dialog, s.load("settings/DatabaseSettings.fxml", cn.hazedesk.ui.settings.DatabaseSettingsView.class,
                () -> new cn.hazedesk.ui.settings.DatabaseSettingsView(vm, dialog::close)));
        dialog.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume(); // a test or a copy is under way
            }
        });
    }

    /** The window's title: the program and who is signed in (name, role, scope). */
    String windowTitle() {
        Actor a = ctx.actor();
        return s.messages.get("signIn.windowTitle", s.messages.get("app.title"), a.name(), roleName(a), scopeName(a));
    }

    /** Who is signed in, for the status bar: name · role · scope. */
    String signedIn() {
        Actor a = ctx.actor();
        return a.name() + " · " + roleName(a) + " · " + scopeName(a);
    }

    private String roleName(Actor a) {
        return s.messages.has("role." + a.role().key()) ? s.messages.get("role." + a.role().key()) : a.role().key();
    }

    private String scopeName(Actor a) {
        return a.scope().city() ? s.messages.get("signIn.cityScope")
                : ctx.regions().byCode(a.scope().districtCode()).map(cn.hazedesk.domain.region.Region::name)
                .orElse(a.scope().districtCode());
    }
}
