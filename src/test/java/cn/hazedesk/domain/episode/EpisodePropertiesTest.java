package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.EpisodeAction.Approve;
import cn.hazedesk.domain.episode.EpisodeAction.Cancel;
import cn.hazedesk.domain.episode.EpisodeAction.Close;
import cn.hazedesk.domain.episode.EpisodeAction.Consult;
import cn.hazedesk.domain.episode.EpisodeAction.Propose;
import cn.hazedesk.domain.episode.EpisodeAction.Publish;
import cn.hazedesk.domain.episode.EpisodeAction.Reject;
import cn.hazedesk.domain.episode.EpisodeAction.Withdraw;
import cn.hazedesk.domain.warning.CriteriaEvaluator;
import cn.hazedesk.domain.warning.CriteriaProfile;
import cn.hazedesk.domain.warning.ForecastPeriod;
import cn.hazedesk.domain.warning.RecommendedLevel;
import cn.hazedesk.infra.data.CriteriaCsv;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static cn.hazedesk.domain.episode.EpisodeFixtures.CITY;
import static cn.hazedesk.domain.episode.EpisodeFixtures.D1;
import static cn.hazedesk.domain.episode.EpisodeFixtures.DISTRICTS;
import static cn.hazedesk.domain.episode.EpisodeFixtures.RULES;

/**
 * Random action sequences from a fresh draft, on a clock that only moves forward: after every step the invariants
 * of docs/episode.md ("Invariants") hold, whether the step was accepted or refused.
 */
class EpisodePropertiesTest {
    private static final Instant T0 = Instant.parse("2026-12-09T08:00:00Z");
    private static final Map<String, CriteriaProfile> PROFILES = CriteriaCsv.load(null);
    private static final Map<EpisodePhase, Set<EpisodePhase>> ALLOWED = Map.of(
            EpisodePhase.DRAFT, EnumSet.of(EpisodePhase.DRAFT, EpisodePhase.ACTIVE, EpisodePhase.CANCELLED),
            EpisodePhase.ACTIVE, EnumSet.of(EpisodePhase.ACTIVE, EpisodePhase.SUSPENDED, EpisodePhase.LIFTED),
            EpisodePhase.SUSPENDED, EnumSet.of(EpisodePhase.ACTIVE, EpisodePhase.SUSPENDED, EpisodePhase.LIFTED),
            EpisodePhase.LIFTED, EnumSet.of(EpisodePhase.LIFTED, EpisodePhase.CLOSED),
            EpisodePhase.CLOSED, EnumSet.of(EpisodePhase.CLOSED),
            EpisodePhase.CANCELLED, EnumSet.of(EpisodePhase.CANCELLED));

    /**
     * One step: the clock moves on by {@code minutes} (at least one), then an action is tried. With {@code dice}
     * below 70 it is the kind of action a duty officer would take next in the episode's state (consult, propose,
     * sign, publish, close), otherwise any kind, whatever the state; its content (levels, times, names, forecast)
     * is random either way, drawn from {@code seed}. Without the "natural" choice, random sequences almost never
     * get past the first proposal. (Content from a seed keeps generation cheap; shrinking drops whole steps.)
     */
    record Step(int minutes, int dice, long seed) {
        Gen choose(Episode e) {
            Draw r = new Draw(seed);
            return switch (dice < 70 && !e.phase().finished() ? natural(e) : r.weighted(ANY_KINDS)) {
                case "consult" -> r.consult();
                case "propose" -> r.propose();
                case "approve" -> new ApproveGen(r.chance(0.8) ? r.pick("张副市长", "李市长") : r.pick("", " ", null));
                case "reject" -> new RejectGen(r.pick("张副市长", " "), r.text());
                case "withdraw" -> new WithdrawGen(r.text());
                case "publish" -> r.publish();
                case "close" -> new CloseGen(r.text());
                default -> new CancelGen(r.text());
            };
        }

        private String natural(Episode e) {
            if (e.phase() == EpisodePhase.LIFTED) {
                return "close";
            }
            Optional<Proposal> open = e.open();
            if (open.isPresent()) {
                return open.get().state() == ProposalState.PENDING ? "approve" : "publish";
            }
            if (e.consultations().isEmpty() || (e.phase().inForce() && dice % 3 == 0)) {
                return "consult";
            }
            return "propose";
        }

        @Override
        public String toString() {
            return "+" + minutes + "min dice " + dice + " seed " + seed;
        }
    }

    /** Kinds of action for a step that ignores the state, with their weights. */
    private static final Map<String, Integer> ANY_KINDS = Map.of("consult", 3, "propose", 4, "approve", 3,
            "reject", 1, "withdraw", 1, "publish", 3, "close", 1, "cancel", 1);

    /** The random content of one action. */
    private static final class Draw {
        private final Random random;

        Draw(long seed) {
            random = new Random(seed);
        }

        boolean chance(double p) {
            return random.nextDouble() < p;
        }

        int between(int from, int to) {
            return from + random.nextInt(to - from + 1);
        }

        @SafeVarargs
        final <T> T pick(T... values) {
            return values[random.nextInt(values.length)];
        }

        String weighted(Map<String, Integer> weights) {
            int total = weights.values().stream().mapToInt(Integer::intValue).sum();
            int x = random.nextInt(total);
            for (Map.Entry<String, Integer> w : new TreeMap<>(weights).entrySet()) {
                x -= w.getValue();
                if (x < 0) {
                    return w.getKey();
                }
            }
            throw new IllegalStateException();
        }

        /** Missing, blank or a real text. */
        String text() {
            double x = random.nextDouble();
            return x < 0.14 ? null : x < 0.28 ? pick("", "  ") : pick("区域联动", "上级通知", "预报更新", "过程总结");
        }

        /** Minutes from now: mostly up to {@code usual}, sometimes before now or far ahead, sometimes missing. */
        Integer offset(int usual, int far, int before, double missing) {
            if (chance(missing)) {
                return null;
            }
            double x = random.nextDouble();
            return x < 0.7 ? between(0, usual) : x < 0.8 ? between(-before, -1) : between(usual, far);
        }

        ConsultGen consult() {
            String profile = chance(0.7) ? "2024" : chance(0.67) ? "2018" : "1999";
            Integer held = chance(0.3) ? null : between(-48 * 60, 60);
            List<ForecastDay> days = new ArrayList<>();
            List<String> areas = List.of(DISTRICTS.get(0), DISTRICTS.get(1), DISTRICTS.get(2), CITY);
            for (String area : areas) {
                if (!chance(area.equals(CITY) ? 0.25 : 0.95)) {
                    continue;
                }
                int first = between(0, 2);
                int n = between(1, 4);
                double x = random.nextDouble();
                double dust = x < 0.6 ? 0 : x < 0.85 ? 0.5 : 1;
                for (int i = 0; i < n; i++) {
                    boolean d = chance(dust);
                    days.add(new ForecastDay(area, D1.plusDays(first + i), aqi(), d, d ? "PM10" : "PM2.5", null));
                }
            }
            return new ConsultGen(profile, held, days);
        }

        private int aqi() {
            double x = random.nextDouble();
            return x < 0.27 ? pick(40, 80, 95) : x < 0.45 ? pick(120, 140, 160, 180)
                    : x < 0.82 ? pick(205, 230, 260, 290) : pick(310, 350, 420, 500);
        }

        ProposeGen propose() {
            ProposalKind kind = chance(0.05) ? null : pick(ProposalKind.ISSUE, ProposalKind.ISSUE, ProposalKind.ADJUST,
                    ProposalKind.ADJUST, ProposalKind.EXTEND, ProposalKind.SUSPEND, ProposalKind.RESUME,
                    ProposalKind.LIFT, ProposalKind.LIFT);
            WarningLevel city = chance(0.05) ? null : pick(WarningLevel.values());
            List<WarningLevel> districts = new ArrayList<>();
            DISTRICTS.forEach(d -> districts.add(chance(0.05) ? null : pick(WarningLevel.values())));
            String reason = chance(0.3) ? null : chance(0.2) ? " " : "区域联动通知";
            return new ProposeGen(between(0, 99), kind, between(0, 2), city, districts,
                    offset(12 * 60, 3 * 24 * 60, 120, 0.05), offset(6 * 24 * 60, 10 * 24 * 60, 60, 0.15), reason,
                    chance(0.15) ? null : pick(LiftBasis.values()), chance(0.5));
        }

        PublishGen publish() {
            double x = random.nextDouble();
            String number = x < 0.8 ? "石污防指〔2026〕" + between(1, 20) + "号" : x < 0.9 ? pick("", " ") : null;
            return new PublishGen(number, offset(60, 2 * 24 * 60, 180, 0.05), offset(6 * 60, 2 * 24 * 60, 60, 0.6));
        }
    }

    /** An action whose times are offsets (minutes) from the clock when it is tried. */
    sealed interface Gen {
        EpisodeAction at(Instant now, Episode e);
    }

    record ConsultGen(String profile, Integer heldOffset, List<ForecastDay> days) implements Gen {
        public EpisodeAction at(Instant now, Episode e) {
            return new Consult(plus(now, heldOffset), profile, days, "意见", "会商人员");
        }
    }

    /**
     * A proposal. {@code kindDice} below 35: the level-setting kind the phase allows (ISSUE, ADJUST), below 70 any
     * kind the phase allows (picked by the dice), else {@code kind} as generated (maybe null). {@code levelMode} 0: the levels the latest consultation recommends (at least yellow);
     * 1: every district at {@code city}; 2: {@code districts} as generated (maybe below the city, maybe missing).
     */
    record ProposeGen(int kindDice, ProposalKind kind, int levelMode, WarningLevel city, List<WarningLevel> districts,
                      Integer startOffset, Integer endOffset, String reason, LiftBasis basis, boolean confirmed)
            implements Gen {
        public EpisodeAction at(Instant now, Episode e) {
            ProposalKind k = kind;
            List<ProposalKind> allowed = Arrays.stream(ProposalKind.values())
                    .filter(x -> EpisodeRules.allowed(e.phase(), x)).toList();
            if (kindDice < 35 && !allowed.isEmpty()) {
                k = allowed.get(0); // ISSUE in a draft, ADJUST in force: the ones that set levels
            } else if (kindDice < 70 && !allowed.isEmpty()) {
                k = allowed.get(kindDice % allowed.size());
            }
            return new Propose(k, levels(e), plus(now, startOffset), plus(now, endOffset), "措施", reason, basis,
                    confirmed);
        }

        private AreaLevels levels(Episode e) {
            if (city == null) {
                return null;
            }
            Map<String, WarningLevel> m = new TreeMap<>();
            if (levelMode == 0 && e.latestConsultation().isPresent()) {
                Map<String, AreaRecommendation> rec = RULES.recommend(e.latestConsultation().get());
                WarningLevel c = atLeastYellow(rec.get(CITY).level());
                DISTRICTS.forEach(d -> m.put(d, max(c, atLeastYellow(rec.get(d).level()))));
                return new AreaLevels(c, m);
            }
            for (int i = 0; i < DISTRICTS.size(); i++) {
                WarningLevel l = levelMode == 2 && districts != null ? districts.get(i) : city;
                if (l != null) {
                    m.put(DISTRICTS.get(i), l);
                }
            }
            return new AreaLevels(city, m);
        }

        private static WarningLevel atLeastYellow(RecommendedLevel r) {
            return r.compareTo(RecommendedLevel.YELLOW) < 0 ? WarningLevel.YELLOW : WarningLevel.valueOf(r.name());
        }

        private static WarningLevel max(WarningLevel a, WarningLevel b) {
            return a.compareTo(b) >= 0 ? a : b;
        }
    }

    record ApproveGen(String name) implements Gen {
        public EpisodeAction at(Instant now, Episode e) {
            return new Approve(name, "意见");
        }
    }

    record RejectGen(String name, String reason) implements Gen {
        public EpisodeAction at(Instant now, Episode e) {
            return new Reject(name, reason);
        }
    }

    record WithdrawGen(String reason) implements Gen {
        public EpisodeAction at(Instant now, Episode e) {
            return new Withdraw(reason);
        }
    }

    /** Issue time offset from now; the response start offset from the issue time (null: the proposal's). */
    record PublishGen(String number, Integer issueOffset, Integer startAfterIssue) implements Gen {
        public EpisodeAction at(Instant now, Episode e) {
            Instant issue = plus(now, issueOffset);
            return new Publish(number, issue, issue == null ? null : plus(issue, startAfterIssue));
        }
    }

    record CloseGen(String summary) implements Gen {
        public EpisodeAction at(Instant now, Episode e) {
            return new Close(summary);
        }
    }

    record CancelGen(String reason) implements Gen {
        public EpisodeAction at(Instant now, Episode e) {
            return new Cancel(reason);
        }
    }

    private static Instant plus(Instant t, Integer minutes) {
        return minutes == null ? null : t.plus(Duration.ofMinutes(minutes));
    }

    // ---- the property ----------------------------------------------------------------------------------------

    @Property(tries = 400, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void everyStepKeepsTheInvariants(@ForAll("sequences") List<Step> steps) {
        Episode e = Episode.draft(1, "随机过程", false, "值班员", T0);
        Instant now = T0;
        Set<EpisodePhase> seen = EnumSet.of(EpisodePhase.DRAFT);
        Set<ProposalKind> publishedKinds = EnumSet.noneOf(ProposalKind.class);
        StringBuilder trace = new StringBuilder();
        for (Step s : steps) {
            now = now.plus(Duration.ofMinutes(s.minutes()));
            EpisodeAction action = s.choose(e).at(now, e);
            Outcome<EpisodeChange> o = RULES.apply(e, action, "值班员", now);
            try {
                if (o instanceof Outcome.Refused<EpisodeChange> r) {
                    // (a) a refusal changes nothing: the rules keep no state of their own, so the same action on
                    // the same episode is refused again for the same reason (the next step starts from the same
                    // episode)
                    require(RULES.apply(e, action, "值班员", now).equals(o) && r.why().code() != null,
                            "(a) a refusal depends on the episode and the action only", o);
                    Statistics.label("refused").collect(action.getClass().getSimpleName() + " " + r.why().code());
                    trace.append("\n  ").append(now).append(' ').append(action).append(" → ").append(r.why());
                    continue;
                }
                EpisodeChange done = o.value();
                Statistics.label("accepted").collect(done.action() + (action instanceof Propose p ? " " + p.kind() : ""));
                require(done.before().equals(EpisodeRules.summary(e)), "the audit's before is the episode before",
                        done.before());
                Episode after = done.episode();
                check(e, after);
                trace.append("\n  ").append(now).append(' ').append(action).append(" → ").append(done.after());
                e = after;
            } catch (AssertionError err) {
                throw new AssertionError(err.getMessage() + "\nafter " + action + "\non " + EpisodeRules.summary(e)
                        + "\nsteps before:" + trace, err);
            }
            seen.add(e.phase());
            e.published().forEach(p -> publishedKinds.add(p.kind()));
        }
        Statistics.label("issued").collect(seen.contains(EpisodePhase.ACTIVE));
        Statistics.label("lifted").collect(seen.contains(EpisodePhase.LIFTED));
        Statistics.label("suspended").collect(seen.contains(EpisodePhase.SUSPENDED));
        Statistics.label("adjusted").collect(publishedKinds.contains(ProposalKind.ADJUST));
        Statistics.label("furthest phase").collect(furthest(seen));
        // the sequences must reach the interesting phases often enough for the invariants to mean something
        Statistics.label("issued").coverage(c -> c.check(true).percentage(p -> p >= 20));
        Statistics.label("lifted").coverage(c -> c.check(true).count(n -> n >= 5));
        Statistics.label("suspended").coverage(c -> c.check(true).count(n -> n >= 3));
        Statistics.label("adjusted").coverage(c -> c.check(true).count(n -> n >= 5));
    }

    private static String furthest(Set<EpisodePhase> seen) {
        for (EpisodePhase p : List.of(EpisodePhase.CLOSED, EpisodePhase.LIFTED, EpisodePhase.SUSPENDED,
                EpisodePhase.ACTIVE, EpisodePhase.CANCELLED)) {
            if (seen.contains(p)) {
                return p.name();
            }
        }
        return "DRAFT";
    }

    /** Plain checks (no assertion objects): they run after every accepted step of every sequence. */
    private static void require(boolean ok, String invariant, Object... facts) {
        if (!ok) {
            throw new AssertionError("invariant broken: " + invariant + " " + Arrays.toString(facts));
        }
    }

    private static void check(Episode before, Episode after) {
        require(after.id() == before.id() && after.createdAt().equals(before.createdAt())
                && after.drill() == before.drill(), "identity and creation never change");
        // (b) levels: every district present, none below the city — in the episode and in every proposal
        checkLevels(after.levels(), "the episode");
        for (Proposal p : after.proposals()) {
            if (p.kind().setsLevels()) {
                checkLevels(p.levels(), "proposal " + p.seq());
            }
        }
        // (c) time order while in force
        if (after.phase().inForce()) {
            require(after.issuedAt() != null && !after.responseStart().isBefore(after.issuedAt()),
                    "(c) issued ≤ response start", after.issuedAt(), after.responseStart());
            require(after.expectedEnd().isAfter(after.responseStart()), "(c) response start < expected end",
                    after.responseStart(), after.expectedEnd());
        }
        // (d) phases only along the graph
        require(ALLOWED.get(before.phase()).contains(after.phase()), "(d) phase graph", before.phase(), after.phase());
        // (e) published notices and consultations are only ever appended; decided proposals never change
        List<Proposal> was = before.published();
        List<Proposal> now = after.published();
        require(now.size() >= was.size() && now.subList(0, was.size()).equals(was),
                "(e) published notices never change", was, now);
        List<Consultation> cs = before.consultations();
        require(after.consultations().size() >= cs.size()
                && after.consultations().subList(0, cs.size()).equals(cs), "(e) consultations are only appended");
        require(after.proposals().size() >= before.proposals().size(), "(e) proposals are never removed");
        for (Proposal p : before.proposals()) {
            require(p.state().open() || after.proposal(p.seq()).equals(Optional.of(p)),
                    "(e) decided proposals never change", p);
        }
        // (f) every notice was approved before its issue time, and a level-setting one rests on a consultation
        for (Proposal p : now) {
            require(p.decidedBy() != null && !p.decidedBy().isBlank() && p.decidedAt() != null
                    && p.issuedAt() != null && !p.issuedAt().isBefore(p.decidedAt()), "(f) approved ≤ issued", p);
            require(p.number() != null && !p.number().isBlank(), "(f) a notice has a number", p);
            require(!p.kind().setsLevels() || (p.basis() > 0 && after.consultation(p.basis()).isPresent()),
                    "(f) levels rest on a consultation", p);
        }
        for (Proposal p : now.subList(was.size(), now.size())) {
            require(before.proposal(p.seq()).map(Proposal::state).equals(Optional.of(ProposalState.APPROVED)),
                    "(f) published only once approved", p);
        }
        // (g) at most one open proposal
        require(after.proposals().stream().filter(p -> p.state().open()).count() <= 1, "(g) one open proposal");
        // (h) in force ⇒ a number and levels
        require(!after.phase().inForce() || (after.number() != null && !after.number().isBlank()
                && after.levels() != null), "(h) in force with a number and levels");
        // (i) a dust-driven forecast never starts a warning
        if (before.phase() == EpisodePhase.DRAFT && after.phase() == EpisodePhase.ACTIVE) {
            Proposal issue = now.get(now.size() - 1);
            require(issue.kind() == ProposalKind.ISSUE, "(d) only an issue starts a warning", issue);
            Consultation basis = after.consultation(issue.basis()).orElseThrow();
            require(!dustDriven(basis), "(i) issued on a dust-driven forecast", basis.days(), issue);
        }
    }

    private static void checkLevels(AreaLevels l, String where) {
        if (l == null) {
            return;
        }
        require(l.districts().keySet().containsAll(DISTRICTS), "(b) every district has a level", where, l);
        for (WarningLevel d : l.districts().values()) {
            require(d.compareTo(l.city()) >= 0, "(b) no district below the city", where, l);
        }
    }

    /**
     * No area's forecast reaches a warning, but one would if its dust days counted: the high values come from dust
     * (computed here from the evaluator alone, not from the rules under test).
     */
    static boolean dustDriven(Consultation c) {
        CriteriaProfile profile = PROFILES.get(c.profile());
        Map<String, List<ForecastDay>> byArea = c.days().stream()
                .collect(Collectors.groupingBy(ForecastDay::regionCode));
        boolean anyWarning = false;
        boolean anyWithDust = false;
        for (List<ForecastDay> days : byArea.values()) {
            List<ForecastPeriod> asIs = days.stream().map(ForecastDay::period).toList();
            List<ForecastPeriod> noDust = asIs.stream().map(d -> new ForecastPeriod(d.start(), d.hours(), d.aqi(), false)).toList();
            anyWarning |= CriteriaEvaluator.recommendPeriods(profile, asIs).level().compareTo(RecommendedLevel.YELLOW) >= 0;
            anyWithDust |= CriteriaEvaluator.recommendPeriods(profile, noDust).level().compareTo(RecommendedLevel.YELLOW) >= 0;
        }
        return !anyWarning && anyWithDust;
    }

    // ---- generators ------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Integer> minutes = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(1, 60)),
                Tuple.of(3, Arbitraries.integers().between(61, 24 * 60)),
                Tuple.of(1, Arbitraries.integers().between(24 * 60, 4 * 24 * 60)));
        return Combinators.combine(minutes, Arbitraries.integers().between(0, 99), Arbitraries.longs())
                .as(Step::new)
                .list().ofMinSize(1).ofMaxSize(30).withSizeDistribution(RandomDistribution.uniform());
    }
}
