package cn.hazedesk.domain.response;

import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.measure.MeasureChoice;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.measure.MeasureSelector;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.reduction.GradedEnterprise;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.domain.region.RegionCatalog;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the list (each enterprise with its grade in effect) into one {@link ResponseOrder} per enterprise at a
 * level: each line's measure as {@link MeasureSelector} chooses it. Pure and deterministic: the same list gives the
 * same orders in the same order, sorted by district (in the order of the region catalogue, unknown codes last by
 * code), then by enterprise name (Chinese collation), then by USCC.
 *
 * <p>The reason an order counts nothing ({@link ResponseOrder#notCountedReason()}), when no line's measure counts:
 * LONG_TERM_SHUTDOWN, EXEMPT, PROTECTION_TASK or VOLUNTARY_GRADE when a line was chosen by that rule (first of these
 * in that order);
 * otherwise the rule of the first line (NO_MEASURE, or e.g. MATRIX_DEFAULT for a transport-only measure that cuts
 * nothing, LINE_MEASURE for a written 自主减排). An enterprise without lines: LONG_TERM_SHUTDOWN when it is 长期停产,
 * otherwise NO_MEASURE.
 */
public final class ResponseOrderGenerator {
    private static final List<MeasureRule> REASONS = List.of(MeasureRule.LONG_TERM_SHUTDOWN, MeasureRule.EXEMPT,
            MeasureRule.PROTECTION_TASK, MeasureRule.VOLUNTARY_GRADE);

    private final MeasureSelector selector;
    private final RegionCatalog regions;

    public ResponseOrderGenerator(MeasureSelector selector, RegionCatalog regions) {
        this.selector = selector;
        this.regions = regions;
    }

    /**
     * The orders of every enterprise of {@code list} whose district code is in {@code districtCodes} (empty: every
     * district) at {@code level}.
     */
    public List<ResponseOrder> generate(Collection<GradedEnterprise> list, WarningLevel level, Set<String> districtCodes) {
        List<ResponseOrder> out = new ArrayList<>();
        for (GradedEnterprise ge : list) {
            if (districtCodes.isEmpty() || districtCodes.contains(ge.enterprise().districtCode())) {
                out.add(order(ge, level));
            }
        }
        sort(out);
        return List.copyOf(out);
    }

    /** The order of one enterprise at {@code level}. */
    public ResponseOrder order(GradedEnterprise ge, WarningLevel level) {
        Enterprise e = ge.enterprise();
        PerformanceGrade grade = ge.grade() == null ? PerformanceGrade.UNRATED : ge.grade();
        List<OrderLine> lines = new ArrayList<>();
        TransportRule transport = TransportRule.NONE;
        for (MeasureSelector.LineChoice lc : selector.choose(e, grade, level)) {
            MeasureChoice c = lc.choice();
            lines.add(new OrderLine(lc.line().name(), lc.line().process(), c.rule(), c.type(), c.fraction(),
                    c.counted(), c.text(), c.transport(), c.unverifiedDefault()));
            transport = transport.strictest(c.transport());
        }
        String districtName = regions.byCode(e.districtCode()).map(Region::name).orElse(e.districtCode());
        return new ResponseOrder(e.uscc(), e.name(), e.districtCode(), districtName, e.industry(), grade, level,
                e.controlType(), e.address(), e.contactName(), e.contactPhone(), reason(e, lines), lines, transport);
    }

    private static MeasureRule reason(Enterprise e, List<OrderLine> lines) {
        if (lines.stream().anyMatch(OrderLine::counted)) {
            return null;
        }
        if (lines.isEmpty()) {
            return e.controlType() == cn.hazedesk.domain.enterprise.ControlType.LONG_TERM_SHUTDOWN
                    ? MeasureRule.LONG_TERM_SHUTDOWN : MeasureRule.NO_MEASURE;
        }
        for (MeasureRule r : REASONS) {
            if (lines.stream().anyMatch(l -> l.rule() == r)) {
                return r;
            }
        }
        return lines.get(0).rule();
    }

    /**
     * Sorts by district (catalogue order, unknown codes last by code), then enterprise name in Chinese collation, then
     * USCC. Each order's keys are taken once (its district's place, the name's {@link java.text.CollationKey}, which
     * compares as the {@link Collator} does) instead of at every comparison: a 12,500-order batch makes some 170,000
     * comparisons, and collating two Chinese names is the costly part of each.
     */
    private void sort(List<ResponseOrder> orders) {
        List<String> codes = regions.regions().stream().map(Region::code).toList();
        Collator names = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        List<Keyed> keyed = new ArrayList<>(orders.size());
        for (ResponseOrder o : orders) {
            int i = codes.indexOf(o.districtCode());
            keyed.add(new Keyed(o, i < 0 ? Integer.MAX_VALUE : i, o.districtCode() == null ? "" : o.districtCode(),
                    names.getCollationKey(o.enterpriseName())));
        }
        keyed.sort(Comparator.comparingInt(Keyed::district).thenComparing(Keyed::code).thenComparing(Keyed::name)
                .thenComparing(k -> k.order().uscc()));
        for (int i = 0; i < keyed.size(); i++) {
            orders.set(i, keyed.get(i).order());
        }
    }

    /** An order with its sort keys. */
    private record Keyed(ResponseOrder order, int district, String code, java.text.CollationKey name) {
    }
}
