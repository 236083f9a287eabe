package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.port.EpisodeStore;
import cn.hazedesk.application.port.EpisodeStore.Inspection;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.application.port.EpisodeStore.TimelineEntry;
import cn.hazedesk.application.port.EpisodeStore.TrackStep;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.EpisodePhase;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.episode.EpisodeRefusal;
import cn.hazedesk.domain.response.OrderTrackingRefusal;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.LiftBasis;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.episode.ProposalState;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.response.ResponseOrder;
import cn.hazedesk.infra.db.FolderPhotoArchive;
import cn.hazedesk.infra.db.JooqEpisodeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static cn.hazedesk.infra.db.generated.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The episode service on a real H2 file with the bundled sample list (62 enterprises): one real episode at a time,
 * orders per district level on issue and adjustment, tracking, overdue acknowledgements, notice numbers,
 * inspections with photos, the audit trail, and one transaction per action.
 */
class EpisodeServiceTest {
    private static final Instant START = Instant.parse("2026-12-09T00:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate D1 = LocalDate.of(2026, 12, 10);
    private static final String CITY = "640200";
    private static final String DWK = "640202";
    private static final String HN = "640205";
    private static final String PL = "640221";
    private static final String ACTOR = "值班员";

    @TempDir
    Path dir;
    private MutableClock clock;
    private AppContext ctx;
    private EpisodeService episodes;
    private int sampleSize;

    @BeforeEach
    void open() {
        clock = new MutableClock(START, ZONE);
        ctx = AppContext.open(dir, clock);
        sampleSize = ctx.sampleData().loadIfFirstStart(ACTOR);
        episodes = ctx.episodes();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static List<ForecastDay> days(String region, int... aqi) {
        List<ForecastDay> out = new ArrayList<>();
        for (int i = 0; i < aqi.length; i++) {
            out.add(new ForecastDay(region, D1.plusDays(i), aqi[i], false, "PM2.5", null));
        }
        return out;
    }

    private static List<ForecastDay> everyDistrict(int... aqi) {
        return Stream.of(DWK, HN, PL).flatMap(d -> days(d, aqi).stream()).toList();
    }

    private static AreaLevels levels(WarningLevel city, WarningLevel hn) {
        return new AreaLevels(city, Map.of(DWK, city, HN, hn, PL, city));
    }

    private Outcome<Episode> ok(Outcome<Episode> r) {
        assertThat(r.refusal()).as("refused").isEmpty();
        assertThat(r.isAccepted()).isTrue();
        return r;
    }

    /** The clock moves on ten minutes, then the action; it must be accepted. */
    private Episode act(long id, EpisodeAction a) {
        clock.advance(Duration.ofMinutes(10));
        return ok(episodes.act(id, a, cn.hazedesk.testing.Actors.all(ACTOR))).value();
    }

    private long created(boolean drill) {
        return ok(episodes.create(drill ? "演练" : null, drill, cn.hazedesk.testing.Actors.all(ACTOR))).value().id();
    }

    private void consulted(long id, List<ForecastDay> forecast) {
        act(id, new EpisodeAction.Consult(clock.instant(), "2024", forecast, "会商意见", "环境、气象"));
    }

    private void proposed(long id, ProposalKind kind, AreaLevels l, Instant start) {
        act(id, new EpisodeAction.Propose(kind, l, start, kind == ProposalKind.ISSUE ? START.plus(Duration.ofDays(5))
                : null, "措施", null, null, false));
    }

    /** Approves the open proposal and publishes it issued a minute later; gives the issue time. */
    private Instant signedAndPublished(long id, String number) {
        act(id, new EpisodeAction.Approve("张副市长", null));
        Instant issued = clock.instant().plusSeconds(60);
        act(id, new EpisodeAction.Publish(number, issued, null));
        return issued;
    }

    /** A real episode issued with every district yellow (惠农区 as given), response an hour after now. */
    private long issued(WarningLevel hn, String number) {
        long id = created(false);
        consulted(id, hn == WarningLevel.YELLOW ? everyDistrict(210, 90)
                : Stream.of(days(CITY, 210, 90), days(DWK, 210, 90), days(HN, 210, 220, 90), days(PL, 210, 90))
                .flatMap(List::stream).toList());
        proposed(id, ProposalKind.ISSUE, levels(WarningLevel.YELLOW, hn), clock.instant().plus(Duration.ofHours(1)));
        signedAndPublished(id, number);
        return id;
    }

    private void lifted(long id, String number) {
        act(id, new EpisodeAction.Propose(ProposalKind.LIFT, null, null, null, null, "自治区解除", LiftBasis.AUTHORITY_LIFTED,
                false));
        signedAndPublished(id, number);
    }

    private int auditCount() {
        return ctx.store().dsl().fetchCount(AUDIT_EVENT);
    }

    private List<String> timelineActions(long id) {
        return episodes.timeline(id).stream().map(TimelineEntry::action).toList();
    }

    private List<ResponseOrder> expectedOrders(Episode e, Instant at) {
        List<ResponseOrder> out = new ArrayList<>();
        for (Region d : ctx.regions().districts()) {
            out.addAll(ctx.responseOrders().ordersAt(e.levels().of(d.code()), Optional.of(d.name()), at));
        }
        return out;
    }

    // ---- one real episode at a time ------------------------------------------------------------------------

    @Test
    void aSecondRealEpisodeIsRefusedWhileOneIsOpenButADrillRunsAlongside() {
        long first = created(false);
        int audits = auditCount();
        Outcome<Episode> second = episodes.create("另一过程", false, cn.hazedesk.testing.Actors.all(ACTOR));
        assertThat(second.isAccepted()).isFalse();
        assertThat(second.refusal().orElseThrow().code()).isEqualTo(EpisodeRefusal.ANOTHER_IN_FORCE);
        assertThat(auditCount()).as("a refusal writes nothing").isEqualTo(audits);
        assertThat(episodes.all()).extracting(Episode::id).containsExactly(first);

        long drill = created(true);
        assertThat(episodes.find(drill).orElseThrow().drill()).isTrue();
        assertThat(episodes.find(drill).orElseThrow().title()).isEqualTo("演练");
        assertThat(episodes.find(first).orElseThrow().title()).as("a default title by date").isEqualTo("2026年12月9日重污染天气过程");

        // while in force still refused; once lifted a new one may start
        consulted(first, everyDistrict(210, 90));
        proposed(first, ProposalKind.ISSUE, levels(WarningLevel.YELLOW, WarningLevel.YELLOW),
                clock.instant().plus(Duration.ofHours(1)));
        signedAndPublished(first, "石污防指〔2026〕1号");
        assertThat(episodes.create(null, false, cn.hazedesk.testing.Actors.all(ACTOR)).refusal().orElseThrow().code()).isEqualTo(EpisodeRefusal.ANOTHER_IN_FORCE);
        lifted(first, "石污防指〔2026〕2号");
        assertThat(episodes.create(null, false, cn.hazedesk.testing.Actors.all(ACTOR)).isAccepted()).isTrue();
    }

    // ---- orders --------------------------------------------------------------------------------------------

    @Test
    void anIssueGivesEveryListedEnterpriseOneCurrentOrderAtItsDistrictsLevel() {
        assertThat(sampleSize).isEqualTo(62);
        long id = issued(WarningLevel.ORANGE, "石污防指〔2026〕1号");
        Episode e = episodes.find(id).orElseThrow();
        assertThat(e.phase()).isEqualTo(EpisodePhase.ACTIVE);
        assertThat(e.levels()).isEqualTo(levels(WarningLevel.YELLOW, WarningLevel.ORANGE));
        List<StoredOrder> orders = episodes.orders(id);
        assertThat(orders).hasSize(sampleSize).allSatisfy(o -> {
            assertThat(o.current()).isTrue();
            assertThat(o.round()).isEqualTo(1);
            assertThat(o.proposalSeq()).isEqualTo(1);
            assertThat(o.episodeId()).isEqualTo(id);
            assertThat(o.order().level()).as(o.order().districtName())
                    .isEqualTo(o.order().districtCode().equals(HN) ? WarningLevel.ORANGE : WarningLevel.YELLOW);
        });
        assertThat(orders).extracting(StoredOrder::order).containsExactlyElementsOf(expectedOrders(e, e.responseStart()));
        assertThat(orders).extracting(o -> o.order().uscc()).doesNotHaveDuplicates();
        // exempt, protected and long-term shut down enterprises are listed too, with their reason
        assertThat(orders).filteredOn(o -> o.order().exempt()).extracting(o -> o.order().notCountedReason())
                .contains(MeasureRule.EXEMPT, MeasureRule.LONG_TERM_SHUTDOWN);
        assertThat(timelineActions(id)).endsWith("episode.publish", "episode.orders");
        assertThat(cn.hazedesk.domain.audit.AuditDetail.read(episodes.timeline(id).get(episodes.timeline(id).size() - 1).detail()).orElseThrow().fields())
                .containsExactly(Map.entry("round", "1"), Map.entry("orders", "62"));
    }

    @Test
    void anUpgradeSupersedesRoundOneAndOrdersRoundTwoAtTheNewLevel() {
        long id = issued(WarningLevel.YELLOW, "石污防指〔2026〕1号");
        consulted(id, everyDistrict(210, 220, 90));
        Instant start2 = clock.instant().plus(Duration.ofMinutes(30));
        proposed(id, ProposalKind.ADJUST, levels(WarningLevel.ORANGE, WarningLevel.ORANGE), start2);
        Instant issued2 = signedAndPublished(id, "石污防指〔2026〕2号");
        Episode e = episodes.find(id).orElseThrow();
        assertThat(e.round()).isEqualTo(2);
        List<StoredOrder> all = episodes.orders(id);
        assertThat(all).hasSize(2 * sampleSize);
        List<StoredOrder> current = all.stream().filter(StoredOrder::current).toList();
        List<StoredOrder> old = all.stream().filter(o -> !o.current()).toList();
        assertThat(all.subList(0, sampleSize)).as("current round first").isEqualTo(current);
        assertThat(current).allSatisfy(o -> {
            assertThat(o.round()).isEqualTo(2);
            assertThat(o.proposalSeq()).isEqualTo(2);
            assertThat(o.order().level()).isEqualTo(WarningLevel.ORANGE);
        });
        assertThat(current).extracting(StoredOrder::order).containsExactlyElementsOf(expectedOrders(e, start2));
        assertThat(old).hasSize(sampleSize).allSatisfy(o -> {
            assertThat(o.round()).isEqualTo(1);
            assertThat(o.order().level()).isEqualTo(WarningLevel.YELLOW);
            assertThat(o.supersededAt()).isEqualTo(issued2);
        });
        assertThat(cn.hazedesk.domain.audit.AuditDetail.read(episodes.timeline(id).get(episodes.timeline(id).size() - 1).detail()).orElseThrow().fields())
                .containsExactly(Map.entry("round", "2"), Map.entry("orders", "62"), Map.entry("superseded", "62"));

        // an extension is a notice but no new round
        act(id, new EpisodeAction.Propose(ProposalKind.EXTEND, null, null, START.plus(Duration.ofDays(7)), null, "持续",
                null, false));
        signedAndPublished(id, "石污防指〔2026〕3号");
        assertThat(episodes.orders(id)).hasSize(2 * sampleSize).filteredOn(StoredOrder::current).hasSize(sampleSize);
    }

    // ---- tracking and overdue ------------------------------------------------------------------------------

    @Test
    void trackingRecordsEachStepOnceAcknowledgingRecordsDeliveryToo() {
        long id = issued(WarningLevel.YELLOW, "石污防指〔2026〕1号");
        StoredOrder o = episodes.orders(id).get(0);
        clock.advance(Duration.ofMinutes(5));
        Instant ackAt = clock.instant();
        int audits = auditCount();
        ok(episodes.track(o.id(), TrackStep.ACKNOWLEDGED, cn.hazedesk.testing.Actors.all("送达员")));
        StoredOrder acked = episodes.orders(id).get(0);
        assertThat(acked.deliveredAt()).isEqualTo(ackAt);
        assertThat(acked.deliveredBy()).isEqualTo("送达员");
        assertThat(acked.acknowledgedAt()).isEqualTo(ackAt);
        assertThat(acked.implementedAt()).isNull();
        assertThat(auditCount()).isEqualTo(audits + 2);
        assertThat(timelineActions(id)).endsWith("order.delivered", "order.acknowledged");

        clock.advance(Duration.ofMinutes(5));
        ok(episodes.track(o.id(), TrackStep.DELIVERED, cn.hazedesk.testing.Actors.all("别人")));
        assertThat(episodes.orders(id).get(0).deliveredAt()).as("set once").isEqualTo(ackAt);
        assertThat(auditCount()).as("nothing new to record").isEqualTo(audits + 2);
        ok(episodes.track(o.id(), TrackStep.IMPLEMENTED, cn.hazedesk.testing.Actors.all("企业")));
        assertThat(episodes.orders(id).get(0).implementedAt()).isEqualTo(clock.instant());
        assertThat(timelineActions(id)).endsWith("order.implemented");
    }

    @Test
    void aSupersededOrderOrALiftedEpisodeCannotBeTracked() {
        long id = issued(WarningLevel.YELLOW, "石污防指〔2026〕1号");
        long roundOne = episodes.orders(id).get(0).id();
        consulted(id, everyDistrict(210, 220, 90));
        proposed(id, ProposalKind.ADJUST, levels(WarningLevel.ORANGE, WarningLevel.ORANGE),
                clock.instant().plus(Duration.ofHours(1)));
        signedAndPublished(id, "石污防指〔2026〕2号");
        int audits = auditCount();
        Outcome<Episode> r = episodes.track(roundOne, TrackStep.DELIVERED, cn.hazedesk.testing.Actors.all(ACTOR));
        assertThat(r.refusal().orElseThrow().code()).isEqualTo(OrderTrackingRefusal.ORDER_SUPERSEDED);
        assertThat(auditCount()).isEqualTo(audits);
        assertThat(episodes.orders(id)).filteredOn(o -> o.id() == roundOne).singleElement()
                .satisfies(o -> assertThat(o.deliveredAt()).isNull());

        long roundTwo = episodes.orders(id).get(0).id();
        lifted(id, "石污防指〔2026〕3号");
        audits = auditCount();
        assertThat(episodes.track(roundTwo, TrackStep.ACKNOWLEDGED, cn.hazedesk.testing.Actors.all(ACTOR)).refusal().orElseThrow().code()).isEqualTo(OrderTrackingRefusal.EPISODE_NOT_IN_FORCE);
        assertThat(episodes.inspect(roundTwo, null, "督查组", "已停产", true, null, cn.hazedesk.testing.Actors.all(ACTOR)).refusal().orElseThrow().code())
                .isEqualTo(OrderTrackingRefusal.EPISODE_NOT_IN_FORCE);
        assertThat(auditCount()).isEqualTo(audits);
        assertThat(episodes.orders(id).get(0).acknowledgedAt()).isNull();
    }

    @Test
    void anOrderNotAcknowledgedWithinTheCitysHoursIsOverdue() {
        assertThat(episodes.settings().acknowledgeHours()).isEqualTo(2);
        long id = issued(WarningLevel.YELLOW, "石污防指〔2026〕1号");
        Episode e = episodes.find(id).orElseThrow();
        Instant issuedAt = e.issuedAt();
        StoredOrder o = episodes.orders(id).get(0);
        assertThat(episodes.overdue(e, o, issuedAt.plus(Duration.ofHours(2)))).isFalse();
        assertThat(episodes.overdue(e, o, issuedAt.plus(Duration.ofHours(2)).plusSeconds(1))).isTrue();
        ok(episodes.track(o.id(), TrackStep.DELIVERED, cn.hazedesk.testing.Actors.all(ACTOR)));
        assertThat(episodes.overdue(e, episodes.orders(id).get(0), issuedAt.plus(Duration.ofHours(3))))
                .as("delivered is not acknowledged").isTrue();
        ok(episodes.track(o.id(), TrackStep.ACKNOWLEDGED, cn.hazedesk.testing.Actors.all(ACTOR)));
        assertThat(episodes.overdue(e, episodes.orders(id).get(0), issuedAt.plus(Duration.ofHours(3)))).isFalse();

        // round 2 counts from its own notice; round 1 is no longer current
        consulted(id, everyDistrict(210, 220, 90));
        proposed(id, ProposalKind.ADJUST, levels(WarningLevel.ORANGE, WarningLevel.ORANGE),
                clock.instant().plus(Duration.ofHours(1)));
        Instant issued2 = signedAndPublished(id, "石污防指〔2026〕2号");
        Episode e2 = episodes.find(id).orElseThrow();
        StoredOrder fresh = episodes.orders(id).get(1);
        StoredOrder stale = episodes.orders(id).stream().filter(x -> !x.current() && x.acknowledgedAt() == null)
                .findFirst().orElseThrow();
        assertThat(episodes.overdue(e2, fresh, issued2.plus(Duration.ofMinutes(119)))).isFalse();
        assertThat(episodes.overdue(e2, fresh, issued2.plus(Duration.ofMinutes(121)))).isTrue();
        assertThat(episodes.overdue(e2, stale, issued2.plus(Duration.ofDays(1)))).isFalse();
    }

    // ---- notice numbers ------------------------------------------------------------------------------------

    @Test
    void aNoticeNumberIsUsedOnceAcrossEpisodes() {
        assertThat(episodes.suggestNumber()).isEqualTo("石污防指〔2026〕1号");
        long id = issued(WarningLevel.YELLOW, "石污防指〔2026〕1号");
        assertThat(episodes.suggestNumber()).isEqualTo("石污防指〔2026〕2号");

        long drill = created(true);
        consulted(drill, everyDistrict(210, 90));
        proposed(drill, ProposalKind.ISSUE, levels(WarningLevel.YELLOW, WarningLevel.YELLOW),
                clock.instant().plus(Duration.ofHours(1)));
        act(drill, new EpisodeAction.Approve("张副市长", null));
        int audits = auditCount();
        Outcome<Episode> r = episodes.act(drill, new EpisodeAction.Publish(" 石污防指〔2026〕1号 ", clock.instant(), null), cn.hazedesk.testing.Actors.all(ACTOR));
        assertThat(r.refusal().orElseThrow().code()).isEqualTo(EpisodeRefusal.NUMBER_TAKEN);
        assertThat(r.refusal().orElseThrow().args()).containsExactly("石污防指〔2026〕1号");
        assertThat(episodes.find(drill).orElseThrow().phase()).isEqualTo(EpisodePhase.DRAFT);
        assertThat(episodes.find(drill).orElseThrow().open().orElseThrow().state()).isEqualTo(ProposalState.APPROVED);
        assertThat(episodes.orders(drill)).isEmpty();
        assertThat(auditCount()).isEqualTo(audits);
        // nor within the same episode: an adjustment is a notice of its own
        consulted(id, everyDistrict(210, 220, 90));
        proposed(id, ProposalKind.ADJUST, levels(WarningLevel.ORANGE, WarningLevel.ORANGE),
                clock.instant().plus(Duration.ofHours(1)));
        act(id, new EpisodeAction.Approve("张副市长", null));
        assertThat(episodes.act(id, new EpisodeAction.Publish("石污防指〔2026〕1号", clock.instant(), null), cn.hazedesk.testing.Actors.all(ACTOR))
                .refusal().orElseThrow().code()).isEqualTo(EpisodeRefusal.NUMBER_TAKEN);

        act(drill, new EpisodeAction.Publish("演练〔2026〕1号", clock.instant(), null));
        assertThat(episodes.find(drill).orElseThrow().phase()).as("a drill may be in force alongside")
                .isEqualTo(EpisodePhase.ACTIVE);
    }

    // ---- inspections ---------------------------------------------------------------------------------------

    @Test
    void anInspectionKeepsACopyOfItsPhotoAndNonCompliantOnesAreCounted() throws Exception {
        long id = issued(WarningLevel.YELLOW, "石污防指〔2026〕1号");
        StoredOrder o = episodes.orders(id).get(0);
        Path photo = Files.createDirectories(dir.resolve("外部")).resolve("现场.jpg");
        Files.write(photo, new byte[]{(byte) 0xFF, (byte) 0xD8, 1, 2, 3});
        Instant at = clock.instant().minus(Duration.ofMinutes(20));

        int audits = auditCount();
        assertThat(episodes.inspect(o.id(), at, " ", "未停产", false, photo, cn.hazedesk.testing.Actors.all(ACTOR)).refusal().orElseThrow().code())
                .isEqualTo(OrderTrackingRefusal.INSPECTOR_REQUIRED);
        assertThat(episodes.inspect(o.id(), at, "督查组", "  ", false, photo, cn.hazedesk.testing.Actors.all(ACTOR)).refusal().orElseThrow().code())
                .isEqualTo(OrderTrackingRefusal.FINDING_REQUIRED);
        assertThat(auditCount()).isEqualTo(audits);
        assertThat(dir.resolve("photos")).doesNotExist();

        ok(episodes.inspect(o.id(), at, " 督查组 ", " 未按要求停产 ", false, photo, cn.hazedesk.testing.Actors.all(ACTOR)));
        ok(episodes.inspect(o.id(), null, "督查组", "已停产", true, null, cn.hazedesk.testing.Actors.all(ACTOR)));
        List<Inspection> found = episodes.inspections(o.id());
        assertThat(found).hasSize(2);
        Inspection bad = found.get(0);
        assertThat(bad.inspectedAt()).isEqualTo(at);
        assertThat(bad.inspector()).isEqualTo("督查组");
        assertThat(bad.finding()).isEqualTo("未按要求停产");
        assertThat(bad.compliant()).isFalse();
        Path kept = Path.of(bad.photoPath());
        assertThat(kept).startsWith(dir.resolve("photos").resolve("episode-" + id)).exists();
        assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(photo));
        Inspection good = found.get(1);
        assertThat(good.inspectedAt()).as("now when no time is given").isEqualTo(clock.instant());
        assertThat(good.photoPath()).isNull();

        StoredOrder counted = episodes.orders(id).get(0);
        assertThat(counted.inspections()).isEqualTo(2);
        assertThat(counted.nonCompliant()).isEqualTo(1);
        assertThat(timelineActions(id)).endsWith("order.noncompliant", "order.inspect");
    }

    // ---- audit and transactions ----------------------------------------------------------------------------

    @Test
    void everyAcceptedActionIsOnTheTimelineAndARefusedOneWritesNothing() {
        long id = created(false);
        consulted(id, everyDistrict(210, 90));
        int audits = auditCount();
        Episode before = episodes.find(id).orElseThrow();
        Outcome<Episode> refused = episodes.act(id, new EpisodeAction.Approve("张副市长", null), cn.hazedesk.testing.Actors.all(ACTOR));
        assertThat(refused.refusal().orElseThrow().code()).isEqualTo(EpisodeRefusal.NO_OPEN_PROPOSAL);
                assertThat(episodes.find(id)).contains(before);
        assertThat(auditCount()).isEqualTo(audits);

        proposed(id, ProposalKind.ISSUE, levels(WarningLevel.YELLOW, WarningLevel.YELLOW),
                clock.instant().plus(Duration.ofHours(1)));
        signedAndPublished(id, "石污防指〔2026〕1号");
        episodes.setObservedAqi(id, DWK, D1, 230, cn.hazedesk.testing.Actors.all(ACTOR));
        assertThat(episodes.observedAqi(id)).isEqualTo(Map.of(DWK, Map.of(D1, 230)));

        List<TimelineEntry> t = episodes.timeline(id);
        assertThat(t).extracting(TimelineEntry::action).containsExactly("episode.create", "episode.consult",
                "episode.propose", "episode.approve", "episode.publish", "episode.orders", "episode.observed");
        assertThat(t).allSatisfy(x -> assertThat(x.actor()).isEqualTo(ACTOR));
        assertThat(t).extracting(TimelineEntry::at).isSorted();
        // the subject is stored as data (title, number) and worded when shown, as it read before in Chinese
        assertThat(cn.hazedesk.domain.audit.AuditDetail.read(t.get(4).subject()).orElseThrow().fields())
                .containsExactly(Map.entry("title", "2026年12月9日重污染天气过程"), Map.entry("number", "石污防指〔2026〕1号"));
        assertThat(new cn.hazedesk.i18n.AuditSubjectText(cn.hazedesk.i18n.Messages.forLocale(cn.hazedesk.i18n.Messages.CHINESE))
                .text(t.get(4).subject())).isEqualTo("2026年12月9日重污染天气过程（石污防指〔2026〕1号）");
        cn.hazedesk.domain.audit.AuditDetail published = cn.hazedesk.domain.audit.AuditDetail.read(t.get(4).detail()).orElseThrow();
        assertThat(published.kind()).isEqualTo("episode.publish");
        assertThat(published.fields()).containsEntry("number", "石污防指〔2026〕1号").containsEntry("kind", "ISSUE")
                .containsEntry("beforePhase", "DRAFT").containsEntry("beforeOpen", "ISSUE")
                .containsEntry("beforeOpenState", "APPROVED").containsEntry("afterPhase", "ACTIVE");
        assertThat(published.fields().get("afterLevels")).startsWith("city:YELLOW,");
        // shown, every record of the walk reads in words only: no codes, no machine times, no machine labels
        for (java.util.Locale l : List.of(cn.hazedesk.i18n.Messages.CHINESE, java.util.Locale.ENGLISH)) {
            cn.hazedesk.i18n.EpisodeText words = new cn.hazedesk.i18n.EpisodeText(cn.hazedesk.i18n.Messages.forLocale(l),
                    cn.hazedesk.infra.data.RegionsCsv.load(), clock.getZone());
            for (TimelineEntry x : t) {
                String shown = words.auditDetail(x.detail());
                assertThat(shown).as(l + " " + x.action()).isNotBlank().doesNotContainPattern("\\b(?!AQI\\b)[A-Z][A-Z_]{2,}")
                        .doesNotContainPattern("T\\d\\d:\\d\\d").doesNotContain("before:").doesNotContain("after:")
                        .doesNotContain("ad1:").doesNotContain("{").doesNotContain("city:");
            }
        }
        assertThat(auditCount()).isEqualTo(audits + 5);
    }

    /** Fails when orders are written, as a full disk or a broken connection would. */
    private static final class FailingOrders implements EpisodeStore {
        private final EpisodeStore real;

        FailingOrders(EpisodeStore real) {
            this.real = real;
        }

        @Override
        public void insertOrders(long episodeId, int round, int proposalSeq, List<ResponseOrder> orders) {
            throw new IllegalStateException("disk full");
        }

        @Override public long nextId() { return real.nextId(); }
        @Override public void save(Episode e) { real.save(e); }
        @Override public Optional<Episode> find(long id) { return real.find(id); }
        @Override public Optional<Episode> findForChange(long id) { return real.findForChange(id); }
        @Override public Optional<Episode> findForStep(long id) { return real.findForStep(id); }
        @Override public void lockNumbers() { real.lockNumbers(); }
        @Override public Optional<Episode> findByNumber(String number) { return real.findByNumber(number); }
        @Override public List<Episode> all() { return real.all(); }
        @Override public int supersedeBefore(long episodeId, int round, Instant at) { return real.supersedeBefore(episodeId, round, at); }
        @Override public List<StoredOrder> orders(long episodeId) { return real.orders(episodeId); }
        @Override public Optional<StoredOrder> order(long orderId) { return real.order(orderId); }
        @Override public boolean track(long orderId, TrackStep step, Instant at, String by) { return real.track(orderId, step, at, by); }
        @Override public long addInspection(long orderId, Inspection i) { return real.addInspection(orderId, i); }
        @Override public List<Inspection> inspections(long orderId) { return real.inspections(orderId); }
        @Override public void setObservedAqi(long episodeId, String regionCode, LocalDate day, Integer aqi) { real.setObservedAqi(episodeId, regionCode, day, aqi); }
        @Override public Map<String, Map<LocalDate, Integer>> observedAqi(long episodeId) { return real.observedAqi(episodeId); }
        @Override public List<TimelineEntry> timeline(long episodeId) { return real.timeline(episodeId); }
        @Override public Optional<String> summaryNumber(long episodeId) { return real.summaryNumber(episodeId); }
        @Override public void setSummaryNumber(long episodeId, String number) { real.setSummaryNumber(episodeId, number); }
        @Override public List<String> summaryNumbers() { return real.summaryNumbers(); }
    }

    @Test
    void whenTheOrdersCannotBeWrittenNothingOfThePublicationIsStored() {
        long id = created(false);
        consulted(id, everyDistrict(210, 90));
        proposed(id, ProposalKind.ISSUE, levels(WarningLevel.YELLOW, WarningLevel.YELLOW),
                clock.instant().plus(Duration.ofHours(1)));
        act(id, new EpisodeAction.Approve("张副市长", null));
        Episode approved = episodes.find(id).orElseThrow();
        int audits = auditCount();
        EpisodeService failing = new EpisodeService(ctx.transactions(),
                new FailingOrders(new JooqEpisodeStore(ctx.transactions(), ZONE)), episodes.rules(), episodes.settings(),
                ctx.responseOrders(), ctx.grading(), ctx.reduction(), ctx.auditLog(), new FolderPhotoArchive(dir), ctx.regions(), clock,
                ctx.documents()::phrases);
        assertThatThrownBy(() -> failing.act(id, new EpisodeAction.Publish("石污防指〔2026〕1号", clock.instant(), null),
                cn.hazedesk.testing.Actors.all(ACTOR))).hasMessageContaining("disk full");
        assertThat(episodes.find(id)).contains(approved);
        assertThat(episodes.orders(id)).isEmpty();
        assertThat(auditCount()).isEqualTo(audits);
        assertThat(episodes.suggestNumber()).as("the number is still free").isEqualTo("石污防指〔2026〕1号");
        // the same publication through the working store goes through
        act(id, new EpisodeAction.Publish("石污防指〔2026〕1号", clock.instant(), null));
        assertThat(episodes.orders(id)).hasSize(sampleSize);
    }

    @Test
    void nonComplianceFoundByAnInspectionLowersTheGradeInEffectByOneStep() {
        long id = issued(WarningLevel.YELLOW, "石污防指〔2026〕1号");
        StoredOrder order = episodes.orders(id).get(0);
        String uscc = order.order().uscc();
        String industry = order.order().industry();
        var grading = ctx.grading();
        var applied = grading.apply(uscc, industry, cn.hazedesk.domain.enterprise.PerformanceGrade.B, "2026年第一批",
                cn.hazedesk.testing.Actors.all("填报人"), "自评");
        long recordId = applied.value().record().orElseThrow().id();
        for (int i = 0; i < 4; i++) {
            assertThat(grading.approve(recordId, cn.hazedesk.testing.Actors.all("审核员"), null).isAccepted()).isTrue();
        }
        ok(episodes.inspect(order.id(), clock.instant(), "督查组 李", "2号窑未停产", false, null, cn.hazedesk.testing.Actors.all(ACTOR)));

        var outcome = episodes.downgradeForNonCompliance(order.id(), cn.hazedesk.testing.Actors.all(ACTOR));

        assertThat(outcome.isAccepted()).as(String.valueOf(outcome.refusal())).isTrue();
        EpisodeService.Downgrade r = outcome.value();
        assertThat(r.from()).isEqualTo(cn.hazedesk.domain.enterprise.PerformanceGrade.B);
        assertThat(r.to()).isEqualTo(cn.hazedesk.domain.enterprise.PerformanceGrade.B_MINUS);
        assertThat(grading.gradeInEffect(uscc, clock.instant()).orElseThrow().overall())
                .isEqualTo(cn.hazedesk.domain.enterprise.PerformanceGrade.B_MINUS);
        var ended = grading.history(uscc).stream()
                .filter(g -> g.status() == cn.hazedesk.domain.grading.GradeStatus.DOWNGRADED).findFirst().orElseThrow();
        assertThat(ended.downgradeReason()).isEqualTo(cn.hazedesk.domain.grading.DowngradeReason.NON_COMPLIANCE_DURING_WARNING);
        assertThat(timelineActions(id)).contains("order.noncompliant", "order.downgrade");
        // the grade record's comment, as data/documents/phrases.txt words it: the episode, its number, the finding
        String title = episodes.find(id).orElseThrow().title();
        assertThat(grading.history(uscc).stream().flatMap(g -> g.steps().stream()).map(st -> st.comment()))
                .contains(title + "（石污防指〔2026〕1号） 督查发现未落实减排措施：2号窑未停产");
    }

    @Test
    void withoutAGradeRecordNothingIsLoweredAndTheResultSaysSo() {
        long id = issued(WarningLevel.YELLOW, "石污防指〔2026〕1号");
        StoredOrder order = episodes.orders(id).get(0);
        int audits = auditCount();
        var r = episodes.downgradeForNonCompliance(order.id(), cn.hazedesk.testing.Actors.all(ACTOR));
        assertThat(r.refusal().orElseThrow().code()).isEqualTo(cn.hazedesk.domain.response.OrderTrackingRefusal.NO_GRADE_RECORD);
        assertThat(r.refusal().orElseThrow().args()).containsExactly(order.order().enterpriseName());
        assertThat(auditCount()).isEqualTo(audits);
    }
}
