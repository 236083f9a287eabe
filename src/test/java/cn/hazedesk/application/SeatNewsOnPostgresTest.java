package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.port.ChangeFeed;
import cn.hazedesk.application.port.ChangeFeed.Change;
import cn.hazedesk.application.port.ChangeFeed.Topic;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.application.port.EpisodeStore.TrackStep;
import cn.hazedesk.domain.audit.AuditDetail;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.testing.Actors;
import cn.hazedesk.testing.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two seats (two application contexts) on one PostgreSQL database: what one seat commits reaches the other seat's
 * subscribers within a few seconds, naming what changed (the list, an episode's head, an episode's orders) and who;
 * a write that rolls back tells nobody; a transaction tells a topic once however many records it writes; a seat does
 * not hear its own news; after its listening connection was cut, a seat listens again and tells its screens to reload.
 */
class SeatNewsOnPostgresTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate D1 = LocalDate.of(2026, 12, 10);
    /** "Within a few seconds": the longest a piece of news may take to reach the other seat. */
    private static final long FEW_SECONDS = 5;

    @TempDir
    Path dir;
    private String db;
    private MutableClock clock;
    private AppContext bureau;
    private AppContext county;
    private final BlockingQueue<Change> atCounty = new LinkedBlockingQueue<>();
    private final BlockingQueue<Change> atBureau = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() throws Exception {
        db = PostgresServer.migratedDatabase();
        PostgresServer.useIn(dir.resolve("bureau"), db);
        PostgresServer.useIn(dir.resolve("county"), db);
        clock = new MutableClock(Instant.parse("2026-12-09T00:00:00Z"), ZONE);
        bureau = AppContext.open(dir.resolve("bureau"), clock);
        county = AppContext.open(dir.resolve("county"), clock);
        bureau.sampleData().loadIfFirstStart("tester");
        county.changeFeed().subscribe(t -> true, atCounty::add);
        bureau.changeFeed().subscribe(t -> true, atBureau::add);
        // each seat listens from its first subscriber on, and then tells it to reload what it may have missed
        Change listening = next(atCounty);
        assertThat(listening.everything()).isTrue();
        assertThat(listening.reconnected()).as("not a reconnection").isFalse();
        assertThat(next(atBureau).everything()).isTrue();
    }

    @AfterEach
    void close() {
        county.close();
        bureau.close();
        PostgresServer.drop(db);
    }

    private static Change next(BlockingQueue<Change> q) throws InterruptedException {
        Change c = q.poll(FEW_SECONDS, TimeUnit.SECONDS);
        assertThat(c).as("news within %d s", FEW_SECONDS).isNotNull();
        return c;
    }

    private static Enterprise withPhone(StoredEnterprise s, String phone) {
        Enterprise e = s.enterprise();
        return new Enterprise(e.uscc(), e.name(), e.districtCode(), e.industry(), e.grade(), e.controlType(), e.address(),
                e.longitude(), e.latitude(), e.contactName(), phone, e.permitNumber(), e.permitManagement(),
                e.bulkTransport(), e.transportTrucks(), e.minTruckStandard(), e.lines());
    }

    @Test
    void anEditOnOneSeatReachesTheOtherSeatNamingTheListAndWho() throws Exception {
        StoredEnterprise s = bureau.list().find(bureau.list().rows().get(0).id()).orElseThrow();
        long t0 = System.nanoTime();
        assertThat(bureau.list().save(s, withPhone(s, "0952-1111111"), Actors.all("市局甲")).isAccepted()).isTrue();
        Change c = next(atCounty);
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.println("seat news: an enterprise edit reached the other seat " + ms + " ms after the save began");
        assertThat(c.everything()).isFalse();
        assertThat(c.topics()).containsExactly(Topic.list());
        assertThat(c.actors()).containsExactly("市局甲");
        assertThat(atBureau.poll(1, TimeUnit.SECONDS)).as("a seat is not told of its own write").isNull();
    }

    @Test
    void aWriteThatRollsBackTellsNobodyAndATransactionTellsATopicOnce() throws Exception {
        try {
            bureau.transactions().inTransaction(() -> {
                bureau.auditLog().record(clock.instant(), "市局甲", "enterprise.update", "91640202000000000K",
                        AuditDetail.of("enterprise.update"));
                throw new IllegalStateException("the write fails after its record");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        try (Connection raw = PostgresServer.connect(db); Statement st = raw.createStatement()) {
            st.execute("LISTEN hazedesk_changes");
            bureau.transactions().inTransaction(() -> {
                for (int i = 0; i < 500; i++) {
                    bureau.auditLog().record(clock.instant(), "市局乙", "enterprise.update", "9164020200000000" + i,
                            AuditDetail.of("enterprise.update"));
                }
            });
            Change c = next(atCounty);
            assertThat(c.actors()).as("the committed write, not the rolled-back one").containsExactly("市局乙");
            assertThat(c.topics()).containsExactly(Topic.list());
            List<PGNotification> sent = new ArrayList<>();
            long end = System.currentTimeMillis() + 1500;
            while (System.currentTimeMillis() < end) {
                PGNotification[] got = raw.unwrap(PGConnection.class).getNotifications(200);
                if (got != null) {
                    sent.addAll(List.of(got));
                }
            }
            assertThat(sent).as("500 records of one transaction: one notification").hasSize(1);
        }
        assertThat(atCounty.poll(1, TimeUnit.SECONDS)).as("nothing else").isNull();
    }

    @Test
    void aWholeListWrittenAnewIsOnePieceOfNews() throws Exception {
        try (Connection raw = PostgresServer.connect(db); Statement st = raw.createStatement()) {
            st.execute("LISTEN hazedesk_changes");
            // the bulk write of the whole list (as an import): 62 enterprises and their lines removed in one transaction
            assertThat(bureau.sampleData().removeSample(Actors.all("市局甲"))).isEqualTo(62);
            Change c = next(atCounty);
            assertThat(c.topics()).containsExactly(Topic.list());
            List<PGNotification> sent = new ArrayList<>();
            long end = System.currentTimeMillis() + 1500;
            while (System.currentTimeMillis() < end) {
                PGNotification[] got = raw.unwrap(PGConnection.class).getNotifications(200);
                if (got != null) {
                    sent.addAll(List.of(got));
                }
            }
            assertThat(sent).as("one notification for the whole list").hasSize(1);
        }
        assertThat(county.list().rows()).as("what the other seat then reads").isEmpty();
    }

    @Test
    void anEpisodesStepsAndItsOrdersTrackingReachTheOtherSeatByEpisode() throws Exception {
        var duty = Actors.all("值班员");
        var episodes = bureau.episodes();
        long id = episodes.create(null, false, duty).value().id();
        assertThat(next(atCounty).topics()).containsExactly(Topic.episode(id));
        List<ForecastDay> forecast = Stream.of("640202", "640205", "640221").flatMap(d -> Stream.of(
                new ForecastDay(d, D1, 210, false, "PM2.5", null), new ForecastDay(d, D1.plusDays(1), 90, false, "PM2.5", null)))
                .toList();
        act(id, new EpisodeAction.Consult(clock.instant(), "2024", forecast, "会商意见", "环境、气象"));
        act(id, new EpisodeAction.Propose(ProposalKind.ISSUE, new AreaLevels(WarningLevel.YELLOW, Map.of("640202",
                WarningLevel.YELLOW, "640205", WarningLevel.YELLOW, "640221", WarningLevel.YELLOW)),
                clock.instant().plus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(5)), "措施", null, null, false));
        act(id, new EpisodeAction.Approve("张副市长", null));
        drain(atCounty);
        act(id, new EpisodeAction.Publish("石政发〔2026〕1号", clock.instant().plusSeconds(60), null));
        Change published = next(atCounty);
        assertThat(published.topics()).as("the head and the orders the publication issued")
                .containsExactlyInAnyOrder(Topic.episode(id), Topic.orders(id));

        StoredOrder o = county.episodes().orders(id).get(0);
        long t0 = System.nanoTime();
        assertThat(episodes.track(o.id(), TrackStep.DELIVERED, duty).isAccepted()).isTrue();
        Change tracked = next(atCounty);
        System.out.println("seat news: an order's tracking step reached the other seat "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0) + " ms after the step began");
        assertThat(tracked.topics()).containsExactly(Topic.orders(id));
        assertThat(county.episodes().orders(id).get(0).deliveredAt()).as("what the other seat then reads").isNotNull();
    }

    private void act(long id, EpisodeAction a) {
        clock.advance(Duration.ofMinutes(10));
        assertThat(bureau.episodes().act(id, a, Actors.all("值班员")).refusal()).isEmpty();
    }

    private static void drain(BlockingQueue<Change> q) throws InterruptedException {
        while (q.poll(700, TimeUnit.MILLISECONDS) != null) {
            // news of earlier steps
        }
    }

    @Test
    void aSeatWhoseListeningConnectionWasCutListensAgainAndTellsItsScreensToReload() throws Exception {
        PostgresServer.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db
                + "' AND application_name = 'HazeDesk listener'");
        Change back = next(atCounty);
        assertThat(back.everything()).as("told to reload: news may have been missed").isTrue();
        assertThat(back.reconnected()).isTrue();
        StoredEnterprise s = bureau.list().find(bureau.list().rows().get(1).id()).orElseThrow();
        assertThat(bureau.list().save(s, withPhone(s, "0952-3333333"), Actors.all("市局甲")).isAccepted()).isTrue();
        Change c;
        do {
            c = next(atCounty);
        } while (c.everything());
        assertThat(c.topics()).containsExactly(Topic.list());
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() throws Exception {
        BlockingQueue<Change> closedScreen = new LinkedBlockingQueue<>();
        ChangeFeed.Subscription sub = county.changeFeed().subscribe(t -> t.kind() == Topic.Kind.LIST, closedScreen::add);
        sub.close();
        StoredEnterprise s = bureau.list().find(bureau.list().rows().get(2).id()).orElseThrow();
        assertThat(bureau.list().save(s, withPhone(s, "0952-4444444"), Actors.all("市局甲")).isAccepted()).isTrue();
        assertThat(next(atCounty).topics()).containsExactly(Topic.list());
        assertThat(closedScreen).isEmpty();
    }
}
