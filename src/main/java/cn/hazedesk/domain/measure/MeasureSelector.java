package cn.hazedesk.domain.measure;

import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.Industry;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.grading.GradeOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the measure of each line of an enterprise at a level, and says which rule chose it. The rules, first
 * match wins:
 * <ol>
 * <li>长期停产 enterprise → LONG_TERM_SHUTDOWN (listed, not counted);</li>
 * <li>control type exempt at this level ({@link ExemptionPolicy}) → EXEMPT;</li>
 * <li>grade A+ / A / 引领性 → VOLUNTARY_GRADE, 自主减排, not counted (the line's own text is shown if any);</li>
 * <li>a measure written on the line for this level → LINE_MEASURE;</li>
 * <li>保障类 without a written measure → EXEMPT;</li>
 * <li>未评级 in a key industry → UNGRADED_KEY_INDUSTRY: the matrix row of the industry's lowest grade (D when the
 * matrix has no row for the industry);</li>
 * <li>the matrix row of the industry, grade and level → MATRIX_DEFAULT (non-key industries use their 未评级 rows);</li>
 * <li>otherwise NO_MEASURE.</li>
 * </ol>
 * A 自主减排 measure (type VOLUNTARY) never counts, whichever rule chose it.
 */
public final class MeasureSelector {
    private static final String VOLUNTARY_TEXT = "自主减排";
    private final MeasureMatrix matrix;
    private final ExemptionPolicy exemptions;
    private final IndustryCatalog industries;

    public MeasureSelector(MeasureMatrix matrix, ExemptionPolicy exemptions, IndustryCatalog industries) {
        this.matrix = matrix;
        this.exemptions = exemptions;
        this.industries = industries;
    }

    /** One line's choice. */
    public record LineChoice(ProductionLine line, MeasureChoice choice) {
    }

    /** The choice for every line of {@code e}, graded {@code grade} (the grade in effect), at {@code level}. */
    public List<LineChoice> choose(Enterprise e, PerformanceGrade grade, WarningLevel level) {
        return e.lines().stream().map(l -> new LineChoice(l, choose(e, grade, l, level))).toList();
    }

    public MeasureChoice choose(Enterprise e, PerformanceGrade grade, ProductionLine line, WarningLevel level) {
        PerformanceGrade g = grade == null ? PerformanceGrade.UNRATED : grade;
        Optional<LevelMeasure> written = line.measure(level);
        if (e.controlType() == ControlType.LONG_TERM_SHUTDOWN) {
            return none(MeasureRule.LONG_TERM_SHUTDOWN, g, written);
        }
        if (exemptions.exempt(e.controlType(), level)) {
            return none(MeasureRule.EXEMPT, g, written);
        }
        if (GradeOrder.voluntary(g)) {
            String text = written.map(LevelMeasure::text).filter(t -> !t.isBlank()).orElse(VOLUNTARY_TEXT);
            return new MeasureChoice(MeasureRule.VOLUNTARY_GRADE, g, MeasureType.VOLUNTARY, BigDecimal.ZERO,
                    BigDecimal.ZERO, text, TransportRule.NONE, null);
        }
        if (written.isPresent()) {
            LevelMeasure m = written.get();
            BigDecimal f = m.fraction() == null ? BigDecimal.ZERO : m.fraction();
            return new MeasureChoice(MeasureRule.LINE_MEASURE, g, m.type(), f, counted(m.type(), f), m.text(),
                    TransportRule.NONE, null);
        }
        if (e.controlType() == ControlType.PROTECTED) {
            return none(MeasureRule.EXEMPT, g, written);
        }
        boolean key = industries.byName(e.industry()).map(Industry::key).orElse(false);
        if (key && g == PerformanceGrade.UNRATED) {
            PerformanceGrade lowest = matrix.lowestGrade(e.industry()).orElse(PerformanceGrade.D);
            return matrix.find(e.industry(), lowest, level)
                    .map(entry -> fromMatrix(MeasureRule.UNGRADED_KEY_INDUSTRY, lowest, entry))
                    .orElseGet(() -> none(MeasureRule.NO_MEASURE, lowest, written));
        }
        return matrix.find(e.industry(), g, level)
                .map(entry -> fromMatrix(MeasureRule.MATRIX_DEFAULT, g, entry))
                .orElseGet(() -> none(MeasureRule.NO_MEASURE, g, written));
    }

    private static MeasureChoice fromMatrix(MeasureRule rule, PerformanceGrade g, MatrixEntry m) {
        return new MeasureChoice(rule, g, m.type(), m.fraction(), counted(m.type(), m.fraction()), m.text(),
                m.transport(), m);
    }

    /** A rule that counts nothing; the line's written text, if any, is kept for display. */
    private static MeasureChoice none(MeasureRule rule, PerformanceGrade g, Optional<LevelMeasure> written) {
        return new MeasureChoice(rule, g, null, BigDecimal.ZERO, BigDecimal.ZERO,
                written.map(LevelMeasure::text).orElse(""), TransportRule.NONE, null);
    }

    private static BigDecimal counted(MeasureType type, BigDecimal fraction) {
        return type == MeasureType.VOLUNTARY ? BigDecimal.ZERO : fraction;
    }
}
