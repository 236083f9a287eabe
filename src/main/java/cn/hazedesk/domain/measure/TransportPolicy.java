package cn.hazedesk.domain.measure;

import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.util.EnumMap;
import java.util.Map;

/**
 * The transport rule of a grade when neither the line nor a matrix row gives one (data/transport-rules.csv;
 * docs/measures-and-reductions.md, "The transport rule of a line and of an order"): B, B- and C no 国四 and older heavy
 * trucks; D (and 非引领性, which falls back to D) no road transport; A+, A, 引领性 and ungraded firms of non-key industries no
 * special rule. A grade without a row has no special rule.
 */
public record TransportPolicy(Map<PerformanceGrade, TransportRule> byGrade) {
    public TransportPolicy {
        byGrade = byGrade.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byGrade));
    }

    public static TransportPolicy none() {
        return new TransportPolicy(Map.of());
    }

    public TransportRule of(PerformanceGrade g) {
        return byGrade.getOrDefault(g, TransportRule.NONE);
    }
}
