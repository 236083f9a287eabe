package cn.hazedesk.i18n;

import cn.hazedesk.application.EpisodeService;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.episode.EpisodeRefusal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An episode's audit subject is stored as data and worded in the reader's language; older subjects show as stored. */
class AuditSubjectTextTest {
    private static final AuditSubjectText ZH = new AuditSubjectText(Messages.forLocale(Messages.CHINESE));
    private static final AuditSubjectText EN = new AuditSubjectText(Messages.forLocale(java.util.Locale.ENGLISH));

    private static String stored(String title, String number, boolean drill) {
        return cn.hazedesk.domain.audit.AuditDetail.of(EpisodeService.SUBJECT_KIND).with("drill", drill ? true : null)
                .with("title", title).with("number", number).stored();
    }

    @Test
    void anEpisodeReadsAsBeforeInChineseAndWithoutChineseBracketsInEnglish() {
        String drill = stored("应急演练 12月9日", "石污防指〔2026〕1号", true);
        assertThat(drill).as("stored without words of any language").doesNotContain("演练］", "（", "drill)");
        assertThat(ZH.text(drill)).isEqualTo("［演练］应急演练 12月9日（石污防指〔2026〕1号）");
        assertThat(EN.text(drill)).isEqualTo("应急演练 12月9日 (石污防指〔2026〕1号) (drill)");
        String unnumbered = stored("2026年12月重污染天气过程", null, false);
        assertThat(ZH.text(unnumbered)).isEqualTo("2026年12月重污染天气过程");
        assertThat(EN.text(unnumbered)).isEqualTo("2026年12月重污染天气过程");
        // a title holding the stored form's own marks comes back as typed
        assertThat(ZH.text(stored("a&b=c%d", "1", false))).isEqualTo("a&b=c%d（1）");
    }

    @Test
    void subjectsWrittenBeforeAndOtherSubjectsShowAsStored() {
        assertThat(EN.text("［演练］应急演练（石污防指〔2026〕1号）")).isEqualTo("［演练］应急演练（石污防指〔2026〕1号）");
        assertThat(EN.text("91640202MA0000042X")).isEqualTo("91640202MA0000042X");
        assertThat(EN.text(null)).isEmpty();
    }

    @Test
    void aRefusalNamingAnEpisodeWordsItsName() {
        Outcome.Refusal r = Outcome.Refusal.of(EpisodeRefusal.ANOTHER_IN_FORCE, stored("过程", "石污防指〔2026〕2号", false));
        assertThat(new OutcomeText(Messages.forLocale(Messages.CHINESE)).refusal(r))
                .startsWith("预警过程“过程（石污防指〔2026〕2号）”尚未解除");
        assertThat(new OutcomeText(Messages.forLocale(java.util.Locale.ENGLISH)).refusal(r))
                .startsWith("The episode \"过程 (石污防指〔2026〕2号)\" has not been lifted");
    }
}
