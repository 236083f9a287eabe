package cn.hazedesk.i18n;

import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.enterprise.ValueParser;
import cn.hazedesk.application.port.WorkbookException;
import cn.hazedesk.domain.listimport.CheckNote;
import cn.hazedesk.domain.listimport.RowProblem;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;
import cn.hazedesk.domain.uscc.Uscc;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /** The problem with its sheet (when the workbook has several list sheets), row and header. */
    public String describe(RowProblem p, boolean severalSheets) {
        if (!severalSheets) {
            return describe(p);
        }
        return m.get("list.problem.inSheet", p.sheet(), String.valueOf(p.row()), p.header(), reason(p.problem()));
    }

    /** A note of the check, as one sentence (with its sheet when the workbook has several list sheets). */
    public String note(CheckNote n, boolean severalSheets) {
        List<String> a = n.args();
        String row = String.valueOf(n.row());
        String text = switch (n.kind()) {
            case IGNORED_COLUMN -> m.get("list.note.ignoredColumn", arg(a, 0), arg(a, 1),
                    m.get("list.note.ignoredReason." + arg(a, 2), arg(a, 3)));
            case IGNORED_SHEET -> m.get("list.note.ignoredSheet", n.sheet());
            case SKIPPED_ROW -> m.get("list.note.skippedRow", row, arg(a, 0));
            case TOTAL_ROW -> m.get("list.note.totalRow", row, arg(a, 0));
            case REPEATED_HEADER -> m.get("list.note.repeatedHeader", row);
            case TOTAL_MISMATCH -> m.get("list.note.totalMismatch", row, arg(a, 0), arg(a, 1), arg(a, 2));
            case DISTRICT_FROM_SHEET -> m.get("list.note.districtFromSheet", arg(a, 0));
            case DISTRICT_FROM_SECTION -> m.get("list.note.districtFromSection", row, arg(a, 0));
            case LINE_NAME_ADDED -> m.get("list.note.lineNameAdded", arg(a, 0));
            case MERGED_NUMBER -> m.get("list.note.mergedNumber", arg(a, 0), arg(a, 1));
            case ZEROS_READ -> m.get("list.note.zerosRead", arg(a, 0));
            case MEASURES_DERIVED -> m.get("list.note.measuresDerived", arg(a, 0), arg(a, 1));
            case TRANSPORT_READ -> m.get("list.note.transportRead", arg(a, 0));
            case PERCENTS_READ -> m.get("list.note.percentsRead", arg(a, 0));
            case ROUNDED -> m.get("list.note.rounded", arg(a, 0));
            case UNIT_ASSUMED -> m.get("list.note.unitAssumed", arg(a, 0));
            case UNIT_CONVERTED -> m.get("list.note.unitConverted", arg(a, 0), arg(a, 1));
            case NO_MEASURE -> m.get("list.note.noMeasure", arg(a, 0), arg(a, 1));
        };
        boolean placed = severalSheets && !n.sheet().isEmpty() && n.kind() != CheckNote.Kind.IGNORED_SHEET;
        return placed ? m.get("list.note.inSheet", n.sheet(), text) : text;
    }

    /** Why a file cannot be read as a workbook, as one sentence naming it. */
    public String unreadable(WorkbookException e) {
        return m.get("list.file." + e.kind().name(), String.valueOf(e.file()));
    }

    public String reason(ListProblem p) {
        List<String> a = p.args();
        return switch (p.kind()) {
            case REQUIRED -> m.get("list.problem.required");
            case USCC_INVALID -> m.get("list.problem.usccInvalid", usccReason(a));
            case UNKNOWN_DISTRICT -> m.get("list.problem.unknownDistrict", arg(a, 0),
                    join(regions.districts().stream().map(Region::name).toList()));
            case UNKNOWN_INDUSTRY -> m.get("list.problem.unknownIndustry", arg(a, 0));
            case UNKNOWN_GRADE -> m.get("list.problem.unknownGrade", arg(a, 0), join(rest(a)));
            case UNKNOWN_CONTROL_TYPE -> m.get("list.problem.unknownControlType", arg(a, 0), join(rest(a)));
            case UNKNOWN_MEASURE_TYPE -> m.get("list.problem.unknownMeasureType", arg(a, 0), join(rest(a)));
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
            case MISSING_MEASURE_COLUMNS -> m.get("list.problem.missingMeasureColumns");
            case IMPLAUSIBLE -> m.get("list.problem.implausible", arg(a, 0), arg(a, 1));
            case MEASURE_NOT_READ -> m.get("list.problem.measureNotRead", arg(a, 0));
            case MEASURE_AMBIGUOUS -> m.get("list.problem.measureAmbiguous", join(a));
            case MEASURE_NO_SHARE -> m.get("list.problem.measureNoShare", arg(a, 0));
            case MEASURE_NEEDS_DESIGN_COKING_TIME -> m.get("list.problem.measureNeedsDesignCokingTime", arg(a, 0));
            case MEASURE_CONFLICT -> m.get("list.problem.measureConflict", percent(arg(a, 0)), percent(arg(a, 1)), arg(a, 2));
            case FORMULA_NO_VALUE -> m.get("list.problem.formulaNoValue");
            case CELL_ERROR -> m.get("list.problem.cellError", arg(a, 0));
            case CONFLICTING_COLUMNS -> m.get("list.problem.conflictingColumns", arg(a, 0), arg(a, 1));
            case MERGED_ACROSS_COLUMNS -> m.get("list.problem.mergedAcrossColumns", arg(a, 0));
            case NO_DISTRICT -> m.get("list.problem.noDistrict");
            case CONTROL_TYPE_CONFLICT -> m.get("list.problem.controlTypeConflict", arg(a, 0), arg(a, 1));
            case TYPE_SHARE_CONFLICT -> m.get("list.problem.typeShareConflict", arg(a, 0), percent(arg(a, 1)));
            case NO_LIST_HEADER -> m.get("list.problem.noListHeader", String.join(m.get("document.template.separator"), a));
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

    private static List<String> rest(List<String> args) {
        return args.size() <= 1 ? List.of() : args.subList(1, args.size());
    }

    private String join(List<String> names) {
        boolean english = Locale.ENGLISH.getLanguage().equals(m.locale().getLanguage());
        return names.stream().collect(Collectors.joining(english ? ", " : "、"));
    }
}
