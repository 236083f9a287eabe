package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.port.ServerConnection;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.StorageText;
import cn.hazedesk.infra.excel.TestWorkbooks;
import cn.hazedesk.testing.Actors;
import cn.hazedesk.testing.StoppablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.hazedesk.infra.excel.TestWorkbooks.COLUMNS;
import static cn.hazedesk.infra.excel.TestWorkbooks.line;
import static cn.hazedesk.infra.excel.TestWorkbooks.uscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A seat on a PostgreSQL server that goes away during the session (stopped, restarted, its sessions ended): a call
 * meets the worded connection problem (never a file's), nothing is written half, and the same seat works again once
 * the server is back, without being restarted.
 */
class ServerLossOnPostgresTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static StoppablePostgres server;

    @TempDir
    static Path serverDir;
    @TempDir
    Path dir;
    private String db;

    @BeforeAll
    static void startServer() {
        server = StoppablePostgres.start(serverDir.resolve("pg"), "hz_first");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void database() {
        db = "hz_loss_" + NEXT.incrementAndGet();
        server.admin("postgres", "CREATE DATABASE " + db + " OWNER hazedesk");
        server.useIn(dir.resolve("seat"), db);
    }

    private AppContext seat() {
        AppContext ctx = AppContext.open(dir.resolve("seat"), CLOCK);
        ctx.sampleData().loadIfFirstStart("tester");
        return ctx;
    }

    private static Enterprise withPhone(StoredEnterprise s, String phone) {
        Enterprise e = s.enterprise();
        return new Enterprise(e.uscc(), e.name(), e.districtCode(), e.industry(), e.grade(), e.controlType(), e.address(),
                e.longitude(), e.latitude(), e.contactName(), phone, e.permitNumber(), e.permitManagement(),
                e.bulkTransport(), e.transportTrucks(), e.minTruckStandard(), e.lines());
    }

    private static void awaitState(ServerConnection link, ServerConnection.State wanted) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (link.state() != wanted && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertThat(link.state()).isEqualTo(wanted);
    }

    @Test
    void aCallWhileTheServerIsDownFailsInWordsAndTheSameSeatWorksAgainOnceItIsBack() throws Exception {
        try (AppContext seat = seat()) {
            int rows = seat.list().rows().size();
            long id = seat.list().rows().get(0).id();
            StoredEnterprise opened = seat.list().find(id).orElseThrow();
            ServerConnection link = seat.store().serverConnection().orElseThrow();
            List<ServerConnection.State> told = new CopyOnWriteArrayList<>();
            link.watch(told::add);

            server.stop();
            Throwable read = catchThrowable(() -> seat.list().rows());
            assertThat(read).isInstanceOf(ServerConnectionLost.class);
            Throwable save = catchThrowable(() -> seat.list().save(opened, withPhone(opened, "0952-7777777"), Actors.all("甲")));
            assertThat(save).isInstanceOf(ServerConnectionLost.class);
            assertThat(link.state()).isEqualTo(ServerConnection.State.LOST);
            String server = server().url(db).substring("jdbc:postgresql://".length());
            String zh = new StorageText(Messages.forLocale(Messages.CHINESE)).describeAny(save, dir);
            assertThat(zh).contains("与数据库服务器 " + server + " 的连接已断开").contains("没有写入一半")
                    .doesNotContain("文件").doesNotContain("Exception");
            String en = new StorageText(Messages.forLocale(java.util.Locale.ENGLISH)).describeAny(read, dir);
            assertThat(en).contains("The connection to the database server " + server + " was lost");

            server().restart();
            awaitState(link, ServerConnection.State.CONNECTED);
            assertThat(told).containsSubsequence(ServerConnection.State.LOST, ServerConnection.State.CONNECTED);
            assertThat(seat.list().rows()).hasSize(rows);
            assertThat(seat.list().save(opened, withPhone(opened, "0952-7777777"), Actors.all("甲")).isAccepted()).isTrue();
            assertThat(seat.list().find(id).orElseThrow().enterprise().contactPhone()).isEqualTo("0952-7777777");
        }
    }

    private static StoppablePostgres server() {
        return server;
    }

    @Test
    void sessionsEndedByTheServerAreRenewedWithoutTheUserMeetingAFailure() {
        try (AppContext seat = seat()) {
            int rows = seat.list().rows().size();
            StoredEnterprise opened = seat.list().find(seat.list().rows().get(1).id()).orElseThrow();
            assertThat(server.terminateSeats()).as("the seat's open sessions").isPositive();
            // the pooled connections are dead: each is checked before use and the pool renewed
            assertThat(seat.list().rows()).hasSize(rows);
            assertThat(server.terminateSeats()).isPositive();
            assertThat(seat.list().save(opened, withPhone(opened, "0952-8888888"), Actors.all("甲")).isAccepted()).isTrue();
            assertThat(seat.store().serverConnection().orElseThrow().state()).isEqualTo(ServerConnection.State.CONNECTED);
        }
    }

    /** E1 (焦炉1, 焦炉2), E2, E3. */
    private Path firstList() {
        return TestWorkbooks.list(dir.resolve("first.xlsx"), COLUMNS, List.of(
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉1", 10, 20, "30%", "限产30%"),
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉2", 5, 6, "30%", "限产30%"),
                line("乙水泥", uscc(2), "平罗县", "水泥", "C", "熟料线", 50, 400, "100%", "停产"),
                line("丙电石", uscc(3), "惠农区", "电石", null, "电石炉", 3, 4, null, null)));
    }

    /** E1 changed (焦炉1 12 t, 焦炉3 new), E2 as before, E4 new. */
    private Path secondList() {
        return TestWorkbooks.list(dir.resolve("second.xlsx"), COLUMNS, List.of(
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉1", 12, 20, "30%", "限产30%"),
                line("甲焦化", uscc(1), "大武口区", "焦化", "B", "焦炉3", 1, 1, "50%", "限产50%"),
                line("乙水泥", uscc(2), "平罗县", "水泥", "C", "熟料线", 50, 400, "100%", "停产"),
                line("丁炭素", uscc(4), "惠农区", "炭素", "D", "煅烧炉", 30, 31, "100%", "停产")));
    }

    private static ImportPlan plan(AppContext ctx, Path file) {
        ImportPlan plan = ctx.listImport().read(file, ProgressListener.NONE, CancelToken.NONE);
        assertThat(plan.problems()).isEmpty();
        return plan;
    }

    private static List<Enterprise> stored(AppContext ctx) {
        return ctx.enterprises().loadAll().stream().map(StoredEnterprise::enterprise).toList();
    }

    private long count(String table) throws SQLException {
        try (Connection c = server.superuser(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anImportCutOffHalfWayByTheLostConnectionLeavesTheListWhollyAsBefore() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (AppContext seat = seat()) {
            seat.listImport().commit(plan(seat, firstList()), ImportMode.REPLACE, Actors.all("tester"), true,
                    ProgressListener.NONE, CancelToken.NONE);
            List<Enterprise> before = stored(seat);
            long audit = count("audit_event");
            long lines = count("production_line");
            ImportPlan second = plan(seat, secondList());

            Throwable failure;
            try (Connection admin = server.superuser(db)) {
                admin.setAutoCommit(false);
                try (Statement s = admin.createStatement()) {
                    // the import's last step (its audit record) waits: everything before it is written in its transaction
                    s.execute("LOCK TABLE audit_event IN EXCLUSIVE MODE");
                }
                Future<ImportResult> running = worker.submit(() -> seat.listImport().commit(second, ImportMode.MERGE,
                        Actors.all("tester"), ProgressListener.NONE, CancelToken.NONE));
                int pid = waitingSeat(admin);
                assertThat(holdsWriteLock(admin, pid, "enterprise")).as("the import had written enterprises").isTrue();
                assertThat(holdsWriteLock(admin, pid, "production_line")).as("and lines").isTrue();
                try (PreparedStatement end = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                    end.setInt(1, pid);
                    end.execute();
                }
                admin.rollback();
                failure = catchThrowable(() -> running.get(60, TimeUnit.SECONDS));
            }
            assertThat(failure).hasRootCauseInstanceOf(SQLException.class);
            assertThat(failure.getCause()).isInstanceOf(ServerConnectionLost.class);

            assertThat(stored(seat)).as("the list, wholly as before").isEqualTo(before);
            assertThat(count("audit_event")).isEqualTo(audit);
            assertThat(count("production_line")).isEqualTo(lines);

            // the same seat, not restarted, imports it again
            ImportResult again = seat.listImport().commit(plan(seat, secondList()), ImportMode.MERGE, Actors.all("tester"),
                    ProgressListener.NONE, CancelToken.NONE);
            assertThat(again.applied().enterprises().added()).isEqualTo(1);
            assertThat(seat.enterprises().findByUscc(uscc(4))).isPresent();
            assertThat(count("audit_event")).isEqualTo(audit + 1);
        } finally {
            worker.shutdownNow();
        }
    }

    private static List<cn.hazedesk.domain.episode.ForecastDay> everyDistrict(int... aqi) {
        List<cn.hazedesk.domain.episode.ForecastDay> out = new java.util.ArrayList<>();
        for (String d : List.of("640202", "640205", "640221")) {
            for (int i = 0; i < aqi.length; i++) {
                out.add(new cn.hazedesk.domain.episode.ForecastDay(d, java.time.LocalDate.of(2026, 12, 10).plusDays(i), aqi[i],
                        false, "PM2.5", null));
            }
        }
        return out;
    }

    @Test
    void aPublicationCutOffHalfWayIsWhollyNotWrittenAndIsPublishedAfterwards() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-09T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (AppContext seat = AppContext.open(dir.resolve("seat"), clock)) {
            seat.sampleData().loadIfFirstStart("tester");
            EpisodeService episodes = seat.episodes();
            cn.hazedesk.domain.access.Actor duty = Actors.all("值班员");
            long id = episodes.create(null, false, duty).value().id();
            clock.advance(java.time.Duration.ofMinutes(10));
            assertThat(episodes.act(id, new cn.hazedesk.domain.episode.EpisodeAction.Consult(clock.instant(), "2024",
                    everyDistrict(210, 90), "会商意见", "环境、气象"), duty).isAccepted()).isTrue();
            clock.advance(java.time.Duration.ofMinutes(10));
            cn.hazedesk.domain.episode.AreaLevels yellow = new cn.hazedesk.domain.episode.AreaLevels(
                    cn.hazedesk.domain.enterprise.WarningLevel.YELLOW, java.util.Map.of(
                    "640202", cn.hazedesk.domain.enterprise.WarningLevel.YELLOW,
                    "640205", cn.hazedesk.domain.enterprise.WarningLevel.YELLOW,
                    "640221", cn.hazedesk.domain.enterprise.WarningLevel.YELLOW));
            assertThat(episodes.act(id, new cn.hazedesk.domain.episode.EpisodeAction.Propose(
                    cn.hazedesk.domain.episode.ProposalKind.ISSUE, yellow, clock.instant().plus(java.time.Duration.ofHours(1)),
                    clock.instant().plus(java.time.Duration.ofDays(5)), "措施", null, null, false), duty).isAccepted()).isTrue();
            clock.advance(java.time.Duration.ofMinutes(10));
            assertThat(episodes.act(id, new cn.hazedesk.domain.episode.EpisodeAction.Approve("张副市长", null), duty)
                    .isAccepted()).isTrue();
            cn.hazedesk.domain.episode.EpisodePhase phase = episodes.find(id).orElseThrow().phase();
            long orders = count("response_order");
            long audit = count("audit_event");
            clock.advance(java.time.Duration.ofMinutes(10));
            cn.hazedesk.domain.episode.EpisodeAction publish = new cn.hazedesk.domain.episode.EpisodeAction.Publish(
                    "石污防指〔2026〕1号", clock.instant().plusSeconds(60), null);

            Throwable failure;
            try (Connection admin = server.superuser(db)) {
                admin.setAutoCommit(false);
                try (Statement s = admin.createStatement()) {
                    s.execute("LOCK TABLE audit_event IN EXCLUSIVE MODE");
                }
                Future<?> running = worker.submit(() -> episodes.act(id, publish, duty));
                int pid = waitingSeat(admin);
                assertThat(writtenTables(admin, pid)).as("the publication had written in its transaction").isNotEmpty();
                try (PreparedStatement end = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                    end.setInt(1, pid);
                    end.execute();
                }
                admin.rollback();
                failure = catchThrowable(() -> running.get(60, TimeUnit.SECONDS));
            }
            assertThat(failure.getCause()).isInstanceOf(ServerConnectionLost.class);
            assertThat(episodes.find(id).orElseThrow().phase()).as("not published").isEqualTo(phase);
            assertThat(count("response_order")).as("no order of it").isEqualTo(orders);
            assertThat(count("audit_event")).isEqualTo(audit);

            assertThat(episodes.act(id, publish, duty).isAccepted()).as("published by the same seat afterwards").isTrue();
            assertThat(episodes.find(id).orElseThrow().phase()).isNotEqualTo(phase);
            assertThat(count("response_order")).isGreaterThan(orders);
        } finally {
            worker.shutdownNow();
        }
    }

    /** The tables (not indexes) a session holds a write lock on: what its open transaction has written. */
    private static List<String> writtenTables(Connection admin, int pid) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (PreparedStatement p = admin.prepareStatement("SELECT c.relname FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                + " WHERE l.pid = ? AND l.mode = 'RowExclusiveLock' AND l.granted AND c.relkind = 'r'"
                + " AND c.relname <> 'audit_event'")) {
            p.setInt(1, pid);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** The pid of the seat's session once it waits for a lock (30 s at most). */
    private static int waitingSeat(Connection admin) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT pid FROM pg_stat_activity WHERE usename = 'hazedesk' AND wait_event_type = 'Lock'")) {
                if (rs.next()) {
                    return rs.getInt(1);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never reached its audit record");
    }

    private static boolean holdsWriteLock(Connection admin, int pid, String table) throws SQLException {
        try (PreparedStatement p = admin.prepareStatement("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                + " WHERE l.pid = ? AND c.relname = ? AND l.mode = 'RowExclusiveLock' AND l.granted")) {
            p.setInt(1, pid);
            p.setString(2, table);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }
}
