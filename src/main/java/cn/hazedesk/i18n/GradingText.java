package cn.hazedesk.i18n;

import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.grading.DowngradeReason;
import cn.hazedesk.domain.grading.GradeAction;
import cn.hazedesk.domain.grading.GradeStatus;
import cn.hazedesk.domain.grading.ReviewStage;
import cn.hazedesk.domain.measure.Confidence;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.reduction.BaselineSource;

/** Words grading and reduction results for people: statuses, steps, refusals, measure rules. */
public final class GradingText {
    private final Messages m;

    public GradingText(Messages m) {
        this.m = m;
    }

    /**
     * Why a grading step was refused ({@code refusal.GradeRefusal.<code>}), naming the status the record was in where
     * that matters (the refusal's fact, a {@link GradeStatus} code).
     */
    public String refusal(Outcome.Refusal r) {
        Object[] args = r.args().stream().map(a -> m.has("grading.status." + a) ? m.get("grading.status." + a) : a)
                .toArray();
        return m.get(r.key(), args.length == 0 ? new Object[]{""} : args);
    }

    public String status(GradeStatus s) {
        return m.get("grading.status." + s.name());
    }

    public String stage(ReviewStage s) {
        return m.get("grading.stage." + s.name());
    }

    public String action(GradeAction a) {
        return m.get("grading.action." + a.name());
    }

    public String reason(DowngradeReason r) {
        return m.get("grading.reason." + r.name());
    }

    public String rule(MeasureRule r) {
        return m.get("measure.rule." + r.name());
    }

    public String transport(TransportRule t) {
        return m.get("measure.transport." + t.name());
    }

    public String confidence(Confidence c) {
        return m.get("measure.confidence." + c.name());
    }

    public String baseline(BaselineSource s) {
        return m.get("reduction.baseline." + s.name());
    }

    public String verdict(cn.hazedesk.domain.reduction.Verdict v) {
        return m.get("reduction.verdict." + v.name());
    }
}
