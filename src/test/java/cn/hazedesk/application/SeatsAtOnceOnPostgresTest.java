package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.application.port.EpisodeStore.TrackStep;
import cn.hazedesk.benchmark.ListFilterBenchmarkTest;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.EpisodeRefusal;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.episode.ProposalState;
import cn.hazedesk.domain.response.OrderTrackingRefusal;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.testing.Actors;
import cn.hazedesk.testing.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two seats (two application contexts, each with its own connections) on one PostgreSQL database acting on the same
 * episode at the same moment. {@link StallingClock} holds the first seat inside its transaction, after it read the
 * episode, until the second seat reads the clock too (or two seconds passed): without a lock both act on the same
 * reading; with it the second seat waits for the first one's commit and is checked against what it stored, refused
 * with the domain's worded reason. Ids and notice numbers given by two seats at once never collide.
 */
class SeatsAtOnceOnPostgresTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate D1 = LocalDate.of(2026, 12, 10);
    private static final List<String> DISTRICTS = List.of("640202", "640205", "640221");

    @TempDir
    Path dir;
    private String db;
    private StallingClock clock;
    private AppContext bureau;
    private AppContext county;
    private ExecutorService pool;

    @BeforeEach
    void open() {
        db = PostgresServer.migratedDatabase();
        PostgresServer.useIn(dir.resolve("bureau"), db);
        PostgresServer.useIn(dir.resolve("county"), db);
        clock = new StallingClock(Instant.parse("2026-12-09T00:00:00Z"), ZONE);
        bureau = AppContext.open(dir.resolve("bureau"), clock);
        county = AppContext.open(dir.resolve("county"), clock);
        bureau.sampleData().loadIfFirstStart("tester");
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        county.close();
        bureau.close();
        PostgresServer.drop(db);
    }

    /** Runs {@code first} until it is inside its transaction, then {@code second}; both outcomes, in that order. */
    private <T> List<T> overlapping(Callable<T> first, Callable<T> second) throws Exception {
        clock.expect(2);
        Future<T> a = pool.submit(() -> {
            clock.arm();
            return first.call();
        });
        clock.awaitFirst();
        Future<T> b = pool.submit(() -> {
            clock.arm();
            return second.call();
        });
        return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
    }

    private Outcome<Episode> act(AppContext seat, long id, EpisodeAction a) {
        return seat.episodes().act(id, a, Actors.all(seat == bureau ? "市局甲" : "县局乙"));
    }

    private Episode ok(Outcome<Episode> o) {
        assertThat(o.refusal()).as("refused").isEmpty();
        return o.value();
    }

    /** An episode (a drill or a real one) with an ISSUE for every district at yellow, proposed and approved. */
    private long approvedIssue(boolean drill) {
        long id = ok(bureau.episodes().create(drill ? "演练" : null, drill, Actors.all("市局甲"))).id();
        clock.advance(Duration.ofMinutes(10));
        ok(act(bureau, id, new EpisodeAction.Consult(clock.instant(), "2024", forecast(210, 90), "会商意见", "环境、气象")));
        proposed(id, ProposalKind.ISSUE, WarningLevel.YELLOW);
        clock.advance(Duration.ofMinutes(10));
        ok(act(bureau, id, new EpisodeAction.Approve("张副市长", null)));
        clock.advance(Duration.ofMinutes(10));
        return id;
    }

    private void proposed(long id, ProposalKind kind, WarningLevel level) {
        clock.advance(Duration.ofMinutes(10));
        Instant start = clock.instant().plus(Duration.ofHours(6));
        ok(act(bureau, id, new EpisodeAction.Propose(kind, new AreaLevels(level, Map.of("640202", level, "640205", level,
                "640221", level)), start, kind == ProposalKind.ISSUE ? start.plus(Duration.ofDays(5)) : null, "措施", null,
                null, false)));
    }

    private static List<ForecastDay> forecast(int... aqi) {
        List<ForecastDay> out = new ArrayList<>();
        for (String d : DISTRICTS) {
            for (int i = 0; i < aqi.length; i++) {
                out.add(new ForecastDay(d, D1.plusDays(i), aqi[i], false, "PM2.5", null));
            }
        }
        return out;
    }

    /** Made before the seats start: the issue time is read from the clock. */
    private EpisodeAction.Publish publish(String number) {
        return new EpisodeAction.Publish(number, clock.instant(), null);
    }

    private static String worded(Outcome<?> o, Locale locale) {
        Outcome.Refusal r = o.refusal().orElseThrow();
        return new cn.hazedesk.i18n.OutcomeText(Messages.forLocale(locale)).refusal(r);
    }

    @Test
    void twoSeatsPublishingTheSameProposalAtOncePublishItOnceAndTheSecondIsToldWhy() throws Exception {
        long id = approvedIssue(false);
        int sample = bureau.list().rows().size();

        EpisodeAction.Publish one = publish("石污防指〔2026〕1号");
        EpisodeAction.Publish two = publish("石污防指〔2026〕2号");
        List<Outcome<Episode>> both = overlapping(() -> act(bureau, id, one), () -> act(county, id, two));

        assertThat(both.get(0).refusal()).isEmpty();
        assertThat(both.get(1).refusal().orElseThrow().code()).isEqualTo(EpisodeRefusal.NO_OPEN_PROPOSAL);
        assertThat(worded(both.get(1), Locale.SIMPLIFIED_CHINESE)).contains("没有待处理的审批表");
        assertThat(worded(both.get(1), Locale.ENGLISH)).contains("no open approval form");
        Episode stored = county.episodes().find(id).orElseThrow();
        assertThat(stored.number()).isEqualTo("石污防指〔2026〕1号");
        assertThat(stored.published()).hasSize(1);
        assertThat(county.episodes().orders(id)).as("one round of orders").hasSize(sample);
    }

    @Test
    void anApprovalOfAProposalAnotherSeatWithdrawsAtTheSameMomentIsRefused() throws Exception {
        long id = ok(bureau.episodes().create(null, false, Actors.all("市局甲"))).id();
        ok(act(bureau, id, new EpisodeAction.Consult(clock.instant(), "2024", forecast(210, 90), "会商意见", "环境、气象")));
        proposed(id, ProposalKind.ISSUE, WarningLevel.YELLOW);

        List<Outcome<Episode>> both = overlapping(() -> act(bureau, id, new EpisodeAction.Withdraw("预报变了")),
                () -> act(county, id, new EpisodeAction.Approve("张副市长", null)));

        assertThat(both.get(0).refusal()).isEmpty();
        assertThat(both.get(1).refusal().orElseThrow().code()).isEqualTo(EpisodeRefusal.NO_OPEN_PROPOSAL);
        assertThat(bureau.episodes().find(id).orElseThrow().proposals()).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(ProposalState.WITHDRAWN));
    }

    @Test
    void aStepTrackedWhileAnotherSeatPublishesTheAdjustmentIsRefusedAsSuperseded() throws Exception {
        long id = approvedIssue(false);
        ok(act(bureau, id, publish("石污防指〔2026〕1号")));
        long roundOne = bureau.episodes().orders(id).get(0).id();
        clock.advance(Duration.ofMinutes(10));
        ok(act(bureau, id, new EpisodeAction.Consult(clock.instant(), "2024", forecast(210, 220, 90), "加重", "环境、气象")));
        proposed(id, ProposalKind.ADJUST, WarningLevel.ORANGE);
        clock.advance(Duration.ofMinutes(10));
        ok(act(bureau, id, new EpisodeAction.Approve("张副市长", null)));
        clock.advance(Duration.ofMinutes(10));

        EpisodeAction.Publish adjustment = publish("石污防指〔2026〕2号");
        List<Outcome<Episode>> both = overlapping(() -> act(bureau, id, adjustment),
                () -> county.episodes().track(roundOne, TrackStep.DELIVERED, Actors.all("县局乙")));

        assertThat(both.get(0).refusal()).isEmpty();
        assertThat(both.get(1).refusal().orElseThrow().code()).isEqualTo(OrderTrackingRefusal.ORDER_SUPERSEDED);
        StoredOrder old = bureau.episodes().orders(id).stream().filter(o -> o.id() == roundOne).findFirst().orElseThrow();
        assertThat(old.current()).isFalse();
        assertThat(old.deliveredAt()).isNull();
    }

    @Test
    void twoSeatsGivingTheSameNoticeNumberAtOnceGiveItOnceAndTheSecondIsToldTheNumber() throws Exception {
        long one = approvedIssue(true);
        long two = approvedIssue(true);
        String number = bureau.episodes().suggestNumber(true, false);
        assertThat(county.episodes().suggestNumber(true, false)).isEqualTo(number);

        EpisodeAction.Publish same = publish(number);
        List<Outcome<Episode>> both = overlapping(() -> act(bureau, one, same), () -> act(county, two, same));

        // two episodes: neither waits for the other's episode, so either may come first; one of them only has it
        assertThat(both).filteredOn(Outcome::isAccepted).hasSize(1);
        Outcome<Episode> refused = both.stream().filter(o -> !o.isAccepted()).findFirst().orElseThrow();
        assertThat(refused.refusal().orElseThrow().code()).isEqualTo(EpisodeRefusal.NUMBER_TAKEN);
        assertThat(worded(refused, Locale.SIMPLIFIED_CHINESE)).contains(number);
        assertThat(worded(refused, Locale.ENGLISH)).contains(number);
        long loser = both.get(0).isAccepted() ? two : one;
        assertThat(bureau.episodes().find(loser).orElseThrow().number()).isNull();
        String next = county.episodes().suggestNumber(true, false);
        assertThat(next).as("the next one is offered").isNotEqualTo(number);
        ok(act(county, loser, publish(next)));

        // the summary report's number: the same rule across episodes
        List<Outcome<Episode>> reports = overlapping(
                () -> bureau.episodes().setSummaryNumber(one, "石污防指〔2026〕总1号", Actors.all("市局甲")),
                () -> county.episodes().setSummaryNumber(two, "石污防指〔2026〕总1号", Actors.all("县局乙")));
        assertThat(reports).filteredOn(Outcome::isAccepted).hasSize(1);
        assertThat(reports).filteredOn(o -> !o.isAccepted()).singleElement()
                .satisfies(o -> assertThat(o.refusal().orElseThrow().code()).isEqualTo(EpisodeRefusal.NUMBER_TAKEN));
    }

    @Test
    void twoSeatsAddingEnterprisesAndEpisodesAtOnceNeverShareAnId() throws Exception {
        List<Enterprise> fresh = ListFilterBenchmarkTest.generate(200, new Random(7)).stream().limit(20).toList();
        List<Outcome<Long>> first = overlapping(() -> bureau.list().save(Optional.empty(), fresh.get(0), Actors.all("市局甲")),
                () -> county.list().save(Optional.empty(), fresh.get(1), Actors.all("县局乙")));
        assertThat(first).allSatisfy(o -> assertThat(o.refusal()).isEmpty());
        assertThat(first.get(0).value()).isNotEqualTo(first.get(1).value());

        // then many at once, without the clock's help: every one accepted, every id its own
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Long>>> seats = new ArrayList<>();
        for (AppContext seat : List.of(bureau, county)) {
            int from = seat == bureau ? 2 : 11;
            seats.add(pool.submit(() -> {
                go.await();
                List<Long> ids = new ArrayList<>();
                for (int i = from; i < from + 9; i++) {
                    ids.add(seat.list().save(Optional.empty(), fresh.get(i), Actors.all("甲")).value());
                    Outcome<Episode> drill = seat.episodes().create("演练" + i, true, Actors.all("甲"));
                    ids.add(-drill.value().id());
                }
                return ids;
            }));
        }
        go.countDown();
        Set<Long> ids = new HashSet<>(List.of(first.get(0).value(), first.get(1).value()));
        for (Future<List<Long>> f : seats) {
            for (long id : f.get(120, TimeUnit.SECONDS)) {
                assertThat(ids.add(id)).as("id %d given twice", id).isTrue();
            }
        }
        assertThat(ids).hasSize(2 + 2 * 18);
        assertThat(bureau.list().rows().stream().filter(r -> fresh.stream().anyMatch(e -> e.uscc().equals(r.uscc()))))
                .hasSize(20);
        assertThat(Stream.of(bureau.episodes().all()).flatMap(List::stream).filter(Episode::drill)).hasSize(18);
    }

    @Test
    void twoSeatsAddingEnterprisesWhileAThirdImportsTheWholeListNeverShareAnId() throws Exception {
        Path file = dir.resolve("list.xlsx");
        var regions = cn.hazedesk.infra.data.RegionsCsv.load();
        new cn.hazedesk.infra.excel.PoiListWorkbook(regions, cn.hazedesk.infra.data.ListReadingCsv.vocabulary(null))
                .write(file, cn.hazedesk.benchmark.ListImportBenchmarkTest.generate(1_500, 6_000, 11), ProgressListener.NONE);
        PostgresServer.useIn(dir.resolve("importer"), db);
        try (AppContext importer = AppContext.open(dir.resolve("importer"), clock)) {
            ImportPlan plan = importer.listImport().read(file, ProgressListener.NONE, CancelToken.NONE);
            List<Enterprise> fresh = ListFilterBenchmarkTest.generate(400, new Random(5)).stream().limit(60).toList();
            CountDownLatch go = new CountDownLatch(1);
            Future<Object> imported = pool.submit(() -> {
                go.await();
                try {
                    return importer.listImport().commit(plan, cn.hazedesk.domain.listimport.ImportMode.MERGE,
                            Actors.all("丙"), ProgressListener.NONE, CancelToken.NONE);
                } catch (ListChangedException e) {
                    return e; // the seats' additions came first: the import is refused in words, nothing replaced
                }
            });
            List<Future<List<Long>>> seats = new ArrayList<>();
            for (AppContext seat : List.of(bureau, county)) {
                int from = seat == bureau ? 0 : 30;
                seats.add(pool.submit(() -> {
                    go.await();
                    List<Long> ids = new ArrayList<>();
                    for (int i = from; i < from + 30 && !imported.isDone(); i++) {
                        Outcome<Long> o = seat.list().save(Optional.empty(), fresh.get(i), Actors.all("甲"));
                        assertThat(o.refusal()).isEmpty();
                        ids.add(o.value());
                        Thread.sleep(50);
                    }
                    return ids;
                }));
            }
            go.countDown();
            Set<Long> ids = new HashSet<>();
            for (Future<List<Long>> f : seats) {
                for (long id : f.get(300, TimeUnit.SECONDS)) {
                    assertThat(ids.add(id)).as("id %d given twice", id).isTrue();
                }
            }
            Object outcome = imported.get(300, TimeUnit.SECONDS);
            assertThat(ids).as("the seats added while the import ran").isNotEmpty();
            List<EnterpriseRow> rows = bureau.list().rows();
            assertThat(rows.stream().map(EnterpriseRow::id).distinct()).hasSameSizeAs(rows);
            if (outcome instanceof ImportResult) {
                assertThat(rows.size()).isGreaterThanOrEqualTo(plan.rows() > 0 ? 1_500 : 0);
            } else {
                assertThat(outcome).isInstanceOf(ListChangedException.class);
                assertThat(rows.stream().map(EnterpriseRow::id).toList()).containsAll(ids);
            }
        }
    }

    @Test
    void twoSeatsAddingTheSameCreditCodeAtOnceAddItOnceAndTheSecondIsToldWho() throws Exception {
        Enterprise fresh = ListFilterBenchmarkTest.generate(10, new Random(13)).get(0);
        List<Outcome<Long>> both = overlapping(() -> bureau.list().save(Optional.empty(), fresh, Actors.all("市局甲")),
                () -> county.list().save(Optional.empty(), fresh, Actors.all("县局乙")));

        assertThat(both.get(0).refusal()).isEmpty();
        assertThat(both.get(1).refusal().orElseThrow().code())
                .isEqualTo(cn.hazedesk.domain.enterprise.ListEditRefusal.DUPLICATE_USCC);
        assertThat(worded(both.get(1), Locale.SIMPLIFIED_CHINESE)).contains(fresh.uscc());
        assertThat(bureau.list().rows()).filteredOn(r -> r.uscc().equals(fresh.uscc())).hasSize(1);
    }
}
