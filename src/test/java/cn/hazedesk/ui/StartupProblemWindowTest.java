package cn.hazedesk.ui;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.StartupProblems;
import cn.hazedesk.app.StartupRecovery;
import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.application.ListSummary;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.db.StoreException;
import cn.hazedesk.ui.common.Fonts;
import cn.hazedesk.ui.common.FxTaskRunner;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The window the app shows instead of its main window when the database cannot be opened: a sentence, never a stack
 * trace, the newest backup that opens, and a restore in one click that keeps the damaged file in damaged/.
 */
class StartupProblemWindowTest extends FxRobot {
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path dir;

    private FxTaskRunner tasks;
    private final List<Throwable> uncaught = new ArrayList<>();
    private AppContext opened;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) {
            tasks.close();
        }
        if (opened != null) {
            opened.close();
        }
        assertThat(uncaught).isEmpty();
    }

    /** A data folder with the sample list and a backup of it; then its database file is overwritten. */
    private ListSummary damagedFolderWithABackup() throws Exception {
        ListSummary sample;
        try (AppContext ctx = AppContext.open(dir, CLOCK)) {
            ctx.sampleData().loadIfFirstStart("tester");
            sample = ctx.enterprises().summary();
            ctx.backups().backupNow();
        }
        byte[] garbage = "this is not an H2 file, something overwrote it".repeat(300).getBytes();
        Files.write(dir.resolve("db/hazedesk.mv.db"), garbage);
        return sample;
    }

    private void show(Locale locale, StoreException problem, Optional<BackupInfo> offer, AtomicBoolean closed) throws Exception {
        Messages messages = Messages.forLocale(locale);
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            Fonts.loadBundled();
            tasks = new FxTaskRunner(uncaught::add);
            StartupRecovery.show(s, messages, tasks, StartupProblems.describe(problem, messages), problem, offer, dir, CLOCK,
                    ctx -> opened = ctx, () -> closed.set(true));
            s.show();
            s.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void aDamagedDatabaseIsSetAsideAndTheNewestBackupRestoredInOneClick() throws Exception {
        ListSummary sample = damagedFolderWithABackup();
        byte[] damaged = Files.readAllBytes(dir.resolve("db/hazedesk.mv.db"));
        AtomicReference<StoreException> failure = new AtomicReference<>();
        assertThatThrownBy(() -> AppContext.start(dir, CLOCK)).isInstanceOfSatisfying(StoreException.class, failure::set);
        assertThat(failure.get().problem()).isEqualTo(StoreException.Problem.CORRUPT);
        Optional<BackupInfo> offer = StartupRecovery.offer(failure.get(), dir, CLOCK);
        assertThat(offer).hasValueSatisfying(b -> assertThat(b.enterprises()).isEqualTo(sample.enterprises()));

        AtomicBoolean closed = new AtomicBoolean();
        show(Messages.CHINESE, failure.get(), offer, closed);
        String problem = lookup("#startup-problem-text").queryAs(Label.class).getText();
        assertThat(problem).contains("无法读取").contains("hazedesk.mv.db").doesNotContain("Exception").doesNotContain("at org.");
        assertThat(lookup("#startup-offer-text").queryAs(Label.class).getText())
                .contains(offer.get().file().toString()).contains(sample.enterprises() + " 家企业")
                .contains(sample.lines() + " 条生产线").contains("手动备份").contains("damaged");
        Screenshots.save(lookup("#startup-problem").query().getScene(), "startup-problem");

        clickOn("#startup-restore");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> opened != null);
        assertThat(opened.enterprises().summary()).isEqualTo(sample);
        assertThat(closed).isFalse();
        // the damaged file is kept, byte for byte, never deleted
        Path aside;
        try (Stream<Path> folders = Files.list(dir.resolve("damaged"))) {
            aside = folders.findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(aside.resolve("hazedesk.mv.db"))).isEqualTo(damaged);
    }

    @Test
    void withoutAUsableBackupTheWindowSaysSoAndOffersOnlyToClose() throws Exception {
        damagedFolderWithABackup();
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            for (Path b : backups.toList()) {
                Files.write(b, "broken backup".getBytes()); // the zip and its record both no longer match
            }
        }
        StoreException failure = new StoreException(StoreException.Problem.CORRUPT, dir.resolve("db/hazedesk.mv.db"), null);
        Optional<BackupInfo> offer = StartupRecovery.offer(failure, dir, CLOCK);
        assertThat(offer).isEmpty();
        AtomicBoolean closed = new AtomicBoolean();
        show(Locale.ENGLISH, failure, offer, closed);
        assertThat(lookup("#startup-offer-text").queryAs(Label.class).getText()).isEqualTo("The backups folder holds no backup that opens.");
        assertThat(lookup("#startup-restore").queryAs(Button.class).isVisible()).isFalse();
        clickOn("#startup-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(closed).isTrue();
        assertThat(dir.resolve("damaged")).doesNotExist();
    }

    @Test
    void aFolderInUseIsNotOfferedARestore() throws Exception {
        StoreException inUse = new StoreException(StoreException.Problem.IN_USE, dir, null);
        show(Messages.CHINESE, inUse, StartupRecovery.offer(inUse, dir, CLOCK), new AtomicBoolean());
        assertThat(lookup("#startup-problem-text").queryAs(Label.class).getText()).contains("另一个 HazeDesk");
        assertThat(lookup("#startup-offer-text").query().getParent().isVisible()).as("no offer shown").isFalse();
        assertThat(lookup("#startup-restore").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void aSharedServerThatDoesNotAnswerIsNamedAndRetriedUntilItOpens() throws Exception {
        int free;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        String db = cn.hazedesk.testing.PostgresServer.emptyDatabase();
        try {
            Files.writeString(dir.resolve("database.properties"), "url=jdbc:postgresql://localhost:" + free + "/" + db
                    + "\nuser=" + cn.hazedesk.testing.PostgresServer.USER + "\npassword="
                    + cn.hazedesk.testing.PostgresServer.PASSWORD + "\n");
            AtomicReference<StoreException> failure = new AtomicReference<>();
            assertThatThrownBy(() -> AppContext.start(dir, CLOCK)).isInstanceOfSatisfying(StoreException.class, failure::set);
            assertThat(StartupRecovery.offer(failure.get(), dir, CLOCK)).as("no backup offered for a server").isEmpty();
            AtomicBoolean closed = new AtomicBoolean();
            show(Messages.CHINESE, failure.get(), Optional.empty(), closed);
            String problem = lookup("#startup-problem-text").queryAs(Label.class).getText();
            assertThat(problem).contains("无法连接共享数据库服务器 localhost:" + free + "/" + db).contains("重试")
                    .doesNotContain(cn.hazedesk.testing.PostgresServer.PASSWORD).doesNotContain("hazedesk.mv.db");
            assertThat(lookup("#startup-retry").queryAs(Button.class).isVisible()).isTrue();
            assertThat(lookup("#startup-close").queryAs(Button.class).getText()).isEqualTo("退出");
            assertThat(lookup("#startup-restore").queryAs(Button.class).isVisible()).isFalse();
            Screenshots.save(lookup("#startup-problem").query().getScene(), "startup-server-unreachable");

            clickOn("#startup-retry"); // still nobody there: the same sentence again, the window stays
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lookup("#startup-retry").queryAs(Button.class).isDisabled());
            assertThat(lookup("#startup-problem-text").queryAs(Label.class).getText()).contains("localhost:" + free);
            assertThat(opened).isNull();

            // the server is back (here: the settings name the right port): 重试 opens it and the app goes on
            Files.writeString(dir.resolve("database.properties"), "url=" + cn.hazedesk.testing.PostgresServer.url(db)
                    + "\nuser=" + cn.hazedesk.testing.PostgresServer.USER + "\npassword="
                    + cn.hazedesk.testing.PostgresServer.PASSWORD + "\n");
            clickOn("#startup-retry");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> opened != null);
            assertThat(opened.store().server()).isPresent();
            assertThat(closed).isFalse();
        } finally {
            if (opened != null) {
                opened.close();
                opened = null;
            }
            cn.hazedesk.testing.PostgresServer.drop(db);
        }
    }

    @Test
    void inEnglishTheServersProblemOffersRetryAndExit() throws Exception {
        StoreException refused = new StoreException(StoreException.Problem.SERVER_UNREACHABLE,
                Path.of("database.properties"), null, "db.example.gov.cn:5432/hazedesk",
                cn.hazedesk.application.ServerCheck.Outcome.WRONG_PASSWORD);
        show(Locale.ENGLISH, refused, Optional.empty(), new AtomicBoolean());
        assertThat(lookup("#startup-problem-text").queryAs(Label.class).getText())
                .startsWith("The shared database server db.example.gov.cn:5432/hazedesk refused this user name or password.")
                .contains("You can retry, or exit.").contains("database.properties");
        assertThat(lookup("#startup-close").queryAs(Button.class).getText()).isEqualTo("Exit");
        Screenshots.save(lookup("#startup-problem").query().getScene(), "startup-server-en-password");
    }
}
