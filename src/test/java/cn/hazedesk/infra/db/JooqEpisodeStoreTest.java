package cn.hazedesk.infra.db;

import cn.hazedesk.application.port.EpisodeStore.Inspection;
import cn.hazedesk.application.port.EpisodeStore.StoredOrder;
import cn.hazedesk.application.port.EpisodeStore.TimelineEntry;
import cn.hazedesk.application.port.EpisodeStore.TrackStep;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Consultation;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.EpisodePhase;
import cn.hazedesk.domain.episode.EpisodeRules;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.LiftBasis;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.episode.ProposalState;
import cn.hazedesk.domain.episode.SignatoryPolicy;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.response.OrderLine;
import cn.hazedesk.domain.response.ResponseOrder;
import cn.hazedesk.infra.data.CriteriaCsv;
import cn.hazedesk.infra.data.RegionsCsv;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Episodes, orders, tracking, inspections, observed AQI and the timeline on a real H2 file. */
class JooqEpisodeStoreTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant T0 = Instant.parse("2026-12-09T08:00:00Z");
    private static final LocalDate D1 = LocalDate.of(2026, 12, 10);
    private static final RegionCatalog REGIONS = RegionsCsv.load();
    private static final EpisodeRules RULES = new EpisodeRules(CriteriaCsv.load(null), new SignatoryPolicy(Map.of(
            WarningLevel.YELLOW, "分管副市长", WarningLevel.ORANGE, "分管副市长", WarningLevel.RED, "市长")), REGIONS);

    @TempDir
    Path dir;
    private Store db;
    private JooqTransactions tx;
    private JooqEpisodeStore store;
    private JooqAuditLog audit;

    @BeforeEach
    void open() {
        db = Store.open(dir, Clock.fixed(T0, ZONE));
        tx = new JooqTransactions(db.dsl());
        store = new JooqEpisodeStore(tx, ZONE);
        audit = new JooqAuditLog(tx, ZONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private <T> T inTx(Supplier<T> work) {
        return tx.inTransaction(work);
    }

    private void save(Episode e) {
        inTx(() -> {
            store.save(e);
            return null;
        });
    }

    private Episode reread(long id) {
        return inTx(() -> store.find(id)).orElseThrow();
    }

    private static List<ForecastDay> forecast() {
        List<ForecastDay> out = new ArrayList<>();
        // day by day, the districts then the city: as a forecast table is read, not as the store sorts it
        List<String> areas = List.of("640202", "640205", "640221", "640200");
        areas.forEach(a -> out.add(new ForecastDay(a, D1, 230, false, "PM2.5", "PM2.5=180")));
        areas.forEach(a -> out.add(new ForecastDay(a, D1.plusDays(1), 260, false, "PM10", "")));
        areas.forEach(a -> out.add(new ForecastDay(a, D1.plusDays(2), 90, a.equals("640205"), null, null)));
        return out;
    }

    private static AreaLevels levels(WarningLevel city, WarningLevel hn) {
        return new AreaLevels(city, Map.of("640202", city, "640205", hn, "640221", city));
    }

    /** Walks an episode through every stage with the real rules, storing it after each step and reading it back. */
    @Test
    void everyStageComesBackAsItWasSaved() {
        Episode e = Episode.draft(inTx(store::nextId), "12月重污染过程", false, "值班员", T0);
        assertThat(e.id()).isEqualTo(1);
        save(e);
        assertThat(reread(1)).isEqualTo(e);
        assertThat(inTx(store::nextId)).isEqualTo(2);

        Instant now = T0;
        List<EpisodeAction> steps = List.of(
                new EpisodeAction.Consult(T0.minus(Duration.ofHours(1)), "2024", forecast(), "橙色，惠农区沙尘",
                        "市生态环境局、市气象局"),
                new EpisodeAction.Propose(ProposalKind.ISSUE, levels(WarningLevel.ORANGE, WarningLevel.RED),
                        T0.plus(Duration.ofHours(4)), T0.plus(Duration.ofDays(3)), "停产限产", "惠农区单独加严", null, false),
                new EpisodeAction.Reject("李市长", "措施不具体"),
                new EpisodeAction.Propose(ProposalKind.ISSUE, levels(WarningLevel.ORANGE, WarningLevel.ORANGE),
                        T0.plus(Duration.ofHours(4)), T0.plus(Duration.ofDays(3)), "停产限产", null, null, false),
                new EpisodeAction.Approve("张副市长", "同意"),
                new EpisodeAction.Publish("石污防指〔2026〕1号", T0.plus(Duration.ofHours(2)), null),
                new EpisodeAction.Propose(ProposalKind.EXTEND, null, null, T0.plus(Duration.ofDays(4)), null, "持续",
                        null, false),
                new EpisodeAction.Approve("张副市长", null),
                new EpisodeAction.Publish("石污防指〔2026〕2号", T0.plus(Duration.ofHours(5)), null),
                new EpisodeAction.Consult(null, "2018", List.of(
                        new ForecastDay("640202", D1.plusDays(3), 60, false, "PM2.5", null),
                        new ForecastDay("640202", D1.plusDays(4), 70, false, "PM2.5", null)), "", ""),
                new EpisodeAction.Propose(ProposalKind.LIFT, null, null, null, null, "好转", LiftBasis.BELOW_CRITERIA,
                        false),
                new EpisodeAction.Approve("张副市长", null),
                new EpisodeAction.Publish("石污防指〔2026〕3号", T0.plus(Duration.ofHours(9)), null),
                new EpisodeAction.Close("过程总结"));
        List<String> phases = new ArrayList<>();
        for (EpisodeAction a : steps) {
            now = now.plus(Duration.ofMinutes(20));
            var o = RULES.apply(e, a, "值班员", now);
            assertThat(o.isAccepted()).as(a + " → " + o).isTrue();
            e = o.value().episode();
            save(e);
            assertThat(reread(e.id())).as("after " + a).isEqualTo(e);
            phases.add(e.statusCode());
        }
        assertThat(phases).containsExactly("DRAFT", "DRAFT_ISSUE_PENDING", "DRAFT", "DRAFT_ISSUE_PENDING",
                "DRAFT_ISSUE_APPROVED", "ACTIVE", "ACTIVE_EXTEND_PENDING", "ACTIVE_EXTEND_APPROVED", "ACTIVE",
                "ACTIVE", "ACTIVE_LIFT_PENDING", "ACTIVE_LIFT_APPROVED", "LIFTED", "CLOSED");
        Episode closed = reread(e.id());
        assertThat(closed.phase()).isEqualTo(EpisodePhase.CLOSED);
        assertThat(closed.consultations()).hasSize(2);
        assertThat(closed.consultations().get(0).days()).hasSize(12).contains(
                new ForecastDay("640205", D1.plusDays(2), 90, true, "", ""));
        assertThat(closed.proposals().get(0).levels().of("640205")).isEqualTo(WarningLevel.RED);
        assertThat(closed.proposals().get(0).state()).isEqualTo(ProposalState.REJECTED);
        Proposal lift = closed.proposals().get(closed.proposals().size() - 1);
        assertThat(lift.liftBasis()).isEqualTo(LiftBasis.BELOW_CRITERIA);
        assertThat(lift.hoursBelow()).isEqualTo(48);
        assertThat(closed.number()).isEqualTo("石污防指〔2026〕1号");
        assertThat(inTx(() -> store.findByNumber("石污防指〔2026〕1号"))).contains(closed);
        assertThat(inTx(() -> store.findByNumber("石污防指〔2026〕2号"))).as("only the warning's own number").isEmpty();
        // the list view leaves out the forecast days but keeps the rest
        assertThat(inTx(store::all)).singleElement().satisfies(x -> {
            assertThat(x.consultations()).isEmpty();
            assertThat(x.proposals()).isEqualTo(closed.proposals());
            assertThat(x.levels()).isEqualTo(closed.levels());
        });
    }

    /** Every field that the rules can set, written by hand, including the ones a walk leaves empty. */
    @Test
    void aHandBuiltEpisodeWithEveryFieldSetComesBack() {
        Consultation c = new Consultation(1, T0, "2024", forecast(), "意见", "人员", "值班员", T0.plusSeconds(5));
        Proposal pub = new Proposal(1, ProposalKind.ISSUE, levels(WarningLevel.YELLOW, WarningLevel.RED), T0.plusSeconds(3600),
                T0.plusSeconds(86400), "措施", "理由", null, null, 1, "市长", "值班员", T0.plusSeconds(60),
                ProposalState.PUBLISHED, "李市长", T0.plusSeconds(120), "同意", "1号", T0.plusSeconds(180), "值班员",
                "宁污防指〔2026〕2号");
        Proposal lift = new Proposal(2, ProposalKind.LIFT, levels(WarningLevel.YELLOW, WarningLevel.RED), null,
                T0.plusSeconds(86400), "", "上级解除", LiftBasis.AUTHORITY_LIFTED, 12, 1, "市长", "值班员",
                T0.plusSeconds(600), ProposalState.APPROVED, "李市长", T0.plusSeconds(700), "", null, null, null);
        Episode e = new Episode(5, "演练过程", true, EpisodePhase.SUSPENDED, levels(WarningLevel.YELLOW, WarningLevel.RED),
                "1号", T0.plusSeconds(180), T0.plusSeconds(3600), T0.plusSeconds(86400), null, List.of(c),
                List.of(pub, lift), "", 1, "值班员", T0);
        save(e);
        assertThat(reread(5)).isEqualTo(e);
    }

    @Test
    void aForecastByHalfDayAndByHourForSevenDaysComesBack() {
        List<ForecastDay> periods = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            periods.add(new ForecastDay("640205", D1.plusDays(d), 0, 12, 200 + d, false, "PM2.5", ""));
            periods.add(new ForecastDay("640205", D1.plusDays(d), 12, 12, 210 + d, d == 6, "PM2.5", ""));
        }
        for (int h = 0; h < 24; h++) {
            periods.add(new ForecastDay("640202", D1, h, 1, 150 + h, false, "PM10", ""));
        }
        periods.add(new ForecastDay("640221", D1, 180, false, "PM2.5", "PM2.5=140"));
        Consultation c = new Consultation(1, T0, "2018", periods, "逐半日、逐时预报", "气象局", "值班员", T0.plusSeconds(5));
        Episode e = Episode.draft(9, "七天预报", false, "值班员", T0);
        e = new Episode(9, e.title(), false, EpisodePhase.DRAFT, null, null, null, null, null, null, List.of(c), List.of(),
                "", 0, "值班员", T0);
        save(e);
        Episode back = reread(9);
        assertThat(back).isEqualTo(e);
        assertThat(back.consultations().get(0).periodsOf("640205")).hasSize(14)
                .allSatisfy(p -> assertThat(p.hours()).isEqualTo(12));
        assertThat(back.consultations().get(0).periodsOf("640202")).hasSize(24)
                .allSatisfy(p -> assertThat(p.hours()).isEqualTo(1));
        assertThat(back.consultations().get(0).periodsOf("640221")).singleElement()
                .satisfies(p -> assertThat(p.hours()).isEqualTo(24));
    }

    @Test
    void aPublishedProposalCannotBeSavedWithAnotherState() {
        Proposal pub = new Proposal(1, ProposalKind.SUSPEND, levels(WarningLevel.YELLOW, WarningLevel.YELLOW), null,
                T0.plusSeconds(86400), "", "暂停", null, null, 0, "分管副市长", "值班员", T0, ProposalState.PUBLISHED,
                "张副市长", T0, "", "1号", T0, "值班员");
        Episode e = new Episode(1, "过程", false, EpisodePhase.SUSPENDED, levels(WarningLevel.YELLOW, WarningLevel.YELLOW),
                "0号", T0, T0, T0.plusSeconds(86400), null, List.of(), List.of(pub), "", 1, "值班员", T0);
        save(e);
        Proposal changed = new Proposal(1, ProposalKind.SUSPEND, pub.levels(), null, pub.expectedEnd(), "", "暂停", null,
                null, 0, "分管副市长", "值班员", T0, ProposalState.WITHDRAWN, "张副市长", T0, "", "1号", T0, "值班员");
        Episode tampered = new Episode(1, "过程", false, EpisodePhase.ACTIVE, e.levels(), "0号", T0, T0,
                T0.plusSeconds(86400), null, List.of(), List.of(changed), "", 1, "值班员", T0);
        assertThatThrownBy(() -> save(tampered)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("published proposal 1");
        assertThat(reread(1)).as("the whole save was rolled back").isEqualTo(e);
    }

    // ---- orders ----------------------------------------------------------------------------------------------

    private static ResponseOrder order(String uscc, String name, WarningLevel level, MeasureRule notCounted,
                                       OrderLine... lines) {
        return new ResponseOrder(uscc, name, "640205", "惠农区", "焦化", PerformanceGrade.B, level,
                ControlType.KEY_INDUSTRY, "惠农区1号", "王工", "0952-1234567", notCounted, List.of(lines),
                TransportRule.NONE);
    }

    private static OrderLine line(String name, String fraction) {
        // the second line of an order is an UNVERIFIED matrix default: the flag must come back as stored
        return new OrderLine(name, "焦炉", MeasureRule.MATRIX_DEFAULT, MeasureType.CAP, new BigDecimal(fraction), true,
                "限产" + fraction, TransportRule.NO_CHINA_IV_OR_OLDER, name.startsWith("2"));
    }

    private Episode issued() {
        Episode e = new Episode(1, "过程", false, EpisodePhase.ACTIVE, levels(WarningLevel.YELLOW, WarningLevel.YELLOW),
                "1号", T0, T0, T0.plusSeconds(86400), null, List.of(), List.of(), "", 1, "值班员", T0);
        save(e);
        return e;
    }

    @Test
    void ordersComeBackWithTheirLinesCurrentRoundFirst() {
        issued();
        ResponseOrder a = order("91640205TEST00003C", "惠农焦化（测试）", WarningLevel.YELLOW, null,
                line("1号焦炉", "0.3"), line("2号焦炉", "0.5"));
        ResponseOrder b = new ResponseOrder("91640205TEST00004D", "惠农电石（测试）", "640205", "惠农区", "电石",
                PerformanceGrade.UNRATED, WarningLevel.YELLOW, ControlType.EXEMPT, null, null, null, MeasureRule.EXEMPT,
                List.of(new OrderLine("1号线", null, MeasureRule.EXEMPT, null, BigDecimal.ZERO, false, "", null, false)),
                TransportRule.NONE);
        inTx(() -> {
            store.insertOrders(1, 1, 1, List.of(a, b));
            return null;
        });
        List<StoredOrder> round1 = inTx(() -> store.orders(1));
        assertThat(round1).extracting(StoredOrder::order).containsExactly(a, b);
        assertThat(round1).allSatisfy(o -> {
            assertThat(o.round()).isEqualTo(1);
            assertThat(o.proposalSeq()).isEqualTo(1);
            assertThat(o.current()).isTrue();
            assertThat(o.deliveredAt()).isNull();
            assertThat(o.inspections()).isZero();
        });
        assertThat(round1.get(1).order().exempt()).isTrue();

        ResponseOrder a2 = order("91640205TEST00003C", "惠农焦化（测试）", WarningLevel.ORANGE, null, line("1号焦炉", "1"));
        Instant at = T0.plus(Duration.ofHours(6));
        int superseded = inTx(() -> {
            store.insertOrders(1, 2, 3, List.of(a2));
            return store.supersedeBefore(1, 2, at);
        });
        assertThat(superseded).isEqualTo(2);
        assertThat(inTx(() -> store.supersedeBefore(1, 2, at.plusSeconds(60)))).as("already superseded").isZero();
        List<StoredOrder> all = inTx(() -> store.orders(1));
        assertThat(all).extracting(o -> o.round() + " " + o.order().enterpriseName() + " " + o.current())
                .containsExactly("2 惠农焦化（测试） true", "1 惠农焦化（测试） false", "1 惠农电石（测试） false");
        assertThat(all.get(1).supersededAt()).isEqualTo(at);
        assertThat(all.get(0).order()).isEqualTo(a2);
        assertThat(all.get(0).proposalSeq()).isEqualTo(3);
        assertThat(inTx(() -> store.order(all.get(2).id()))).contains(all.get(2));
        assertThat(inTx(() -> store.order(999))).isEmpty();
    }

    @Test
    void eachTrackingStepIsSetOnceAndInspectionsAreCounted() {
        issued();
        inTx(() -> {
            store.insertOrders(1, 1, 1, List.of(order("91640205TEST00003C", "惠农焦化（测试）", WarningLevel.YELLOW, null,
                    line("1号焦炉", "0.3000"))));
            return null;
        });
        long id = inTx(() -> store.orders(1)).get(0).id();
        Instant t1 = T0.plusSeconds(600);
        Instant t2 = T0.plusSeconds(1200);
        assertThat(inTx(() -> store.track(id, TrackStep.DELIVERED, t1, "送达员"))).isTrue();
        assertThat(inTx(() -> store.track(id, TrackStep.DELIVERED, t2, "别人"))).isFalse();
        assertThat(inTx(() -> store.track(id, TrackStep.ACKNOWLEDGED, t2, "企业"))).isTrue();
        assertThat(inTx(() -> store.track(id, TrackStep.IMPLEMENTED, t2, "企业"))).isTrue();
        assertThat(inTx(() -> store.track(id, TrackStep.IMPLEMENTED, t2.plusSeconds(1), "企业"))).isFalse();
        StoredOrder o = inTx(() -> store.order(id)).orElseThrow();
        assertThat(o.deliveredAt()).isEqualTo(t1);
        assertThat(o.deliveredBy()).isEqualTo("送达员");
        assertThat(o.acknowledgedAt()).isEqualTo(t2);
        assertThat(o.acknowledgedBy()).isEqualTo("企业");
        assertThat(o.implementedAt()).isEqualTo(t2);
        assertThat(o.implementedBy()).isEqualTo("企业");

        Inspection ok = new Inspection(0, id, T0.plusSeconds(3600), "督查组甲", "已停产", true, null, "值班员", T0.plusSeconds(3700));
        Inspection bad = new Inspection(0, id, T0.plusSeconds(1800), "督查组乙", "未落实限产", false, "photos/x.jpg", "值班员",
                T0.plusSeconds(3800));
        long i1 = inTx(() -> store.addInspection(id, ok));
        long i2 = inTx(() -> store.addInspection(id, bad));
        assertThat(i2).isGreaterThan(i1);
        assertThat(inTx(() -> store.inspections(id))).as("by inspection time").containsExactly(
                new Inspection(i2, id, bad.inspectedAt(), "督查组乙", "未落实限产", false, "photos/x.jpg", "值班员",
                        bad.recordedAt()),
                new Inspection(i1, id, ok.inspectedAt(), "督查组甲", "已停产", true, null, "值班员", ok.recordedAt()));
        StoredOrder counted = inTx(() -> store.order(id)).orElseThrow();
        assertThat(counted.inspections()).isEqualTo(2);
        assertThat(counted.nonCompliant()).isEqualTo(1);
        assertThat(inTx(() -> store.orders(1))).singleElement().isEqualTo(counted);
    }

    @Test
    void observedAqiIsSetOverwrittenAndCleared() {
        issued();
        inTx(() -> {
            store.setObservedAqi(1, "640202", D1, 210);
            store.setObservedAqi(1, "640202", D1.plusDays(1), 180);
            store.setObservedAqi(1, "640200", D1, 205);
            return null;
        });
        assertThat(inTx(() -> store.observedAqi(1))).isEqualTo(Map.of(
                "640200", Map.of(D1, 205), "640202", Map.of(D1, 210, D1.plusDays(1), 180)));
        inTx(() -> {
            store.setObservedAqi(1, "640202", D1, 230);
            store.setObservedAqi(1, "640200", D1, null);
            return null;
        });
        assertThat(inTx(() -> store.observedAqi(1))).isEqualTo(Map.of("640202", Map.of(D1, 230, D1.plusDays(1), 180)));
        assertThat(inTx(() -> store.observedAqi(2))).isEmpty();
    }

    @Test
    void theTimelineListsTheEpisodesOwnAuditRecordsOldestFirst() {
        issued();
        save(new Episode(2, "另一过程", true, EpisodePhase.DRAFT, null, null, null, null, null, null, List.of(),
                List.of(), "", 0, "值班员", T0));
        inTx(() -> {
            audit.record(T0.plusSeconds(120), "值班员", "episode.publish", "过程", cn.hazedesk.domain.audit.AuditDetail.of("test.note").with("note", "第二条"), 1);
            audit.record(T0.plusSeconds(60), "值班员", "episode.create", "过程", cn.hazedesk.domain.audit.AuditDetail.of("test.note").with("note", "第一条"), 1);
            audit.record(T0.plusSeconds(90), "值班员", "episode.create", "另一过程", cn.hazedesk.domain.audit.AuditDetail.of("test.note").with("note", "别的过程"), 2);
            audit.record(T0.plusSeconds(100), "值班员", "list.edit", "91640205TEST00003C", cn.hazedesk.domain.audit.AuditDetail.of("test.note").with("note", "不属于过程"));
            return null;
        });
        assertThat(inTx(() -> store.timeline(1))).containsExactly(
                new TimelineEntry(T0.plusSeconds(60), "值班员", "episode.create", "过程", note("第一条")),
                new TimelineEntry(T0.plusSeconds(120), "值班员", "episode.publish", "过程", note("第二条")));
        assertThat(inTx(() -> store.timeline(2))).extracting(TimelineEntry::detail).containsExactly(note("别的过程"));
    }

    private static String note(String text) {
        return cn.hazedesk.domain.audit.AuditDetail.of("test.note").with("note", text).stored();
    }
}
