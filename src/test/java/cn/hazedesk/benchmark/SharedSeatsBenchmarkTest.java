package cn.hazedesk.benchmark;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.application.ImportPlan;
import cn.hazedesk.application.ListChangedException;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.application.port.EpisodeStore.TrackStep;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.infra.data.ListReadingCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import cn.hazedesk.infra.excel.PoiListWorkbook;
import cn.hazedesk.testing.Actors;
import cn.hazedesk.testing.PostgresServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared mode under load (issue 17 point 8), on the embedded PostgreSQL:
 * <pre>mvn -B test -Dgroups=benchmark -DexcludedGroups= -Dtest=SharedSeatsBenchmarkTest</pre>
 * A 50,000-line list (12,000 enterprises) and a warning in force with its orders for every enterprise; then 20 seats
 * (threads, each with its own application context, data folder and connection pool on the one database) do a mix
 * for {@link #RUN}: the whole list read, a district filtered by a keyword, an enterprise opened, an enterprise saved
 * (a changed phone number, against the version it opened), a tracking step of an order, the response table read;
 * half-way one seat imports the whole list again (a MERGE of the same 50,000 lines with 1% changed). Median and 95th
 * percentile per action, refusals (worded, expected: two seats saving one enterprise), errors (any exception; target
 * none) and the server's peak connections go to target/benchmark/shared-seats.txt.
 */
@Tag("benchmark")
public class SharedSeatsBenchmarkTest {
    static final int SEATS = 20;
    static final Duration RUN = Duration.ofSeconds(Long.getLong("sharedSeats.seconds", 90));
    private static final String[] DISTRICTS = {"640202", "640205", "640221"};
    private static final Clock CLOCK = Clock.systemDefaultZone();

    @TempDir
    Path dir;

    private final Map<String, ConcurrentLinkedQueue<Long>> times = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

    @Test
    void twentySeatsOnFiftyThousandLines() throws Exception {
        String db = PostgresServer.migratedDatabase();
        List<AppContext> seats = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(SEATS + 2);
        StringBuilder setup = new StringBuilder();
        try {
            long t0 = System.nanoTime();
            List<Enterprise> list = ListImportBenchmarkTest.generate(12_000, 50_000, 42);
            for (int i = 0; i < SEATS; i++) {
                Path folder = dir.resolve("seat-" + i);
                PostgresServer.useIn(folder, db);
                seats.add(AppContext.open(folder, CLOCK));
            }
            AppContext first = seats.get(0);
            first.transactions().inTransaction(() -> {
                first.enterprises().insertAll(list, false);
                return null;
            });
            setup.append(String.format(Locale.ROOT, "setup: %d seats opened, %d lines stored in %.1f s%n", SEATS,
                    first.enterprises().summary().lines(), seconds(t0)));

            long t1 = System.nanoTime();
            long episode = episodeInForce(first);
            List<Long> orderIds = first.episodes().orders(episode).stream().filter(StoredOrder::current)
                    .map(StoredOrder::id).toList();
            setup.append(String.format(Locale.ROOT, "setup: warning issued, %d orders, in %.1f s%n", orderIds.size(),
                    seconds(t1)));

            long t2 = System.nanoTime();
            Path workbook = dir.resolve("list-50000.xlsx");
            Random change = new Random(9);
            List<Enterprise> again = list.stream().map(e -> change.nextInt(100) == 0 ? withPhone(e, "0952-" + (1000000
                    + change.nextInt(8999999))) : e).toList();
            new PoiListWorkbook(RegionsCsv.load(), ListReadingCsv.vocabulary(null)).write(workbook, again, ProgressListener.NONE);
            setup.append(String.format(Locale.ROOT, "setup: import workbook written in %.1f s%n", seconds(t2)));

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger peakConnections = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < SEATS; i++) {
                AppContext seat = seats.get(i);
                int n = i;
                work.add(pool.submit(() -> {
                    go.await();
                    seatLoop(seat, n, episode, orderIds, running);
                    return null;
                }));
            }
            AppContext importer = seats.get(SEATS - 1);
            long t3 = System.nanoTime();
            ImportPlan plan = importer.listImport().read(workbook, ProgressListener.NONE, CancelToken.NONE);
            setup.append(String.format(Locale.ROOT, "setup: import workbook read and checked in %.1f s%n", seconds(t3)));
            AtomicBoolean imported = new AtomicBoolean();
            work.add(pool.submit(() -> {
                go.await();
                Thread.sleep(RUN.toMillis() / 3);
                timed("whole-list import (50,000 lines, merge)", () -> {
                    try {
                        importer.listImport().commit(plan, ImportMode.MERGE, Actors.all("导入员"), ProgressListener.NONE,
                                CancelToken.NONE);
                        return true;
                    } catch (ListChangedException e) {
                        return false; // worded: the list was changed meanwhile, nothing replaced
                    } finally {
                        imported.set(true);
                    }
                });
                return null;
            }));
            Future<?> watcher = pool.submit(() -> {
                go.await();
                while (running.get()) {
                    peakConnections.accumulateAndGet(connections(db), Math::max);
                    Thread.sleep(500);
                }
                return null;
            });
            long start = System.nanoTime();
            go.countDown();
            Thread.sleep(RUN.toMillis());
            while (!imported.get()) { // the seats work on until the import is over: it runs among them
                Thread.sleep(200);
            }
            running.set(false);
            for (Future<?> f : work) {
                f.get(15, TimeUnit.MINUTES);
            }
            watcher.get(1, TimeUnit.MINUTES);
            double ran = seconds(start);

            String report = report(setup.toString(), ran, peakConnections.get(), maxConnections());
            BenchmarkReport.write("shared-seats.txt", report);
            assertThat(errors.values().stream().mapToInt(AtomicInteger::get).sum()).as(String.join("\n", errorSamples))
                    .isZero();
        } finally {
            pool.shutdownNow();
            for (AppContext c : seats) {
                c.close();
            }
            PostgresServer.drop(db);
        }
    }

    /** One seat's work until the time is up: a weighted mix of what a seat does during a warning. */
    private void seatLoop(AppContext seat, int n, long episode, List<Long> orderIds, AtomicBoolean running) {
        Random rnd = new Random(100 + n);
        String district = DISTRICTS[n % DISTRICTS.length];
        List<EnterpriseRow> rows = seat.list().rows();
        while (running.get()) {
            int pick = rnd.nextInt(100);
            if (pick < 10) {
                timed("list read (12,000 enterprises)", () -> seat.list().rows().size());
            } else if (pick < 25) {
                String key = rows.get(rnd.nextInt(rows.size())).name().substring(0, 2);
                timed("district list filtered by a keyword", () -> seat.list().rows().stream()
                        .filter(r -> r.districtCode().equals(district) && r.name().contains(key)).count());
            } else if (pick < 50) {
                long id = rows.get(rnd.nextInt(rows.size())).id();
                if (!timed("enterprise opened", () -> seat.list().find(id).isPresent())) {
                    rows = seat.list().rows(); // ids change with a new list version: the window reloads its list
                }
            } else if (pick < 60) {
                long id = rows.get(rnd.nextInt(rows.size())).id();
                String phone = "0952-" + (1000000 + rnd.nextInt(8999999));
                if (!timed("enterprise opened and saved", () -> seat.list().find(id).map(s -> seat.list().save(s,
                        withPhone(s.enterprise(), phone), Actors.all("席位" + n)).isAccepted()).orElse(false))) {
                    rows = seat.list().rows();
                }
            } else if (pick < 95) {
                long order = orderIds.get(rnd.nextInt(orderIds.size()));
                TrackStep step = TrackStep.values()[rnd.nextInt(TrackStep.values().length)];
                timedOutcome("order tracking step", () -> seat.episodes().track(order, step, Actors.all("席位" + n)));
            } else {
                timed("response table read (12,000 orders)", () -> seat.episodes().orders(episode).size());
            }
        }
    }

    /** Times one action; false when it was refused (in words) or found nothing, or failed (an error). */
    private boolean timed(String action, java.util.concurrent.Callable<Object> work) {
        long t = System.nanoTime();
        try {
            Object result = work.call();
            times.computeIfAbsent(action, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t);
            if (Boolean.FALSE.equals(result)) {
                refusals.computeIfAbsent(action, k -> new AtomicInteger()).incrementAndGet();
                return false;
            }
            return true;
        } catch (Exception | AssertionError e) {
            errors.computeIfAbsent(action, k -> new AtomicInteger()).incrementAndGet();
            if (errorSamples.size() < 10) {
                errorSamples.add(action + ": " + e);
            }
            return false;
        }
    }

    private void timedOutcome(String action, java.util.concurrent.Callable<Outcome<?>> work) {
        timed(action, () -> {
            Outcome<?> o = work.call();
            return o == null || o.isAccepted();
        });
    }

    private String report(String setup, double ran, int peak, String maxConnections) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "shared seats benchmark: %d seats on one PostgreSQL database (embedded,"
                + " max_connections %s), 50,000 lines, %.0f s of work%n", SEATS, maxConnections, ran));
        out.append(setup);
        out.append(String.format(Locale.ROOT, "%-48s %8s %10s %10s %9s %7s%n", "action", "count", "median ms", "p95 ms",
                "refused", "errors"));
        int totalErrors = 0;
        for (Map.Entry<String, ConcurrentLinkedQueue<Long>> e : new TreeMap<>(times).entrySet()) {
            List<Long> sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            int err = errors.getOrDefault(e.getKey(), new AtomicInteger()).get();
            totalErrors += err;
            out.append(String.format(Locale.ROOT, "%-48s %8d %10.1f %10.1f %9d %7d%n", e.getKey(), sorted.size(),
                    ms(sorted, 0.5), ms(sorted, 0.95), refusals.getOrDefault(e.getKey(), new AtomicInteger()).get(), err));
        }
        for (String action : errors.keySet()) {
            if (!times.containsKey(action)) {
                totalErrors += errors.get(action).get();
                out.append(String.format(Locale.ROOT, "%-48s %8d %10s %10s %9s %7d%n", action, 0, "-", "-", "-",
                        errors.get(action).get()));
            }
        }
        errorSamples.forEach(s -> out.append("error: ").append(s).append(System.lineSeparator()));
        out.append(String.format(Locale.ROOT, "peak connections to the server: %d%n", peak));
        out.append(BenchmarkReport.verdict("20 seats on PostgreSQL, 50,000 lines: errors", String.valueOf(totalErrors),
                "0", totalErrors == 0));
        return out.toString();
    }

    private static double ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    /** A real warning in force: consulted, proposed for every district at orange, approved, issued. */
    private static long episodeInForce(AppContext seat) {
        Instant now = CLOCK.instant();
        long id = seat.episodes().create(null, false, Actors.all("值班员")).value().id();
        List<ForecastDay> days = new ArrayList<>();
        for (String d : DISTRICTS) {
            for (int i = 0; i < 3; i++) {
                days.add(new ForecastDay(d, LocalDate.now(CLOCK).plusDays(i), i < 2 ? 230 : 90, false, "PM2.5", null));
            }
        }
        accepted(seat.episodes().act(id, new EpisodeAction.Consult(now, "2024", days, "会商意见", "环境、气象"),
                Actors.all("值班员")));
        Instant start = now.plus(Duration.ofHours(2));
        AreaLevels orange = new AreaLevels(WarningLevel.ORANGE, Map.of(DISTRICTS[0], WarningLevel.ORANGE,
                DISTRICTS[1], WarningLevel.ORANGE, DISTRICTS[2], WarningLevel.ORANGE));
        accepted(seat.episodes().act(id, new EpisodeAction.Propose(ProposalKind.ISSUE, orange, start,
                start.plus(Duration.ofDays(3)), "措施", null, null, false), Actors.all("值班员")));
        accepted(seat.episodes().act(id, new EpisodeAction.Approve("副市长", null), Actors.all("值班员")));
        accepted(seat.episodes().act(id, new EpisodeAction.Publish(seat.episodes().suggestNumber(), CLOCK.instant()
                .plusSeconds(60), null), Actors.all("值班员")));
        return id;
    }

    private static void accepted(Outcome<Episode> o) {
        assertThat(o.refusal()).isEmpty();
    }

    private static Enterprise withPhone(Enterprise e, String phone) {
        return new Enterprise(e.uscc(), e.name(), e.districtCode(), e.industry(), e.grade(), e.controlType(), e.address(),
                e.longitude(), e.latitude(), e.contactName(), phone, e.permitNumber(), e.permitManagement(),
                e.bulkTransport(), e.transportTrucks(), e.minTruckStandard(), e.lines());
    }

    private static int connections(String db) {
        try (Connection c = PostgresServer.connect(db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")) {
            r.next();
            return r.getInt(1) - 1; // not this one
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private static String maxConnections() {
        String db = PostgresServer.emptyDatabase();
        try (Connection c = PostgresServer.connect(db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW max_connections")) {
            r.next();
            return r.getString(1);
        } catch (java.sql.SQLException e) {
            return "?";
        } finally {
            PostgresServer.drop(db);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
