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
    }

    private final Messages messages;
    private final WarningText text;
    private final Map<String, CriteriaProfile> profiles;
    private final ObservableList<Choice<CriteriaProfile>> profileChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<CriteriaProfile>> profile = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>();
    private final List<AreaRow> areas = new ArrayList<>();

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

    public String dustText() {
        return messages.get("consultation.dust");
    }

    public String dayLabel(int i) {
        return firstDay.get() == null ? "" : text.format(firstDay.get().plusDays(i));
    }

    public List<AreaRow> areas() { return areas; }
    public ObservableList<Choice<CriteriaProfile>> profileChoices() { return profileChoices; }
    public ObjectProperty<Choice<CriteriaProfile>> profileProperty() { return profile; }
    public ObjectProperty<LocalDate> firstDayProperty() { return firstDay; }
    public Map<String, CriteriaProfile> profiles() { return profiles; }
}
