package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.ListEditRefusal;
import cn.hazedesk.testing.Actors;
import cn.hazedesk.testing.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two seats (two application contexts, each with its own data folder and connections) on one PostgreSQL database,
 * editing the same enterprise: the second save of the same reading is refused, naming the first seat's user and the
 * time, and the first seat's change stays; two saves at the same moment: exactly one is accepted.
 */
class TwoSeatsOnPostgresTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-10T08:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;
    private String db;
    private AppContext bureau;
    private AppContext county;

    @BeforeEach
    void open() {
        db = PostgresServer.migratedDatabase();
        PostgresServer.useIn(dir.resolve("bureau"), db);
        PostgresServer.useIn(dir.resolve("county"), db);
        bureau = AppContext.open(dir.resolve("bureau"), CLOCK);
        county = AppContext.open(dir.resolve("county"), CLOCK);
        bureau.sampleData().loadIfFirstStart("tester");
    }

    @AfterEach
    void close() {
        county.close();
        bureau.close();
        PostgresServer.drop(db);
    }

    private static Enterprise withPhone(StoredEnterprise s, String phone) {
        Enterprise e = s.enterprise();
        return new Enterprise(e.uscc(), e.name(), e.districtCode(), e.industry(), e.grade(), e.controlType(), e.address(),
                e.longitude(), e.latitude(), e.contactName(), phone, e.permitNumber(), e.permitManagement(),
                e.bulkTransport(), e.transportTrucks(), e.minTruckStandard(), e.lines());
    }

    @Test
    void theSecondSeatsSaveOfTheSameReadingIsRefusedNamingTheFirstSeatsUser() {
        long id = county.list().rows().get(0).id();
        StoredEnterprise atBureau = bureau.list().find(id).orElseThrow();
        StoredEnterprise atCounty = county.list().find(id).orElseThrow();

        assertThat(bureau.list().save(atBureau, withPhone(atBureau, "0952-1111111"), Actors.all("市局甲")).isAccepted()).isTrue();
        Outcome.Refusal why = county.list().save(atCounty, withPhone(atCounty, "0952-2222222"), Actors.all("县局乙"))
                .refusal().orElseThrow();
        assertThat(why.code()).isEqualTo(ListEditRefusal.CHANGED_MEANWHILE);
        assertThat(why.args()).containsExactly(atCounty.enterprise().name(), "市局甲", "2026-12-10 16:30:00");
        assertThat(county.list().find(id).orElseThrow().enterprise().contactPhone()).isEqualTo("0952-1111111");

        StoredEnterprise reloaded = county.list().find(id).orElseThrow();
        assertThat(county.list().save(reloaded, withPhone(reloaded, "0952-2222222"), Actors.all("县局乙")).isAccepted()).isTrue();
        assertThat(bureau.list().find(id).orElseThrow().enterprise().contactPhone()).isEqualTo("0952-2222222");
    }

    @Test
    void twoSavesOfTheSameReadingAtOnceLeaveExactlyOneAccepted() throws Exception {
        List<EnterpriseRow> rows = bureau.list().rows();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long id = rows.get(round).id();
                StoredEnterprise atBureau = bureau.list().find(id).orElseThrow();
                StoredEnterprise atCounty = county.list().find(id).orElseThrow();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Outcome<Long>>> saves = new ArrayList<>();
                saves.add(pool.submit(() -> {
                    go.await();
                    return bureau.list().save(atBureau, withPhone(atBureau, "0952-1000000"), Actors.all("市局甲"));
                }));
                saves.add(pool.submit(() -> {
                    go.await();
                    return county.list().save(atCounty, withPhone(atCounty, "0952-2000000"), Actors.all("县局乙"));
                }));
                go.countDown();
                int accepted = 0;
                for (Future<Outcome<Long>> f : saves) {
                    Outcome<Long> o = f.get(60, TimeUnit.SECONDS);
                    if (o.isAccepted()) {
                        accepted++;
                    } else {
                        assertThat(o.refusal().orElseThrow().code()).isEqualTo(ListEditRefusal.CHANGED_MEANWHILE);
                    }
                }
                assertThat(accepted).as("round " + round).isEqualTo(1);
                assertThat(bureau.list().find(id).orElseThrow().version()).isEqualTo(atBureau.version() + 1);
                assertThat(bureau.list().history(atBureau.enterprise().uscc()).stream()
                        .filter(h -> h.field().equals("PHONE")).count()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
