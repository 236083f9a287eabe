package cn.hazedesk.i18n;

import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ValueParser;
import cn.hazedesk.domain.listimport.RowProblem;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.uscc.Uscc;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Words a list problem in the user's language: the reason alone ({@link #reason}), or placed in the sheet
 * ({@link #describe}: "第 5 行，所属区县：…"). Shared by the command line, the import dialog and the editor.
 */
public final class ListProblemText {
    private final Messages m;
    private final RegionCatalog regions;

    public ListProblemText(Messages messages, RegionCatalog regions) {
        this.m = messages;
        this.regions = regions;
    }

    /** The problem with its row and header, as one sentence. */
    public String describe(RowProblem p) {
        return m.get("list.problem.at", String.valueOf(p.row()), p.header(), reason(p.problem()));
    }

    public String reason(ListProblem p) {
        List<String> a = p.args();
        return switch (p.kind()) {
            case REQUIRED -> m.get("list.problem.required");
            case USCC_INVALID -> m.get("list.problem.usccInvalid", usccReason(a));
            case UNKNOWN_DISTRICT -> m.get("list.problem.unknownDistrict", arg(a, 0),
                    join(regions.districts().stream().map(Region::name).toList()));
            case UNKNOWN_INDUSTRY -> m.get("list.problem.unknownIndustry", arg(a, 0));
            case UNKNOWN_GRADE -> m.get("list.problem.unknownGrade", arg(a, 0),
                    names(PerformanceGrade.values(), PerformanceGrade::label));
            case UNKNOWN_CONTROL_TYPE -> m.get("list.problem.unknownControlType", arg(a, 0),
                    names(ControlType.values(), ControlType::chineseName));
            case UNKNOWN_MEASURE_TYPE -> m.get("list.problem.unknownMeasureType", arg(a, 0),
                    names(MeasureType.values(), MeasureType::chineseName));
            case NOT_A_NUMBER -> m.get("list.problem.notANumber", arg(a, 0));
            case NOT_YES_NO -> m.get("list.problem.notYesNo", arg(a, 0));
            case NOT_A_WHOLE_NUMBER -> m.get("list.problem.notAWholeNumber", arg(a, 0));
            case NEGATIVE -> m.get("list.problem.negative", arg(a, 0));
            case FRACTION_RANGE -> m.get("list.problem.fractionRange", percent(arg(a, 0)));
            case LONGITUDE_RANGE -> m.get("list.problem.longitudeRange", arg(a, 0), arg(a, 1), arg(a, 2));
            case LATITUDE_RANGE -> m.get("list.problem.latitudeRange", arg(a, 0), arg(a, 1), arg(a, 2));
            case USCC_NAME_CONFLICT -> a.size() > 1 ? m.get("list.problem.usccNameConflict", arg(a, 0), arg(a, 1))
                    : m.get("list.problem.usccNameConflictElsewhere", arg(a, 0));
            case DUPLICATE_LINE -> a.size() > 1 ? m.get("list.problem.duplicateLine", arg(a, 0), arg(a, 1))
                    : m.get("list.problem.duplicateLineElsewhere", arg(a, 0));
            case USCC_TAKEN -> m.get("list.problem.usccTaken", arg(a, 0));
            case NO_LINES -> m.get("list.problem.noLines");
            case MISSING_COLUMN -> m.get("list.problem.missingColumn");
            case TOO_LONG -> m.get("list.problem.tooLong", arg(a, 0));
        };
    }

    /** args of USCC_INVALID: the USCC problem kind, then its facts (see EnterpriseValidator.usccProblem). */
    private String usccReason(List<String> a) {
        return switch (arg(a, 0)) {
            case "LENGTH" -> m.get("uscc.problem.length", String.valueOf(Uscc.LENGTH), arg(a, 1));
            case "CHARACTER" -> m.get("uscc.problem.character", arg(a, 1), arg(a, 2));
            case "CHECK_DIGIT" -> m.get("uscc.problem.checkDigit", arg(a, 1), arg(a, 2));
            default -> m.get("uscc.problem.empty");
        };
    }

    private static String percent(String fraction) {
        try {
            return ValueParser.percent(new BigDecimal(fraction));
        } catch (NumberFormatException e) {
            return fraction;
        }
    }

    private static String arg(List<String> args, int i) {
        return i < args.size() ? args.get(i) : "";
    }

    private <T> String names(T[] values, Function<T, String> name) {
        return join(Arrays.stream(values).map(name).toList());
    }

    private String join(List<String> names) {
        boolean english = Locale.ENGLISH.getLanguage().equals(m.locale().getLanguage());
        return names.stream().collect(Collectors.joining(english ? ", " : "、"));
    }
}
