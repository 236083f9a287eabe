package cn.hazedesk.i18n;

import cn.hazedesk.domain.grading.DowngradeReason;
import cn.hazedesk.domain.grading.GradeAction;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.grading.GradeRefusal;
import cn.hazedesk.domain.grading.GradeStatus;
import cn.hazedesk.domain.grading.ReviewStage;
import cn.hazedesk.domain.measure.Confidence;
import cn.hazedesk.domain.measure.MeasureRule;
import cn.hazedesk.domain.enterprise.TransportRule;
import cn.hazedesk.domain.reduction.BaselineSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every grading and reduction value has its words in both languages (built keys the bundle check cannot see). */
class GradingTextTest {
    @Test
    void everyValueIsWordedInBothLanguages() {
        for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            GradingText t = new GradingText(Messages.forLocale(l));
            List<String> words = new java.util.ArrayList<>();
            for (GradeStatus s : GradeStatus.values()) {
                words.add(t.status(s));
            }
            for (ReviewStage s : ReviewStage.values()) {
                words.add(t.stage(s));
            }
            for (GradeAction a : GradeAction.values()) {
                words.add(t.action(a));
            }
            for (DowngradeReason r : DowngradeReason.values()) {
                words.add(t.reason(r));
            }
            for (GradeRefusal r : GradeRefusal.values()) {
                words.add(t.refusal(Outcome.Refusal.of(r, GradeStatus.EFFECTIVE)));
            }
            for (MeasureRule r : MeasureRule.values()) {
                words.add(t.rule(r));
            }
            for (TransportRule r : TransportRule.values()) {
                words.add(t.transport(r));
            }
            for (Confidence c : Confidence.values()) {
                words.add(t.confidence(c));
            }
            for (BaselineSource b : BaselineSource.values()) {
                words.add(t.baseline(b));
            }
            for (cn.hazedesk.domain.reduction.Verdict v : cn.hazedesk.domain.reduction.Verdict.values()) {
                words.add(t.verdict(v));
            }
            assertThat(words).as(l.toString()).noneMatch(w -> w.startsWith("!") || w.isBlank());
        }
        assertThat(Messages.forLocale(Locale.SIMPLIFIED_CHINESE).get("cli.usage.reduction")).isEqualTo("reduction [--level yellow|orange|red]");
        assertThat(Messages.forLocale(Locale.ENGLISH).has("cli.describe.reduction")).isTrue();
    }
}
