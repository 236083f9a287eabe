package cn.hazedesk.app.cli;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.app.StartupProblems;
import cn.hazedesk.application.ServerCheck.Outcome;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.infra.db.StoreException;
import cn.hazedesk.testing.GuardedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Starting on a shared server that cannot be used — not reached, wrong password, TLS wanted, no such database,
 * another program's tables, no rights: the app's start (AppContext.start, as the desktop app opens) fails with the
 * server's reason, worded naming the server and never the password nor a damaged data file; the command line says the
 * same sentence and exits 2.
 */
class SharedStartupTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();
    private static final Messages ZH = Messages.forLocale(Messages.CHINESE);
    private static final Messages EN = Messages.forLocale(Locale.ENGLISH);
    @TempDir
    static Path serverDir;
    private static GuardedPostgres server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = GuardedPostgres.start(serverDir);
        server.admin("CREATE DATABASE seatdb OWNER " + GuardedPostgres.USER);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A data folder whose database.properties names {@code database} on {@code port} with {@code password}. */
    private Path seat(int port, String database, String password, String sslmode) throws Exception {
        Path folder = dir.resolve("seat-" + database + "-" + port + "-" + password.length() + sslmode);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("database.password"), password + "\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("database.properties"), "url=jdbc:postgresql://localhost:" + port + "/" + database
                + "\nuser=" + GuardedPostgres.USER + "\npasswordFile=database.password\nsslmode=" + sslmode + "\n",
                StandardCharsets.UTF_8);
        return folder;
    }

    private static StoreException failure(Path folder) {
        AtomicReference<StoreException> e = new AtomicReference<>();
        assertThatThrownBy(() -> AppContext.start(folder, CLOCK).close()).isInstanceOfSatisfying(StoreException.class, e::set);
        assertThat(e.get().problem()).isEqualTo(StoreException.Problem.SERVER_UNREACHABLE);
        assertThat(e.get().restoreHelps()).as("the folder's backups are no way out").isFalse();
        return e.get();
    }

    private static void worded(StoreException e, String server, String... words) {
        String zh = StartupProblems.describe(e, ZH);
        assertThat(zh).contains(server).contains(words).doesNotContain(GuardedPostgres.PASSWORD).doesNotContain("hazedesk.mv.db")
                .doesNotContain("Exception").doesNotContain("无法读取");
        assertThat(StartupProblems.describe(e, EN)).contains(server).doesNotContain(GuardedPostgres.PASSWORD);
    }

    @Test
    void anUnreachableServerIsNamedWithWhatToCheck() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        Path folder = seat(free, "seatdb", GuardedPostgres.PASSWORD, "disable");
        StoreException e = failure(folder);
        assertThat(e.serverOutcome()).isEqualTo(Outcome.UNREACHABLE);
        worded(e, "localhost:" + free + "/seatdb", "没有服务器应答", "防火墙");
        assertThat(StartupProblems.describe(e, EN)).startsWith("The shared database server localhost:" + free
                + "/seatdb cannot be reached");

        CliTest.Run cli = CliTest.run(CLOCK, "audit", "verify", "--data-dir", folder.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err().trim()).isEqualTo(StartupProblems.describe(e, ZH));
    }

    @Test
    void aWrongPasswordIsTheServersRefusalNotADamagedFile() throws Exception {
        StoreException e = failure(seat(server.port(), "seatdb", "Seat-Password-2", "disable"));
        assertThat(e.serverOutcome()).isEqualTo(Outcome.WRONG_PASSWORD);
        worded(e, "localhost:" + server.port() + "/seatdb", "拒绝了该用户名或密码");
        assertThat(StartupProblems.describe(e, ZH)).doesNotContain("Seat-Password-2");
    }

    @Test
    void theOtherRefusalsAreEachWordedAsTheirOwn() throws Exception {
        int port = server.port();
        StoreException missing = failure(seat(port, "nodb", GuardedPostgres.PASSWORD, "disable"));
        assertThat(missing.serverOutcome()).isEqualTo(Outcome.DATABASE_MISSING);
        worded(missing, "localhost:" + port + "/nodb", "没有这个名称的数据库");

        StoreException tls = failure(seat(port, GuardedPostgres.TLS_ONLY, GuardedPostgres.PASSWORD, "disable"));
        assertThat(tls.serverOutcome()).isEqualTo(Outcome.TLS_REQUIRED);
        worded(tls, "/" + GuardedPostgres.TLS_ONLY, "只接受加密（TLS）连接");

        server.admin("CREATE DATABASE otherapp OWNER " + GuardedPostgres.USER);
        server.adminIn("otherapp", "CREATE TABLE invoices (id int)");
        StoreException foreign = failure(seat(port, "otherapp", GuardedPostgres.PASSWORD, "disable"));
        assertThat(foreign.serverOutcome()).isEqualTo(Outcome.FOREIGN);
        worded(foreign, "/otherapp", "其他程序的表");

        server.admin("CREATE DATABASE notseats");
        StoreException rights = failure(seat(port, "notseats", GuardedPostgres.PASSWORD, "disable"));
        assertThat(rights.serverOutcome()).isEqualTo(Outcome.NO_RIGHTS);
        worded(rights, "/notseats", "缺少所需的权限");
    }

    @Test
    void withTheRightSettingsTheSeatStartsOnTheServerOverTls() throws Exception {
        try (AppContext ctx = AppContext.start(seat(server.port(), GuardedPostgres.TLS_ONLY, GuardedPostgres.PASSWORD,
                "require"), CLOCK)) {
            assertThat(ctx.store().server()).isPresent();
            assertThat(ctx.enterprises().summary().enterprises()).as("the sample list, loaded on the first start").isPositive();
        }
    }
}
