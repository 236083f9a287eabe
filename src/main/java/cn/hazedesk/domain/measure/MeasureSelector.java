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
 * <li>保障类 exempt at this level ({@link ExemptionPolicy}) → PROTECTION_TASK (it produces what its task needs);</li>
 * <li>another control type exempt at this level → EXEMPT;</li>
 * <li>grade A+ / A / 引领性 → VOLUNTARY_GRADE, 自主减排, not counted (the line's own text is shown if any);</li>
 * <li>a measure written on the line for this level → LINE_MEASURE;</li>
 * <li>保障类 without a written measure → PROTECTION_TASK;</li>
 * <li>未评级 in a key industry → UNGRADED_KEY_INDUSTRY: the matrix row of the industry's lowest grade (D when the
 * matrix has no row for the industry);</li>
 * <li>the matrix row of the industry, grade and level → MATRIX_DEFAULT (non-key industries use their 未评级 rows);</li>
 * <li>otherwise NO_MEASURE.</li>
 * </ol>
 * Matrix rows are looked up with the fallbacks ({@link MeasureFallbacks}): the grade's chain (B- → C, 非引领性 → D)
 * within the industry, then the same within the industry it falls back to (长流程钢铁 → 钢铁). A 自主减排 measure
 * (type VOLUNTARY) never counts, whichever rule chose it; a voluntary line without a text of its own gets the text of
 * the matrix's VOLUNTARY rows ({@link MeasureMatrix#voluntaryText}).
 *
 * <p><b>Transport.</b> Each line has one transport rule, from the line or the grade: the line's own rule when the list
 * gives one (the rule its written measure names, see {@link #lineTransport}); for a matrix default the row's
 * transport column (the same rule its text states); otherwise the grade's ({@link TransportPolicy}; for an ungraded
 * key-industry firm its industry's lowest grade). 长期停产, 豁免 and 自主减排 (A+, A, 引领性) lines have no special rule.
 */
public final class MeasureSelector {
    private final MeasureMatrix matrix;
    private final ExemptionPolicy exemptions;
    private final IndustryCatalog industries;
    private final MeasureFallbacks fallbacks;
    private final TransportPolicy transport;

    public MeasureSelector(MeasureMatrix matrix, ExemptionPolicy exemptions, IndustryCatalog industries,
                           MeasureFallbacks fallbacks, TransportPolicy transport) {
        this.matrix = matrix;
        this.exemptions = exemptions;
        this.industries = industries;
        this.fallbacks = fallbacks;
        this.transport = transport;
    }

    /** One line's choice. */
    public record LineChoice(ProductionLine line, MeasureChoice choice) {
    }

    /** The choice for every line of {@code e}, graded {@code grade} (the grade in effect), at {@code level}. */
    public List<LineChoice> choose(Enterprise e, PerformanceGrade grade, WarningLevel level) {
        return e.lines().stream().map(l -> new LineChoice(l, choose(e, grade, l, level))).toList();
    }

    /** True when {@code industry} is one of the national key industries (data/industries.csv). */
    public boolean keyIndustry(String industry) {
        return industries.byName(industry).map(Industry::key).orElse(false);
    }

    public MeasureChoice choose(Enterprise e, PerformanceGrade grade, ProductionLine line, WarningLevel level) {
        PerformanceGrade g = grade == null ? PerformanceGrade.UNRATED : grade;
        Optional<LevelMeasure> written = line.measure(level);
        boolean key = keyIndustry(e.industry());
        // the grade the rules go by: an ungraded key-industry firm counts as its industry's lowest grade
        PerformanceGrade byGrade = key && g == PerformanceGrade.UNRATED ? lowestGrade(e.industry()) : g;
        if (e.controlType() == ControlType.LONG_TERM_SHUTDOWN) {
            return none(MeasureRule.LONG_TERM_SHUTDOWN, g, written, TransportRule.NONE);
        }
        if (e.controlType() == ControlType.PROTECTED && exemptions.exempt(ControlType.PROTECTED, level)) {
            return none(MeasureRule.PROTECTION_TASK, g, written, transport.of(byGrade));
        }
        if (exemptions.exempt(e.controlType(), level)) {
            return none(MeasureRule.EXEMPT, g, written, TransportRule.NONE);
        }
        if (GradeOrder.voluntary(g)) {
            String text = written.map(LevelMeasure::text).filter(t -> !t.isBlank()).orElse(matrix.voluntaryText());
            return new MeasureChoice(MeasureRule.VOLUNTARY_GRADE, g, MeasureType.VOLUNTARY, BigDecimal.ZERO,
                    BigDecimal.ZERO, text, TransportRule.NONE, null);
        }
        if (written.isPresent()) {
            LevelMeasure m = written.get();
            BigDecimal f = m.fraction() == null ? BigDecimal.ZERO : m.fraction();
            return new MeasureChoice(MeasureRule.LINE_MEASURE, g, m.type(), f, counted(m.type(), f), m.text(),
                    lineTransport(m).orElse(transport.of(byGrade)), null);
        }
        if (e.controlType() == ControlType.PROTECTED) {
            return none(MeasureRule.PROTECTION_TASK, g, written, transport.of(byGrade));
        }
        if (key && g == PerformanceGrade.UNRATED) {
            return lookup(e.industry(), byGrade, level)
                    .map(entry -> fromMatrix(MeasureRule.UNGRADED_KEY_INDUSTRY, byGrade, entry))
                    .orElseGet(() -> none(MeasureRule.NO_MEASURE, byGrade, written, transport.of(byGrade)));
        }
        return lookup(e.industry(), g, level)
                .map(entry -> fromMatrix(MeasureRule.MATRIX_DEFAULT, g, entry))
                .orElseGet(() -> none(MeasureRule.NO_MEASURE, g, written, transport.of(g)));
    }

    /**
     * The transport rule a line's own measure gives, if any: the one the list's reader found in its text
     * (data/measure-text-rules.csv, kept with the measure since V6).
     */
    static Optional<TransportRule> lineTransport(LevelMeasure m) {
        return m.transport() == TransportRule.NONE ? Optional.empty() : Optional.of(m.transport());
    }

    /** The matrix row for the industry, grade and level, following the fallbacks. */
    public Optional<MatrixEntry> lookup(String industry, PerformanceGrade grade, WarningLevel level) {
        for (String ind : fallbacks.industryChain(industry)) {
            for (PerformanceGrade g : fallbacks.gradeChain(grade)) {
                Optional<MatrixEntry> row = matrix.find(ind, g, level);
                if (row.isPresent()) {
                    return row;
                }
            }
        }
        return Optional.empty();
    }

    /** The lowest grade the matrix has rows for in the industry (or the industry it falls back to); D if none. */
    public PerformanceGrade lowestGrade(String industry) {
        for (String ind : fallbacks.industryChain(industry)) {
            Optional<PerformanceGrade> g = matrix.lowestGrade(ind);
            if (g.isPresent()) {
                return g.get();
            }
        }
        return PerformanceGrade.D;
    }

    private static MeasureChoice fromMatrix(MeasureRule rule, PerformanceGrade g, MatrixEntry m) {
        return new MeasureChoice(rule, g, m.type(), m.fraction(), counted(m.type(), m.fraction()), m.text(),
                m.transport(), m);
    }

    /** A rule that counts nothing; the line's written text, if any, is kept for display. */
    private static MeasureChoice none(MeasureRule rule, PerformanceGrade g, Optional<LevelMeasure> written,
                                      TransportRule transport) {
        return new MeasureChoice(rule, g, null, BigDecimal.ZERO, BigDecimal.ZERO,
                written.map(LevelMeasure::text).orElse(""), transport, null);
    }

    private static BigDecimal counted(MeasureType type, BigDecimal fraction) {
        return type == MeasureType.VOLUNTARY ? BigDecimal.ZERO : fraction;
    }
}
