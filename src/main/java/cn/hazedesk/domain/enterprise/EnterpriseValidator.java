package cn.hazedesk.domain.enterprise;

import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.uscc.Uscc;
import cn.hazedesk.domain.uscc.UsccCheck;
import cn.hazedesk.domain.uscc.UsccProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a typed enterprise must meet before it is stored, shared by the editor and the import: required
 * values, a valid USCC, a known district and industry, non-negative emissions, fractions in 0-1, coordinates in
 * range, unique line names, at least one line.
 */
public final class EnterpriseValidator {
    private final RegionCatalog regions;
    private final IndustryCatalog industries;

    public EnterpriseValidator(RegionCatalog regions, IndustryCatalog industries) {
        this.regions = regions;
        this.industries = industries;
    }

    public List<ListProblem> validate(Enterprise e) {
        List<ListProblem> problems = new ArrayList<>();
        required(problems, ListField.NAME, null, e.name());
        if (blank(e.uscc())) {
            problems.add(ListProblem.of(ListField.USCC, null, ListProblem.Kind.REQUIRED));
        } else {
            usccProblem(e.uscc()).ifPresent(problems::add);
        }
        if (blank(e.districtCode())) {
            problems.add(ListProblem.of(ListField.DISTRICT, null, ListProblem.Kind.REQUIRED));
        } else if (regions.byCode(e.districtCode()).filter(r -> regions.districts().contains(r)).isEmpty()) {
            problems.add(ListProblem.of(ListField.DISTRICT, null, ListProblem.Kind.UNKNOWN_DISTRICT, e.districtCode()));
        }
        if (blank(e.industry())) {
            problems.add(ListProblem.of(ListField.INDUSTRY, null, ListProblem.Kind.REQUIRED));
        } else if (industries.byName(e.industry()).isEmpty()) {
            problems.add(ListProblem.of(ListField.INDUSTRY, null, ListProblem.Kind.UNKNOWN_INDUSTRY, e.industry()));
        }
        range(problems, ListField.LONGITUDE, e.longitude(), GeoBounds.MIN_LONGITUDE, GeoBounds.MAX_LONGITUDE,
                ListProblem.Kind.LONGITUDE_RANGE);
        range(problems, ListField.LATITUDE, e.latitude(), GeoBounds.MIN_LATITUDE, GeoBounds.MAX_LATITUDE,
                ListProblem.Kind.LATITUDE_RANGE);
        if (e.transportTrucks() != null && e.transportTrucks() < 0) {
            problems.add(ListProblem.of(ListField.TRUCKS, null, ListProblem.Kind.NEGATIVE, e.transportTrucks().toString()));
        }
        if (e.lines().isEmpty()) {
            problems.add(ListProblem.of(ListField.LINE_NAME, null, ListProblem.Kind.NO_LINES));
        }
        Set<String> names = new HashSet<>();
        for (ProductionLine line : e.lines()) {
            if (blank(line.name())) {
                problems.add(ListProblem.of(ListField.LINE_NAME, line.name(), ListProblem.Kind.REQUIRED));
            } else if (!names.add(line.name())) {
                problems.add(ListProblem.of(ListField.LINE_NAME, line.name(), ListProblem.Kind.DUPLICATE_LINE, line.name()));
            }
            nonNegative(problems, ListField.SO2, line.name(), line.so2Tonnes());
            nonNegative(problems, ListField.NOX, line.name(), line.noxTonnes());
            nonNegative(problems, ListField.PM, line.name(), line.pmTonnes());
            nonNegative(problems, ListField.VOCS, line.name(), line.vocsTonnes());
            for (LevelMeasure m : line.measures()) {
                if (m.fraction() != null && (m.fraction().signum() < 0 || m.fraction().compareTo(BigDecimal.ONE) > 0)) {
                    problems.add(ListProblem.of(ListField.fractionField(m.level()), line.name(),
                            ListProblem.Kind.FRACTION_RANGE, m.fraction().stripTrailingZeros().toPlainString()));
                }
            }
        }
        return problems;
    }

    /** The USCC rule alone, as a list problem (for the editor's field check and the import). */
    public static java.util.Optional<ListProblem> usccProblem(String uscc) {
        UsccCheck check = Uscc.check(uscc);
        if (check.valid()) {
            return java.util.Optional.empty();
        }
        UsccProblem p = check.problem().orElseThrow();
        List<String> args = switch (p.kind()) {
            case EMPTY -> List.of(p.kind().name());
            case LENGTH -> List.of(p.kind().name(), String.valueOf(p.actualLength()));
            case CHARACTER -> List.of(p.kind().name(), String.valueOf(p.character()), String.valueOf(p.position()));
            case CHECK_DIGIT -> List.of(p.kind().name(), String.valueOf(p.expectedCheck()), String.valueOf(p.actualCheck()));
        };
        return java.util.Optional.of(new ListProblem(ListField.USCC, null, ListProblem.Kind.USCC_INVALID, args));
    }

    private static void required(List<ListProblem> problems, ListField field, String line, String value) {
        if (blank(value)) {
            problems.add(ListProblem.of(field, line, ListProblem.Kind.REQUIRED));
        }
    }

    private static void nonNegative(List<ListProblem> problems, ListField field, String line, BigDecimal v) {
        if (v != null && v.signum() < 0) {
            problems.add(ListProblem.of(field, line, ListProblem.Kind.NEGATIVE, v.toPlainString()));
        }
    }

    private static void range(List<ListProblem> problems, ListField field, BigDecimal v, BigDecimal min, BigDecimal max,
                              ListProblem.Kind kind) {
        if (v != null && (v.compareTo(min) < 0 || v.compareTo(max) > 0)) {
            problems.add(ListProblem.of(field, null, kind, v.toPlainString(), min.toPlainString(), max.toPlainString()));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
