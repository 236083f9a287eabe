package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.port.ServerConnections.CopyReport;
import cn.hazedesk.domain.access.Actor;
import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.infra.db.Engine;
import cn.hazedesk.testing.Actors;
import cn.hazedesk.testing.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 数据库设置 on a real data folder and a real PostgreSQL: a server is saved only as tested, into database.properties
 * with the password in an owner-only file beside it, recorded without the password, and the next start works on it;
 * this folder's data is copied to a database tested empty with the same counts; others than administrators are
 * refused and nothing is written.
 */
class DatabaseSettingsServiceTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();
    private final Actor admin = Actors.of("管理员甲", "ADMINISTRATOR", null);
    private final Actor officer = Actors.of("值班员乙", "DUTY_OFFICER", null);
    private final List<String> databases = new ArrayList<>();

    @TempDir
    Path dir;
    private AppContext ctx;

    @BeforeEach
    void open() {
        ctx = AppContext.start(dir, CLOCK); // the folder's own file, with the sample list
    }

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
        databases.forEach(PostgresServer::drop);
    }

    private ServerChoice empty(String password) {
        String db = PostgresServer.emptyDatabase();
        databases.add(db);
        return new ServerChoice("localhost", PostgresServer.port(), db, PostgresServer.USER, password, false);
    }

    @Test
    void aServerIsSavedOnlyAsTestedWithThePasswordApartAndTheNextStartWorksOnIt() throws Exception {
        DatabaseSettingsService s = ctx.databaseSettings();
        ServerChoice right = empty(PostgresServer.PASSWORD);
        assertThatThrownBy(() -> s.useServer(admin, right)).as("not tested yet")
                .isInstanceOfSatisfying(DatabaseSettingsService.NotTested.class, e -> assertThat(e.key()).isEqualTo("server.save.untested"));
        assertThat(s.test(admin, right).outcome()).isEqualTo(ServerCheck.Outcome.EMPTY);
        ServerChoice otherPassword = new ServerChoice(right.host(), right.port(), right.database(), right.user(), "typo", false);
        assertThatThrownBy(() -> s.useServer(admin, otherPassword)).as("not the values tested")
                .isInstanceOf(DatabaseSettingsService.NotTested.class);
        assertThat(dir.resolve("database.properties")).doesNotExist();

        s.useServer(admin, right);
        String settings = Files.readString(dir.resolve("database.properties"));
        assertThat(settings).contains("url=jdbc:postgresql://localhost:" + right.port() + "/" + right.database())
                .contains("user=" + PostgresServer.USER).contains("passwordFile=database.password")
                .contains("sslmode=disable").doesNotContain(PostgresServer.PASSWORD);
        assertThat(Files.readAllLines(dir.resolve("database.password"))).containsExactly(PostgresServer.PASSWORD);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("database.password"))))
                .isEqualTo("rw-------");
        AuditEntry saved = ctx.auditQuery().forSubject(DatabaseSettingsService.AUDIT_ACTION).get(0);
        assertThat(saved.actor()).isEqualTo("管理员甲");
        assertThat(AuditDetail.read(saved.detail()).orElseThrow().fields()).containsEntry("engine", "SERVER")
                .containsEntry("server", "localhost:" + right.port()).containsEntry("database", right.database())
                .containsEntry("user", PostgresServer.USER).doesNotContainValue(PostgresServer.PASSWORD);
        assertThat(s.sharedNow()).as("this run stays on its file").isFalse();

        ctx.close();
        ctx = AppContext.start(dir, CLOCK);
        assertThat(ctx.store().engine()).isEqualTo(Engine.POSTGRESQL);
        assertThat(ctx.databaseSettings().current(admin)).hasValueSatisfying(c -> {
            assertThat(c.database()).isEqualTo(right.database());
            assertThat(c.password()).as("never read back").isEmpty();
        });

        ctx.databaseSettings().useLocalFile(admin);
        assertThat(dir.resolve("database.properties")).doesNotExist();
        assertThat(dir.resolve("database.password")).doesNotExist();
    }

    @Test
    void theFoldersDataIsCopiedToADatabaseTestedEmptyWithTheSameCounts() throws Exception {
        DatabaseSettingsService s = ctx.databaseSettings();
        ServerChoice target = empty(PostgresServer.PASSWORD);
        assertThatThrownBy(() -> s.copy(admin, target, ProgressListener.NONE)).as("not tested yet")
                .isInstanceOf(DatabaseSettingsService.NotTested.class);
        s.test(admin, target);
        List<String> heard = new ArrayList<>();
        CopyReport r = s.copy(admin, target, (done, total, what) -> heard.add(what));
        int enterprises = ctx.enterprises().summary().enterprises();
        assertThat(r.rows().get("enterprise")).isEqualTo(enterprises).isPositive();
        assertThat(r.audit().whole()).isTrue();
        assertThat(heard).contains("enterprise", "audit");
        try (Connection c = PostgresServer.connect(target.database()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM enterprise")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(enterprises);
        }
        assertThat(dir.resolve("database.properties")).as("the copy does not switch by itself").doesNotExist();
        assertThat(ctx.enterprises().summary().enterprises()).isEqualTo(enterprises);

        // the same values may now be saved (the database is HazeDesk's), and a second copy is refused
        s.useServer(admin, target);
        assertThatThrownBy(() -> s.copy(admin, target, ProgressListener.NONE))
                .isInstanceOfSatisfying(DatabaseSettingsService.NotTested.class, e -> assertThat(e.key()).isEqualTo("server.copy.notEmpty"));
    }

    @Test
    void onlyAdministratorsMayTestSaveOrCopy() {
        DatabaseSettingsService s = ctx.databaseSettings();
        ServerChoice target = empty(PostgresServer.PASSWORD);
        assertThatThrownBy(() -> s.test(officer, target)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> s.current(officer)).isInstanceOf(AccessDenied.class);
        s.test(admin, target);
        assertThatThrownBy(() -> s.useServer(officer, target)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> s.copy(officer, target, ProgressListener.NONE)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> s.useLocalFile(officer)).isInstanceOf(AccessDenied.class);
        assertThat(dir.resolve("database.properties")).doesNotExist();
        assertThat(ctx.auditQuery().forSubject(DatabaseSettingsService.AUDIT_ACTION)).isEmpty();
    }
}
