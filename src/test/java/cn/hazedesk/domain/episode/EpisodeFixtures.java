package cn.hazedesk.domain.episode;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.infra.data.CriteriaCsv;
import cn.hazedesk.infra.data.RegionsCsv;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The real regions (石嘴山市 with 大武口区, 惠农区, 平罗县) and criteria profiles (2024, 2018), a signatory policy of
 * 分管副市长 for yellow and orange and 市长 for red, and short ways to write forecasts and levels.
 */
final class EpisodeFixtures {
    static final String CITY = "640200";
    static final String DWK = "640202"; // 大武口区
    static final String HN = "640205";  // 惠农区
    static final String PL = "640221";  // 平罗县
    static final List<String> DISTRICTS = List.of(DWK, HN, PL);
    static final LocalDate D1 = LocalDate.of(2026, 12, 10);
    static final String DEPUTY = "分管副市长";
    static final String MAYOR = "市长";

    static final RegionCatalog REGIONS = RegionsCsv.load();
    static final SignatoryPolicy SIGNATORIES = new SignatoryPolicy(new EnumMap<>(Map.of(
            WarningLevel.YELLOW, DEPUTY, WarningLevel.ORANGE, DEPUTY, WarningLevel.RED, MAYOR)));
    static final EpisodeRules RULES = new EpisodeRules(CriteriaCsv.load(null), SIGNATORIES, REGIONS);

    private EpisodeFixtures() {
    }

    /**
     * One area's forecast from {@link #D1} on, one day per value; a value ending in "d" is a dust day,
     * e.g. {@code days(HN, "210 220d 90")}.
     */
    static List<ForecastDay> days(String region, String aqis) {
        List<ForecastDay> out = new ArrayList<>();
        String[] v = aqis.trim().split("\\s+");
        for (int i = 0; i < v.length; i++) {
            boolean dust = v[i].endsWith("d");
            out.add(new ForecastDay(region, D1.plusDays(i), Integer.parseInt(v[i].replace("d", "")), dust,
                    dust ? "PM10" : "PM2.5", null));
        }
        return out;
    }

    /** The same forecast for every district (the city then takes the highest district). */
    static List<ForecastDay> everyDistrict(String aqis) {
        List<ForecastDay> out = new ArrayList<>();
        DISTRICTS.forEach(d -> out.addAll(days(d, aqis)));
        return out;
    }

    @SafeVarargs
    static List<ForecastDay> concat(List<ForecastDay>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    static AreaLevels uniform(WarningLevel l) {
        return AreaLevels.uniform(l, DISTRICTS);
    }

    /** The city's level, then 大武口区, 惠农区, 平罗县. */
    static AreaLevels levels(WarningLevel city, WarningLevel dwk, WarningLevel hn, WarningLevel pl) {
        Map<String, WarningLevel> m = new TreeMap<>();
        m.put(DWK, dwk);
        m.put(HN, hn);
        m.put(PL, pl);
        return new AreaLevels(city, m);
    }

    static EpisodeAction.Consult consult(Instant heldAt, List<ForecastDay> days) {
        return new EpisodeAction.Consult(heldAt, "2024", days, "会商意见", "市生态环境局、市气象局");
    }

    static EpisodeAction.Propose issue(AreaLevels l, Instant start, Instant end, String reason) {
        return new EpisodeAction.Propose(ProposalKind.ISSUE, l, start, end, "停产限产、停止公路运输", reason, null, false);
    }

    static EpisodeAction.Propose adjust(AreaLevels l, Instant start, Instant end, String reason) {
        return new EpisodeAction.Propose(ProposalKind.ADJUST, l, start, end, "升级措施", reason, null, false);
    }

    static EpisodeAction.Propose extend(Instant end) {
        return new EpisodeAction.Propose(ProposalKind.EXTEND, null, null, end, null, "污染持续", null, false);
    }

    static EpisodeAction.Propose suspend(String reason) {
        return new EpisodeAction.Propose(ProposalKind.SUSPEND, null, null, null, null, reason, null, false);
    }

    static EpisodeAction.Propose resume(Instant start, String reason) {
        return new EpisodeAction.Propose(ProposalKind.RESUME, null, start, null, null, reason, null, false);
    }

    static EpisodeAction.Propose lift(LiftBasis basis, String reason, boolean shortfallConfirmed) {
        return new EpisodeAction.Propose(ProposalKind.LIFT, null, null, null, null, reason, basis, shortfallConfirmed);
    }
}
