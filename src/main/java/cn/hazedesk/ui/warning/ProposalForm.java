package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.AreaRecommendation;
import cn.hazedesk.domain.episode.Consultation;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.EpisodeRefusal;
import cn.hazedesk.domain.episode.LiftBasis;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.warning.RecommendedLevel;
import cn.hazedesk.i18n.EpisodeText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Choice;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The approval form being prepared on the 审签与发布 page (issue, change level, extend, suspend, resume, lift):
 * the kinds the episode's phase allows, the levels prefilled from the latest consultation's recommendation, the
 * times, measures and reason, the signatory the rules name, and 提交审签. The steps after it (sign, publish) and
 * the history are {@link ApprovalViewModel}'s.
 */
public final class ProposalForm {
    private final EpisodeSession session;
    private final Messages m;
    private final EpisodeText text;
    private final RegionCatalog regions;
    private final Supplier<Instant> now;
    private final ZoneId zone;
    private final TypedTime times;

    private final ObservableList<Choice<ProposalKind>> kinds = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<ProposalKind>> kind = new SimpleObjectProperty<>();
    private final ObservableList<Choice<WarningLevel>> levelChoices = FXCollections.observableArrayList();
    private final Map<String, ObjectProperty<Choice<WarningLevel>>> levels = new LinkedHashMap<>();
    private final StringProperty recommendation = new SimpleStringProperty("");
    private final StringProperty responseStart = new SimpleStringProperty("");
    private final StringProperty expectedEnd = new SimpleStringProperty("");
    private final StringProperty measures = new SimpleStringProperty("");
    /** The measures text as last filled in by the form: it follows the levels chosen until the officer edits it. */
    private String filledMeasures = "";
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObservableList<Choice<LiftBasis>> liftBases = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<LiftBasis>> liftBasis = new SimpleObjectProperty<>();
    private final StringProperty signatory = new SimpleStringProperty("");
    private final BooleanProperty canPropose = new SimpleBooleanProperty(false);
    private final BooleanProperty setsLevels = new SimpleBooleanProperty(false);
    private final BooleanProperty lift = new SimpleBooleanProperty(false);
    /** The provincial or regional warning notice the step follows (区域联动), by its number; blank: none. */
    private final StringProperty basisNotice = new SimpleStringProperty("");

    ProposalForm(EpisodeSession session, RegionCatalog regions, Supplier<Instant> now, TypedTime times) {
        this.session = session;
        this.m = session.messages();
        this.text = session.text();
        this.regions = regions;
        this.now = now;
        this.zone = session.service().zone();
        this.times = times;
        // 无 first: under a county plan the city has no level and only some districts do
        levelChoices.add(new Choice<>(m.get("approval.level.none"), null));
        for (WarningLevel l : WarningLevel.values()) {
            levelChoices.add(new Choice<>(text.level(l), l));
        }
        levels.put(regions.city().code(), new SimpleObjectProperty<>(levelChoices.get(1)));
        regions.districts().forEach(d -> levels.put(d.code(), new SimpleObjectProperty<>(levelChoices.get(1))));
        for (LiftBasis b : LiftBasis.values()) {
            liftBases.add(new Choice<>(m.get("approval.liftBasis." + b.name()), b));
        }
        liftBasis.set(liftBases.get(0));
        kind.addListener((o, a, b) -> prefill());
        levels.values().forEach(p -> p.addListener((o, a, b) -> {
            updateSignatory();
            followLevels();
        }));
    }

    /** The measures summary for the levels chosen: the city's level, or the districts' own under their plans. */
    private String measuresText(Episode e) {
        if (e.tempControl()) {
            return m.get("approval.measures.tempControl");
        }
        Choice<WarningLevel> city = levels.get(regions.city().code()).get();
        if (city != null && city.value() != null) {
            return m.get("approval.measures.default", text.level(city.value()));
        }
        java.util.List<String> areas = new java.util.ArrayList<>();
        regions.districts().forEach(d -> {
            Choice<WarningLevel> l = levels.get(d.code()).get();
            if (l != null && l.value() != null) {
                areas.add(m.get("approval.measures.districtLevel", d.name(), text.level(l.value())));
            }
        });
        return areas.isEmpty() ? "" : m.get("approval.measures.districts", String.join(m.get("episode.levels.separator"), areas));
    }

    private void followLevels() {
        Episode e = session.current();
        if (e != null && setsLevels.get() && measures.get().equals(filledMeasures)) {
            filledMeasures = measuresText(e);
            measures.set(filledMeasures);
        }
    }

    /** The kinds the episode's phase allows, and the form for the first of them (nothing without an episode). */
    void show(Episode e) {
        kinds.clear();
        if (e == null) {
            canPropose.set(false);
            return;
        }
        for (ProposalKind k : ProposalKind.values()) {
            if (cn.hazedesk.domain.episode.EpisodeRules.allowed(e, k)) {
                // a temporary control is started and lifted, never "issued as a warning"
                kinds.add(new Choice<>(!e.tempControl() ? text.kind(k)
                        : m.get(k == ProposalKind.ISSUE ? "episode.tempControl.start" : "episode.tempControl.lift"), k));
            }
        }
        canPropose.set(!kinds.isEmpty() && e.open().isEmpty());
        kind.set(kinds.isEmpty() ? null : kinds.get(0));
        prefill();
    }

    /** Another seat changed the episode (same phase): whether a proposal may be made now; what is typed stays. */
    void refreshed(Episode e) {
        canPropose.set(!kinds.isEmpty() && e.open().isEmpty());
    }

    /** Fills the form for the chosen kind from the latest consultation and the levels in force. */
    private void prefill() {
        Episode e = session.current();
        ProposalKind k = kind.get() == null ? null : kind.get().value();
        // a temporary control sets no level: the level choosers are not shown
        setsLevels.set(k != null && k.setsLevels() && (e == null || !e.tempControl()));
        lift.set(k == ProposalKind.LIFT);
        recommendation.set("");
        if (e == null || k == null) {
            return;
        }
        Instant start = now.get().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        if (k.setsLevels()) {
            Optional<Consultation> c = e.latestConsultation();
            Map<String, AreaRecommendation> rec = c.map(x -> session.service().rules().recommend(x)).orElse(Map.of());
            WarningLevel city = rec.isEmpty() ? WarningLevel.YELLOW : warning(rec.get(regions.city().code()).level());
            set(regions.city().code(), city);
            for (Region d : regions.districts()) {
                WarningLevel dl = rec.isEmpty() ? city : warning(rec.get(d.code()).level());
                set(d.code(), dl.compareTo(city) < 0 ? city : dl);
            }
            List<String> parts = new ArrayList<>();
            rec.values().forEach(r -> parts.add(m.get("approval.rec.area", r.region().name(),
                    m.get("warning.level." + r.level().name()))));
            recommendation.set(c.isEmpty() ? m.get("approval.rec.none")
                    : m.get("approval.rec", c.get().seq(), String.join(m.get("episode.levels.separator"), parts)));
            if (c.isPresent()) {
                LocalDate first = c.get().days().stream().map(cn.hazedesk.domain.episode.ForecastDay::date)
                        .min(LocalDate::compareTo).orElse(LocalDate.now(zone));
                Instant firstStart = first.atStartOfDay(zone).toInstant();
                if (k == ProposalKind.ISSUE && firstStart.isAfter(start)) {
                    start = firstStart;
                }
            }
            responseStart.set(text.time(start));
            expectedEnd.set(text.time(e.expectedEnd() != null && e.expectedEnd().isAfter(start) ? e.expectedEnd()
                    : start.plus(72, ChronoUnit.HOURS)));
            filledMeasures = measuresText(e);
            measures.set(filledMeasures);
        } else if (k == ProposalKind.EXTEND) {
            expectedEnd.set(text.time(e.expectedEnd() == null ? start.plus(24, ChronoUnit.HOURS)
                    : e.expectedEnd().plus(24, ChronoUnit.HOURS)));
            responseStart.set("");
        } else if (k == ProposalKind.RESUME) {
            responseStart.set(text.time(start));
        }
        reason.set("");
        updateSignatory();
    }

    private void set(String code, WarningLevel l) {
        levels.get(code).set(levelChoices.get(l == null ? 0 : l.ordinal() + 1));
    }

    private static WarningLevel warning(RecommendedLevel r) {
        return switch (r) {
            case RED -> WarningLevel.RED;
            case ORANGE -> WarningLevel.ORANGE;
            default -> WarningLevel.YELLOW;
        };
    }

    private void updateSignatory() {
        Episode e = session.current();
        if (e == null || kind.get() == null) {
            signatory.set("");
            return;
        }
        signatory.set(m.get("approval.signatory", session.text().office(session.service().rules().signatoryFor(e, kind.get().value(),
                formLevels()))));
    }

    /**
     * The levels chosen; a district at 无 is left out (under a city level the rules then ask for its level); null when
     * every area is at 无 (the rules ask for a level).
     */
    private AreaLevels formLevels() {
        Map<String, WarningLevel> d = new LinkedHashMap<>();
        regions.districts().forEach(r -> {
            WarningLevel l = levels.get(r.code()).get() == null ? null : levels.get(r.code()).get().value();
            if (l != null) {
                d.put(r.code(), l);
            }
        });
        Choice<WarningLevel> city = levels.get(regions.city().code()).get();
        WarningLevel c = city == null ? null : city.value();
        return c == null && d.isEmpty() ? null : new AreaLevels(c, d);
    }

    /** Submits the form for signature; a lift short of 36 hours asks first and is submitted only when confirmed. */
    public void propose() {
        if (kind.get() == null) {
            return;
        }
        ProposalKind k = kind.get().value();
        Optional<Instant> start = times.parse(responseStart.get(), "approval.field.responseStart", k == ProposalKind.ISSUE
                || k == ProposalKind.ADJUST || k == ProposalKind.RESUME);
        Optional<Instant> end = times.parse(expectedEnd.get(), "approval.field.expectedEnd",
                k.setsLevels() || k == ProposalKind.EXTEND);
        if (start == null || end == null) {
            return;
        }
        String notice = basisNotice.get() == null ? "" : basisNotice.get().strip();
        EpisodeAction.Propose p = new EpisodeAction.Propose(k, formLevels(), start.orElse(null), end.orElse(null),
                measures.get(), reason.get(), liftBasis.get().value(), false, notice);
        session.act(p, null, refusal -> {
            if (refusal.code() == EpisodeRefusal.LIFT_36H_NOT_CONFIRMED
                    && session.dialogs().confirm(m.get("approval.lift36.title"), m.get("approval.lift36.header"),
                    text.refusal(refusal) + "\n\n" + m.get("approval.lift36.question"))) {
                session.act(new EpisodeAction.Propose(k, formLevels(), start.orElse(null), end.orElse(null),
                        measures.get(), reason.get(), liftBasis.get().value(), true, notice), null);
            } else if (refusal.code() != EpisodeRefusal.LIFT_36H_NOT_CONFIRMED) {
                session.refused(refusal);
            }
        });
    }

    public ObservableList<Choice<ProposalKind>> kinds() { return kinds; }
    public ObjectProperty<Choice<ProposalKind>> kindProperty() { return kind; }
    public ObservableList<Choice<WarningLevel>> levelChoices() { return levelChoices; }
    public ObjectProperty<Choice<WarningLevel>> levelProperty(String code) { return levels.get(code); }
    public RegionCatalog regions() { return regions; }
    public StringProperty recommendationProperty() { return recommendation; }
    public StringProperty responseStartProperty() { return responseStart; }
    public StringProperty expectedEndProperty() { return expectedEnd; }
    public StringProperty measuresProperty() { return measures; }
    public StringProperty reasonProperty() { return reason; }
    public ObservableList<Choice<LiftBasis>> liftBases() { return liftBases; }
    public ObjectProperty<Choice<LiftBasis>> liftBasisProperty() { return liftBasis; }
    public StringProperty signatoryProperty() { return signatory; }
    public BooleanProperty canProposeProperty() { return canPropose; }
    public BooleanProperty setsLevelsProperty() { return setsLevels; }
    public BooleanProperty liftProperty() { return lift; }
    public StringProperty basisNoticeProperty() { return basisNotice; }
}
