package cn.hazedesk.domain.grading;

import cn.hazedesk.domain.enterprise.PerformanceGrade;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Best to worst (docs/grading.md, "Order (best to worst)"): A+, A, 引领性 (all three voluntary under a warning), B, B-, C,
 * D, 非引领性. 引领性 sits just below A and 非引领性 below D so that the order is total; both A and 引领性 are
 * voluntary, so nothing under a warning depends on which of them is lower.
 * 未评级 is not a grade and has no rank.
 */
public final class GradeOrder {
    private GradeOrder() {
    }

    /** 0 for the best grade; larger is worse. */
    public static int rank(PerformanceGrade g) {
        return switch (g) {
            case A_PLUS -> 0;
            case A -> 1;
            case LEADING -> 2;
            case B -> 3;
            case B_MINUS -> 4;
            case C -> 5;
            case D -> 6;
            case NON_LEADING -> 7;
            case UNRATED -> throw new IllegalArgumentException("UNRATED has no rank");
        };
    }

    public static final Comparator<PerformanceGrade> BEST_FIRST = Comparator.comparingInt(GradeOrder::rank);

    /** The worst of the grades (the overall grade of a firm graded in several industries); 未评级 is ignored. */
    public static Optional<PerformanceGrade> lowest(Collection<PerformanceGrade> grades) {
        return grades.stream().filter(g -> g != PerformanceGrade.UNRATED).max(BEST_FIRST);
    }

    /** True when {@code a} is strictly worse than {@code b}. */
    public static boolean lower(PerformanceGrade a, PerformanceGrade b) {
        return rank(a) > rank(b);
    }

    /** A+, A and 引领性 take 自主减排 (voluntary measures) at every level. */
    public static boolean voluntary(PerformanceGrade g) {
        return g == PerformanceGrade.A_PLUS || g == PerformanceGrade.A || g == PerformanceGrade.LEADING;
    }
}
