package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.warning.CriteriaEvaluator;
import cn.hazedesk.domain.warning.CriteriaProfile;
import cn.hazedesk.domain.warning.ForecastPeriod;
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
import java.util.Optional;

/**
 * The consultation's forecast (会商): AQI per district (and optionally the city) for the coming days — 3 to 7 days, by
 * day or by half-day as the meteorological bureau gives them — with a dust flag per period, and the recommendation
 * per area that follows as values are typed, with its reason in words (any continuous 24 h: docs/warning-criteria.md, "What is forecast").
 */
public final class ConsultationViewModel {
    /** The default number of forecast days. */
    public static final int DAYS = 3;
    public static final int MIN_DAYS = 3;
    public static final int MAX_DAYS = 7;
    /** Cells per area: 7 days of 24 hours. */
    static final int MAX_SLOTS = 24 * MAX_DAYS;

    /**
     * How the forecast is given: a value per day, per half-day (0–12 h, 12–24 h) or per hour, as the meteorological
     * bureau gives it (docs/warning-criteria.md, "What is forecast": every continuous 24 h counts).
     */
    public enum Granularity {
        DAY(24), HALF_DAY(12), HOUR(1);

        private final int hours;

        Granularity(int hours) {
            this.hours = hours;
        }

        public int hours() {
            return hours;
        }

        int perDay() {
            return 24 / hours;
        }
    }

    /** One column of the grid: a day or a half-day, with its label; {@code index} is the cell of each area. */
    public record Slot(int index, LocalDate date, int startHour, int hours, String label) {
    }

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
            for (int i = 0; i < MAX_SLOTS; i++) {
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
    private final ObservableList<Integer> dayCounts = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> dayCount = new SimpleObjectProperty<>(DAYS);
    private final ObservableList<Choice<Granularity>> granularities = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Granularity>> granularity = new SimpleObjectProperty<>();
    private final ObservableList<Slot> slots = FXCollections.observableArrayList();
    private final List<AreaRow> areas = new ArrayList<>();
    private final StringProperty opinion = new SimpleStringProperty("");
    private final StringProperty participants = new SimpleStringProperty("");
    private final StringProperty heldAt = new SimpleStringProperty("");
    private final StringProperty saved = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private final AqiCalculatorModel calculator;
    private final ForecastGridInput input;
    private final EpisodeSession session;

    /**
     * The grid tied to the warnings area's open episode ({@code session}): its latest consultation fills the grid,
     * and {@link #save()} records a new consultation (forecast, opinion, participants) with the episode;
     * {@code forecastFiles} and {@code files} read the meteorological bureau's forecast file into it.
     */
    public ConsultationViewModel(Messages messages, RegionCatalog regions, Map<String, CriteriaProfile> profiles,
                                 String defaultProfile, LocalDate firstDay, EpisodeSession session,
                                 cn.hazedesk.application.port.ForecastFiles forecastFiles,
                                 cn.hazedesk.ui.common.FileChooserService files) {
        this.messages = messages;
        this.session = java.util.Objects.requireNonNull(session);
        this.input = new ForecastGridInput(this, messages, forecastFiles, files);
        this.text = new WarningText(messages);
        this.calculator = new AqiCalculatorModel(messages, this::dayLabel);
        this.profiles = profiles;
        profiles.values().forEach(p -> profileChoices.add(new Choice<>(messages.get("consultation.profile." + p.name()), p)));
        profile.set(profileChoices.stream().filter(c -> c.value().name().equals(defaultProfile)).findFirst()
                .orElse(profileChoices.get(0)));
        this.firstDay.set(firstDay);
        for (int d = MIN_DAYS; d <= MAX_DAYS; d++) {
            dayCounts.add(d);
        }
        for (Granularity g : Granularity.values()) {
            granularities.add(new Choice<>(messages.get("consultation.granularity." + g.name()), g));
        }
        granularity.set(granularities.get(0));
        regions.districts().forEach(r -> areas.add(new AreaRow(r)));
        areas.add(new AreaRow(regions.city()));
        for (AreaRow a : areas) {
            for (DayCell c : a.days) {
                c.aqi.addListener((Observable o) -> evaluate());
                c.dust.addListener((Observable o) -> evaluate());
            }
        }
        profile.addListener((Observable o) -> evaluate());
        this.firstDay.addListener((Observable o) -> {
            updateSlots();
            evaluate();
        });
        dayCount.addListener((Observable o) -> {
            updateSlots();
            evaluate();
        });
        granularity.addListener((Observable o) -> {
            updateSlots();
            evaluate();
        });
        updateSlots();
        evaluate();
        calculator.area.set(areas.get(0));
        session.currentProperty().addListener((o, a, b) -> show(b));
        show(session.current());
    }

    private Granularity granularity() {
        return granularity.get() == null ? Granularity.DAY : granularity.get().value();
    }

    private int days() {
        Integer d = dayCount.get();
        return d == null ? DAYS : Math.max(MIN_DAYS, Math.min(MAX_DAYS, d));
    }

    /** The grid's columns for the days and granularity chosen. */
    private void updateSlots() {
        Granularity g = granularity();
        List<Slot> out = new ArrayList<>();
        for (int i = 0; i < days() * g.perDay(); i++) {
            LocalDate d = firstDay.get() == null ? null : firstDay.get().plusDays(i / g.perDay());
            int start = (i % g.perDay()) * g.hours();
            String label = d == null ? "" : switch (g) {
                case DAY -> text.format(d);
                case HALF_DAY -> messages.get("consultation.halfDay", text.format(d), start, start + g.hours());
                case HOUR -> messages.get("consultation.hour", text.format(d), start);
            };
            out.add(new Slot(i, d, start, g.hours(), label));
        }
        if (!out.equals(slots)) {
            slots.setAll(out);
        }
    }

    /** The forecast periods typed for one area (blank cells left out); null entries are never returned. */
    private List<ForecastPeriod> periods(AreaRow a, List<String> problems) {
        List<ForecastPeriod> out = new ArrayList<>();
        for (Slot slot : slots) {
            String v = a.days.get(slot.index()).aqi.get().trim();
            if (v.isEmpty() || slot.date() == null) {
                continue;
            }
            try {
                int aqi = Integer.parseInt(cn.hazedesk.domain.common.TextNormalizer.toHalfWidth(v));
                if (!cn.hazedesk.domain.aqi.AqiCalculator.possible(aqi)) {
                    throw new NumberFormatException();
                }
                out.add(new ForecastPeriod(slot.date().atTime(slot.startHour(), 0), slot.hours(), aqi,
                        a.days.get(slot.index()).dust.get()));
            } catch (NumberFormatException e) {
                problems.add(messages.get("consultation.badAqi", v));
            }
        }
        return out;
    }

    /**
     * Recomputes every area; the city without its own values takes the highest district level. An area with a value
     * that cannot be an AQI has no recommendation (null: 无法判断) until it is corrected, and neither has the city
     * when it would follow its districts: a level computed from the other cells would claim more than was typed.
     */
    public void evaluate() {
        RecommendedLevel highest = RecommendedLevel.NONE;
        String highestName = null;
        String unreadable = null;
        for (AreaRow a : areas) {
            boolean city = a == areas.get(areas.size() - 1);
            List<String> problems = new ArrayList<>();
            List<ForecastPeriod> days = periods(a, problems);
            String problem = problems.isEmpty() ? "" : problems.get(problems.size() - 1);
            a.problem.set(problem);
            if (!problems.isEmpty() || city && days.isEmpty() && unreadable != null) {
                a.level.set(null);
                a.reason.set(messages.get("consultation.level.fixFirst", problems.isEmpty() ? unreadable : a.name()));
                unreadable = unreadable == null ? a.name() : unreadable;
                continue;
            }
            if (city && days.isEmpty()) {
                a.level.set(highest);
                a.reason.set(highestName == null ? text.reason(emptyRecommendation(), false) : text.cityFromDistricts(highestName));
                continue;
            }
            Recommendation r = CriteriaEvaluator.recommendPeriods(profile.get().value(), days);
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

    /** The level in words; null (a value that cannot be an AQI was typed) is 无法判断. */
    public String levelText(RecommendedLevel l) {
        return l == null ? messages.get("consultation.level.unknown") : text.level(l);
    }

    public String primaryText() {
        return messages.get("consultation.primary");
    }

    public String dustText() {
        return messages.get("consultation.dust");
    }

    /** The label of grid column {@code i} (a day, a half-day or an hour). */
    public String dayLabel(int i) {
        return i < slots.size() ? slots.get(i).label() : "";
    }


    private void show(cn.hazedesk.domain.episode.Episode e) {
        editable.set(e != null && (e.phase() == cn.hazedesk.domain.episode.EpisodePhase.DRAFT || e.phase().inForce()));
        if (session.keepsInput()) {
            return; // another seat changed the episode: the forecast, opinion and participants typed here stay
        }
        if (e == null || e.latestConsultation().isEmpty()) {
            saved.set(messages.get(e == null ? "consultation.noEpisode" : "consultation.none"));
            return;
        }
        cn.hazedesk.domain.episode.Consultation c = e.latestConsultation().get();
        profileChoices.stream().filter(x -> x.value().name().equals(c.profile())).findFirst().ifPresent(profile::set);
        input.stored(c);
        opinion.set(c.opinion());
        participants.set(c.participants());
        saved.set(messages.get("consultation.saved", c.seq(), session.text().time(c.heldAt()), c.recordedBy()));
    }

    /** Turns the grid to {@code days} days from {@code first}, by day, half-day or hour (a pasted range, a file). */
    void show(LocalDate first, Granularity g, int days) {
        firstDay.set(first);
        granularity.set(granularities.stream().filter(c -> c.value() == g).findFirst().orElseThrow());
        dayCount.set(Math.max(MIN_DAYS, Math.min(MAX_DAYS, days)));
    }

    WarningText text() { return text; }

    /** A range copied from a spreadsheet, pasted at a cell ({@link ForecastGridInput#paste}); false when refused. */
    public boolean paste(String text, int areaIndex, int slotIndex) {
        Optional<String> problem = input.paste(text, areaIndex, slotIndex);
        problem.ifPresent(this::showProblem);
        return problem.isEmpty();
    }

    /** Asks for the forecast file and reads it in the background into the grid (all of it, or nothing). */
    public void readFile() {
        if (input.canReadFile()) {
            input.readFile(session.tasks());
        }
    }

    void showRead(String fileName) {
        saved.set(messages.get("consultation.file.read", fileName));
    }


    void showProblem(String problem) {
        session.dialogs().error(messages.get("consultation.input.title"), messages.get("consultation.input.header"), problem);
    }

    /** Computes a day's AQI from the concentrations typed in the calculator and puts it into the grid. */
    public void computeAqi() {
        calculator.compute();
    }

    /** Records the grid, opinion and participants as a new consultation of the open episode. */
    public void save() {
        if (session.current() == null) {
            return;
        }
        List<cn.hazedesk.domain.episode.ForecastDay> days = new ArrayList<>();
        for (AreaRow a : areas) {
            for (Slot slot : slots) {
                DayCell cell = a.days.get(slot.index());
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
                if (!cn.hazedesk.domain.aqi.AqiCalculator.possible(aqi)) {
                    session.dialogs().error(messages.get("episode.refused.title"), messages.get("episode.refused.header"),
                            messages.get("consultation.badCell", a.name(), slot.label(), v));
                    return;
                }
                days.add(new cn.hazedesk.domain.episode.ForecastDay(a.code(), slot.date(), slot.startHour(), slot.hours(),
                        aqi, cell.dust.get(), a.primary.get(), cell.concentrations.get()));
            }
        }
        // the next step is the approval form, prefilled from this consultation's recommendation
        session.act(new cn.hazedesk.domain.episode.EpisodeAction.Consult(null, profile.get().value().name(), days,
                opinion.get(), participants.get()), () -> session.show(EpisodeSession.Page.APPROVAL));
    }

    public StringProperty opinionProperty() { return opinion; }
    public StringProperty participantsProperty() { return participants; }
    public StringProperty savedProperty() { return saved; }
    public BooleanProperty editableProperty() { return editable; }
    public ObjectProperty<AreaRow> calcAreaProperty() { return calculator.area; }
    public ObjectProperty<Integer> calcDayProperty() { return calculator.day; }
    public StringProperty calcPm25Property() { return calculator.pm25; }
    public StringProperty calcPm10Property() { return calculator.pm10; }
    public StringProperty calcO3Property() { return calculator.o3; }
    public StringProperty calcResultProperty() { return calculator.result; }
    /** The page a step asked to bring forward (the view puts the cursor where the next action is). */
    public javafx.beans.value.ObservableValue<EpisodeSession.Page> pageRequested() { return session.pageProperty(); }

    public List<AreaRow> areas() { return areas; }
    public ObservableList<Choice<CriteriaProfile>> profileChoices() { return profileChoices; }
    public ObjectProperty<Choice<CriteriaProfile>> profileProperty() { return profile; }
    public ObjectProperty<LocalDate> firstDayProperty() { return firstDay; }
    public ObservableList<Integer> dayCounts() { return dayCounts; }
    public ObjectProperty<Integer> dayCountProperty() { return dayCount; }
    public ObservableList<Choice<Granularity>> granularities() { return granularities; }
    public ObjectProperty<Choice<Granularity>> granularityProperty() { return granularity; }
    /** The grid's columns; the view rebuilds the grid when they change. */
    public ObservableList<Slot> slots() { return slots; }
    public Map<String, CriteriaProfile> profiles() { return profiles; }
}
