package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.warning.CriteriaEvaluator;
import cn.hazedesk.domain.warning.CriteriaProfile;
import cn.hazedesk.domain.warning.DailyForecast;
import cn.hazedesk.domain.warning.Recommendation;
import cn.hazedesk.domain.warning.RecommendedLevel;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.WarningText;
import cn.hazedesk.ui.common.Choice;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The consultation's forecast (会商): daily AQI per district (and optionally the city) for the coming days, with a
 * dust flag per day, and the recommendation per area that follows as values are typed, with its reason in words.
 */
public final class ConsultationViewModel {
    public static final int DAYS = 3;

    /** One day of one area as typed. */
    public static final class DayCell {
        final StringProperty aqi = new SimpleStringProperty("");
        final BooleanProperty dust = new SimpleBooleanProperty(false);
        /** The concentrations the AQI was computed from, as typed ("" when the AQI was typed directly). */
        final StringProperty concentrations = new SimpleStringProperty("");

        public StringProperty aqiProperty() { return aqi; }
        public BooleanProperty dustProperty() { return dust; }
    }

    /** One area: its cells and its recommendation (level and reason). */
    public static final class AreaRow {
        final Region region;
        final List<DayCell> days = new ArrayList<>();
        final ObjectProperty<RecommendedLevel> level = new SimpleObjectProperty<>(RecommendedLevel.NONE);
        final StringProperty reason = new SimpleStringProperty("");
        final StringProperty problem = new SimpleStringProperty("");
        final StringProperty primary = new SimpleStringProperty("");

        AreaRow(Region region) {
            this.region = region;
            for (int i = 0; i < DAYS; i++) {
                days.add(new DayCell());
            }
        }

        public String name() { return region.name(); }
        public List<DayCell> days() { return days; }
        public ObjectProperty<RecommendedLevel> levelProperty() { return level; }
        public StringProperty reasonProperty() { return reason; }
        public StringProperty problemProperty() { return problem; }
        public StringProperty primaryProperty() { return primary; }
        public String code() { return region.code(); }
    }

    private final Messages messages;
    private final WarningText text;
    private final Map<String, CriteriaProfile> profiles;
    private final ObservableList<Choice<CriteriaProfile>> profileChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<CriteriaProfile>> profile = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>();
    private final List<AreaRow> areas = new ArrayList<>();
    private final StringProperty opinion = new SimpleStringProperty("");
    private final StringProperty participants = new SimpleStringProperty("");
    private final StringProperty heldAt = new SimpleStringProperty("");
    private final StringProperty saved = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final ObjectProperty<AreaRow> calcArea = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> calcDay = new SimpleObjectProperty<>(0);
    private final StringProperty calcPm25 = new SimpleStringProperty("");
    private final StringProperty calcPm10 = new SimpleStringProperty("");
    private final StringProperty calcO3 = new SimpleStringProperty("");
    private final StringProperty calcResult = new SimpleStringProperty("");
    private EpisodeSession session;

    public ConsultationViewModel(Messages messages, RegionCatalog regions, Map<String, CriteriaProfile> profiles,
                                 String defaultProfile, LocalDate firstDay) {
        this.messages = messages;
        this.text = new WarningText(messages);
        this.profiles = profiles;
        profiles.values().forEach(p -> profileChoices.add(new Choice<>(messages.get("consultation.profile." + p.name()), p)));
        profile.set(profileChoices.stream().filter(c -> c.value().name().equals(defaultProfile)).findFirst()
                .orElse(profileChoices.get(0)));
        this.firstDay.set(firstDay);
        regions.districts().forEach(r -> areas.add(new AreaRow(r)));
        areas.add(new AreaRow(regions.city()));
        for (AreaRow a : areas) {
            for (DayCell c : a.days) {
                c.aqi.addListener((Observable o) -> evaluate());
                c.dust.addListener((Observable o) -> evaluate());
            }
        }
        profile.addListener((Observable o) -> evaluate());
        this.firstDay.addListener((Observable o) -> evaluate());
        evaluate();
    }

    /** Recomputes every area; the city without its own values takes the highest district level. */
    public void evaluate() {
        RecommendedLevel highest = RecommendedLevel.NONE;
        String highestName = null;
        for (AreaRow a : areas) {
            boolean city = a == areas.get(areas.size() - 1);
            List<DailyForecast> days = new ArrayList<>();
            String problem = "";
            for (int i = 0; i < DAYS; i++) {
                String v = a.days.get(i).aqi.get().trim();
                if (v.isEmpty()) {
                    continue;
                }
                try {
                    int aqi = Integer.parseInt(v);
                    if (aqi < 0) {
                        throw new NumberFormatException();
                    }
                    days.add(new DailyForecast(firstDay.get().plusDays(i), aqi, a.days.get(i).dust.get()));
                } catch (NumberFormatException e) {
                    problem = messages.get("consultation.badAqi", v);
                }
            }
            a.problem.set(problem);
            if (city && days.isEmpty()) {
                a.level.set(highest);
                a.reason.set(highestName == null ? text.reason(emptyRecommendation(), false) : text.cityFromDistricts(highestName));
                continue;
            }
            Recommendation r = CriteriaEvaluator.recommend(profile.get().value(), days);
            a.level.set(r.level());
            a.reason.set(text.reason(r, !days.isEmpty()));
            if (!city && !days.isEmpty() && (highestName == null || r.level().compareTo(highest) > 0)) {
                highest = r.level();
                highestName = a.name();
            }
        }
    }

    private static Recommendation emptyRecommendation() {
        return new Recommendation(RecommendedLevel.NONE, List.of(), List.of(), 0, null);
    }

    public String levelText(RecommendedLevel l) {
        return text.level(l);
    }

    public String primaryText() {
        return messages.get("consultation.primary");
    }

    public String dustText() {
        return messages.get("consultation.dust");
    }

    public String dayLabel(int i) {
        return firstDay.get() == null ? "" : text.format(firstDay.get().plusDays(i));
    }

    /**
     * Ties the grid to the warnings area's open episode: its latest consultation fills the grid, and
     * {@link #save()} records a new consultation (forecast, opinion, participants) with the episode.
     */
    public void attach(EpisodeSession s) {
        this.session = s;
        calcArea.set(areas.get(0));
        s.currentProperty().addListener((o, a, b) -> show(b));
        show(s.current());
    }

    private void show(cn.hazedesk.domain.episode.Episode e) {
        editable.set(e != null && (e.phase() == cn.hazedesk.domain.episode.EpisodePhase.DRAFT || e.phase().inForce()));
        if (e == null || e.latestConsultation().isEmpty()) {
            saved.set(messages.get(e == null ? "consultation.noEpisode" : "consultation.none"));
            return;
        }
        cn.hazedesk.domain.episode.Consultation c = e.latestConsultation().get();
        LocalDate first = c.days().stream().map(cn.hazedesk.domain.episode.ForecastDay::date).min(LocalDate::compareTo)
                .orElse(firstDay.get());
        firstDay.set(first);
        profileChoices.stream().filter(x -> x.value().name().equals(c.profile())).findFirst().ifPresent(profile::set);
        for (AreaRow a : areas) {
            a.primary.set("");
            for (int i = 0; i < DAYS; i++) {
                LocalDate d = first.plusDays(i);
                DayCell cell = a.days.get(i);
                java.util.Optional<cn.hazedesk.domain.episode.ForecastDay> f = c.days().stream()
                        .filter(x -> x.regionCode().equals(a.code()) && x.date().equals(d)).findFirst();
                cell.aqi.set(f.map(x -> String.valueOf(x.aqi())).orElse(""));
                cell.dust.set(f.map(cn.hazedesk.domain.episode.ForecastDay::dust).orElse(false));
                cell.concentrations.set(f.map(cn.hazedesk.domain.episode.ForecastDay::concentrations).orElse(""));
                f.filter(x -> !x.primaryPollutant().isEmpty()).ifPresent(x -> a.primary.set(x.primaryPollutant()));
            }
        }
        opinion.set(c.opinion());
        participants.set(c.participants());
        saved.set(messages.get("consultation.saved", c.seq(), session.text().time(c.heldAt()), c.recordedBy()));
    }

    /** Computes a day's AQI from the concentrations typed in the calculator and puts it into the grid. */
    public void computeAqi() {
        java.util.Map<cn.hazedesk.domain.aqi.Pollutant, java.math.BigDecimal> c =
                new java.util.EnumMap<>(cn.hazedesk.domain.aqi.Pollutant.class);
        List<String> typed = new ArrayList<>();
        try {
            put(c, typed, cn.hazedesk.domain.aqi.Pollutant.PM2_5, calcPm25.get());
            put(c, typed, cn.hazedesk.domain.aqi.Pollutant.PM10, calcPm10.get());
            put(c, typed, cn.hazedesk.domain.aqi.Pollutant.O3_8H, calcO3.get());
            if (c.isEmpty()) {
                calcResult.set(messages.get("consultation.calc.empty"));
                return;
            }
            cn.hazedesk.domain.aqi.AqiResult r = cn.hazedesk.domain.aqi.AqiCalculator.compute(
                    cn.hazedesk.domain.aqi.AqiStandard.defaultStandard(), c);
            DayCell cell = calcArea.get().days.get(calcDay.get());
            cell.aqi.set(String.valueOf(r.aqi()));
            cell.concentrations.set(String.join(" ", typed));
            String primary = r.primaryPollutants().stream().map(cn.hazedesk.domain.aqi.Pollutant::label)
                    .reduce((x, y) -> x + "," + y).orElse("");
            calcArea.get().primary.set(primary);
            calcResult.set(messages.get("consultation.calc.result", calcArea.get().name(), dayLabel(calcDay.get()),
                    r.aqi(), primary.isEmpty() ? "—" : primary));
        } catch (IllegalArgumentException e) {
            calcResult.set(messages.get("consultation.calc.bad", e.getMessage()));
        }
    }

    private static void put(java.util.Map<cn.hazedesk.domain.aqi.Pollutant, java.math.BigDecimal> c, List<String> typed,
                            cn.hazedesk.domain.aqi.Pollutant p, String v) {
        String t = v == null ? "" : cn.hazedesk.domain.common.TextNormalizer.toHalfWidth(v).strip();
        if (t.isEmpty()) {
            return;
        }
        java.math.BigDecimal value;
        try {
            value = new java.math.BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(p.label() + " \u201c" + t + "\u201d");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(p.label() + " \u201c" + t + "\u201d");
        }
        c.put(p, value);
        typed.add(p.label() + "=" + t);
    }

    /** Records the grid, opinion and participants as a new consultation of the open episode. */
    public void save() {
        if (session == null || session.current() == null) {
            return;
        }
        List<cn.hazedesk.domain.episode.ForecastDay> days = new ArrayList<>();
        for (AreaRow a : areas) {
            for (int i = 0; i < DAYS; i++) {
                DayCell cell = a.days.get(i);
                String v = cell.aqi.get().trim();
                if (v.isEmpty()) {
                    continue;
                }
                int aqi;
                try {
                    aqi = Integer.parseInt(cn.hazedesk.domain.common.TextNormalizer.toHalfWidth(v));
                } catch (NumberFormatException e) {
                    aqi = -1;
                }
                if (aqi < 0) {
                    session.dialogs().error(messages.get("episode.refused.title"), messages.get("episode.refused.header"),
                            messages.get("consultation.badCell", a.name(), dayLabel(i), v));
                    return;
                }
                days.add(new cn.hazedesk.domain.episode.ForecastDay(a.code(), firstDay.get().plusDays(i), aqi,
                        cell.dust.get(), a.primary.get(), cell.concentrations.get()));
            }
        }
        session.act(new cn.hazedesk.domain.episode.EpisodeAction.Consult(null, profile.get().value().name(), days,
                opinion.get(), participants.get()), null);
    }

    public StringProperty opinionProperty() { return opinion; }
    public StringProperty participantsProperty() { return participants; }
    public StringProperty savedProperty() { return saved; }
    public BooleanProperty editableProperty() { return editable; }
    public ObjectProperty<AreaRow> calcAreaProperty() { return calcArea; }
    public ObjectProperty<Integer> calcDayProperty() { return calcDay; }
    public StringProperty calcPm25Property() { return calcPm25; }
    public StringProperty calcPm10Property() { return calcPm10; }
    public StringProperty calcO3Property() { return calcO3; }
    public StringProperty calcResultProperty() { return calcResult; }
    public boolean attached() { return session != null; }

    public List<AreaRow> areas() { return areas; }
    public ObservableList<Choice<CriteriaProfile>> profileChoices() { return profileChoices; }
    public ObjectProperty<Choice<CriteriaProfile>> profileProperty() { return profile; }
    public ObjectProperty<LocalDate> firstDayProperty() { return firstDay; }
    public Map<String, CriteriaProfile> profiles() { return profiles; }
}
