package cn.hazedesk.ui;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.MutableClock;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.application.port.EpisodeStore.TrackStep;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.testing.Actors;
import cn.hazedesk.testing.PostgresServer;
import cn.hazedesk.ui.warning.ResponseViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two seats on one PostgreSQL database: seat 2 is the real main window, seat 1 another application context writing
 * to the same database. Without a click on seat 2, its response tracking table shows the order seat 1 marked
 * delivered, its episode head the proposal seat 1 made, and its list the enterprise seat 1 renamed; the order and
 * the enterprise chosen, the text being typed and the filter stay as they were, and the status bar says who changed
 * what.
 */
class SeatsWindowTest extends ApplicationTest {
    private static final LocalDate D1 = LocalDate.of(2026, 12, 10);

    @TempDir
    Path dir;
    private String db;
    private MutableClock clock;
    private AppContext seat1;
    private AppWindow seat2;
    private final EpisodeSteps steps = new EpisodeSteps(this);

    @BeforeEach
    void open() throws Exception {
        db = PostgresServer.migratedDatabase();
        PostgresServer.useIn(dir.resolve("seat1"), db);
        PostgresServer.useIn(dir.resolve("seat2"), db);
        clock = new MutableClock(Instant.parse("2026-12-09T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        seat1 = AppContext.open(dir.resolve("seat1"), clock);
        seat1.sampleData().loadIfFirstStart("tester");
    }

    @AfterEach
    void close() throws Exception {
        if (seat2 != null) {
            seat2.close();
        }
        seat1.close();
        PostgresServer.drop(db);
    }

    private long issuedOnSeat1() {
        long id = seat1.episodes().create(null, false, Actors.all("市局甲")).value().id();
        List<ForecastDay> forecast = Stream.of("640202", "640205", "640221").flatMap(d -> Stream.of(
                new ForecastDay(d, D1, 210, false, "PM2.5", null), new ForecastDay(d, D1.plusDays(1), 90, false, "PM2.5", null)))
                .toList();
        act(id, new EpisodeAction.Consult(clock.instant(), "2024", forecast, "会商意见", "环境、气象"));
        act(id, new EpisodeAction.Propose(ProposalKind.ISSUE, levels(WarningLevel.YELLOW),
                clock.instant().plus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(5)), "措施", null, null, false));
        act(id, new EpisodeAction.Approve("张副市长", null));
        act(id, new EpisodeAction.Publish("石政发〔2026〕1号", clock.instant().plusSeconds(60), null));
        return id;
    }

    private static AreaLevels levels(WarningLevel l) {
        return new AreaLevels(l, Map.of("640202", l, "640205", l, "640221", l));
    }

    private void act(long id, EpisodeAction a) {
        clock.advance(Duration.ofMinutes(10));
        assertThat(seat1.episodes().act(id, a, Actors.all("市局甲")).refusal()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private TableView<ResponseViewModel.Row> orders() {
        return lookup("#response-orders").queryAs(TableView.class);
    }

    private int firstInView(TableView<?> table) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.skin.VirtualFlow<?>)
                table.lookup(".virtual-flow")).getFirstVisibleCell().getIndex()).get();
    }

    private String seatNews() {
        return lookup("#status-seat-news").queryAs(Label.class).getText();
    }

    @Test
    void seat2SeesSeat1sTrackingProposalAndListEditWithoutAClick() throws Exception {
        long episode = issuedOnSeat1();
        seat2 = AppWindow.open(dir.resolve("seat2"), Messages.CHINESE, clock);
        steps.tab(2);
        steps.waitUntil(() -> orders().getItems().size() > 3);
        assertThat(seatNews()).as("beginning to listen is no news").isEmpty();

        // seat 2 scrolls down the table, chooses an order there and types an inspector's name (not saved)
        interact(() -> {
            orders().scrollTo(30);
            orders().getSelectionModel().select(33);
        });
        int firstInView = firstInView(orders());
        assertThat(firstInView).as("scrolled down").isGreaterThan(20);
        ResponseViewModel.Row chosen = orders().getSelectionModel().getSelectedItem();
        assertThat(chosen.delivered()).as("not yet delivered").isEqualTo("—");
        steps.type("#inspect-inspector", "督查员张三");

        // seat 1 marks that order delivered
        long t0 = System.nanoTime();
        assertThat(seat1.episodes().track(chosen.id(), TrackStep.DELIVERED, Actors.all("市局甲")).isAccepted()).isTrue();
        steps.waitUntil(() -> orders().getItems().stream().anyMatch(r -> r.id() == chosen.id() && !r.delivered().equals("—")));
        long tracked = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.println("seat news: seat 2's response table showed seat 1's tracking step " + tracked + " ms after it began");
        assertThat(orders().getSelectionModel().getSelectedItem()).as("the order chosen stays chosen").isNotNull()
                .extracting(ResponseViewModel.Row::id).isEqualTo(chosen.id());
        assertThat(firstInView(orders())).as("the table stays scrolled where it was").isEqualTo(firstInView);
        assertThat(lookup("#inspect-inspector").queryAs(TextField.class).getText()).isEqualTo("督查员张三");
        steps.waitUntil(() -> seatNews().contains("市局甲") && seatNews().contains("响应跟踪"));
        Screenshots.save(seat2.stage.getScene(), "seats-response-updated-by-another-seat");

        // seat 2 starts typing a new forecast; seat 1 proposes the lift: seat 2's head says a proposal is waiting
        steps.tab(0);
        steps.type("#aqi-1-0", "188");
        String before = steps.label("#episode-status");
        act(episode, new EpisodeAction.Propose(ProposalKind.LIFT, null, null, null, null, "自治区解除",
                cn.hazedesk.domain.episode.LiftBasis.AUTHORITY_LIFTED, false));
        steps.waitUntil(() -> !steps.label("#episode-status").equals(before));
        assertThat(steps.label("#episode-status")).contains("解除");
        assertThat(lookup("#aqi-1-0").queryAs(TextField.class).getText()).as("the forecast being typed").isEqualTo("188");
        assertThat(lookup("#inspect-inspector").queryAs(TextField.class).getText()).isEqualTo("督查员张三");

        // the list: seat 2 filters and chooses an enterprise; seat 1 renames another one
        clickOn("#navList");
        @SuppressWarnings("unchecked")
        TableView<EnterpriseRow> list = lookup("#enterprise-table").queryAs(TableView.class);
        steps.waitUntil(() -> list.getItems().size() > 10);
        steps.type("#list-filter", "示例");
        steps.waitUntil(() -> list.getItems().size() > 10);
        interact(() -> list.getSelectionModel().select(4));
        long keep = list.getSelectionModel().getSelectedItem().id();
        long other = list.getItems().get(1).id();
        StoredEnterprise s = seat1.list().find(other).orElseThrow();
        String renamed = s.enterprise().name().replace("（示例）", "甲（示例）");
        t0 = System.nanoTime();
        assertThat(seat1.list().save(s, renamed(s, renamed), Actors.all("市局甲")).isAccepted()).isTrue();
        steps.waitUntil(() -> list.getItems().stream().anyMatch(r -> r.name().equals(renamed)));
        long edited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.println("seat news: seat 2's list showed seat 1's edit " + edited + " ms after the save began");
        assertThat(list.getSelectionModel().getSelectedItem().id()).as("the enterprise chosen stays chosen").isEqualTo(keep);
        assertThat(lookup("#list-filter").queryAs(TextField.class).getText()).isEqualTo("示例");
        steps.waitUntil(() -> seatNews().contains("应急减排清单"));
        Screenshots.save(seat2.stage.getScene(), "seats-list-updated-by-another-seat");
        assertThat(tracked).as("within a few seconds").isLessThan(5_000);
        assertThat(edited).as("within a few seconds").isLessThan(5_000);

        // seat 2's listening connection is cut: once it listens again its screens reload, and the status bar says so
        PostgresServer.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db
                + "' AND application_name = 'HazeDesk listener'");
        steps.waitUntil(() -> seatNews().contains("已重新连接"));
        assertThat(lookup("#list-filter").queryAs(TextField.class).getText()).isEqualTo("示例");

        // the window closes: its screens (the warnings area and the list) stop following
        var feed = (cn.hazedesk.infra.db.PostgresChangeFeed) seat2.ctx.changeFeed();
        assertThat(feed.subscribers()).isEqualTo(2);
        interact(() -> seat2.stage.hide());
        assertThat(feed.subscribers()).isZero();
    }

    private static Enterprise renamed(StoredEnterprise s, String name) {
        Enterprise e = s.enterprise();
        return new Enterprise(e.uscc(), name, e.districtCode(), e.industry(), e.grade(), e.controlType(), e.address(),
                e.longitude(), e.latitude(), e.contactName(), e.contactPhone(), e.permitNumber(), e.permitManagement(),
                e.bulkTransport(), e.transportTrucks(), e.minTruckStandard(), e.lines());
    }
}
