package cn.hazedesk.application;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.AreaLevels;
import cn.hazedesk.domain.episode.Episode;
import cn.hazedesk.domain.episode.EpisodeAction;
import cn.hazedesk.domain.episode.EpisodePhase;
import cn.hazedesk.domain.episode.EpisodeRefusal;
import cn.hazedesk.domain.episode.ForecastDay;
import cn.hazedesk.domain.episode.LiftBasis;
import cn.hazedesk.domain.episode.Proposal;
import cn.hazedesk.domain.episode.ProposalKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 轻中度污染临时管控 on a real H2 file with the sample list, from consultation to lift: it takes a number of its own
 * series (a warning number is refused), sets no level, gives no enterprise an order, and its notices — read back from
 * the PDF — say 临时管控, state the light measures of data/temp-control-measures.csv, and never say 预警 or cite a
 * level; each step is in the audit trail; the warning series is untouched and a warning may still be opened beside it.
 */
class TempControlTest {
    private static final Instant START = Instant.parse("2026-12-09T00:00:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate D1 = LocalDate.of(2026, 12, 10);
    private static final String ACTOR = "值班员";

    @TempDir
    Path dir;
    private MutableClock clock;
    private EpisodeService episodes;

    private Outcome<Episode> tryAct(long id, EpisodeAction a) {
        clock.advance(Duration.ofMinutes(10));
        return episodes.act(id, a, cn.hazedesk.testing.Actors.all(ACTOR));
    }

    private Episode act(long id, EpisodeAction a) {
        Outcome<Episode> r = tryAct(id, a);
        assertThat(r.refusal()).as("refused").isEmpty();
        return r.value();
    }

    /** Light pollution: AQI 160 one day in every district (above 150, short of yellow). */
    private static List<ForecastDay> light() {
        List<ForecastDay> out = new ArrayList<>();
        for (String d : List.of("640202", "640205", "640221")) {
            out.add(new ForecastDay(d, D1, 160, false, "PM2.5", null));
            out.add(new ForecastDay(d, D1.plusDays(1), 120, false, "PM2.5", null));
        }
        return out;
    }

    private static String text(byte[] pdf) throws Exception {
        return cn.hazedesk.testing.PdfFiles.compactText(pdf);
    }

    private static void keep(String name, byte[] pdf) throws Exception {
        cn.hazedesk.testing.PdfFiles.keep(name, pdf);
    }

    @Test
    void aTemporaryControlFromConsultationToLiftIsNoWarning() throws Exception {
        clock = new MutableClock(START, ZONE);
        try (AppContext ctx = AppContext.open(dir, clock)) {
            ctx.sampleData().loadIfFirstStart(ACTOR);
            episodes = ctx.episodes();
            EpisodeDocumentService docs = ctx.episodeDocuments();
            long id = episodes.create(null, false, true, cn.hazedesk.testing.Actors.all(ACTOR)).value().id();
            assertThat(episodes.find(id).orElseThrow().tempControl()).isTrue();
            act(id, new EpisodeAction.Consult(clock.instant(), "2024", light(), "轻度污染，扩散条件一般", "环境、气象"));
            // the form may carry levels: a temporary control takes none
            act(id, new EpisodeAction.Propose(ProposalKind.ISSUE, AreaLevels.uniform(WarningLevel.YELLOW,
                    List.of("640202", "640205", "640221")), clock.instant().plus(Duration.ofHours(1)),
                    clock.instant().plus(Duration.ofDays(2)), "", "", null, false));
            act(id, new EpisodeAction.Approve("张副市长", null));
            // a number of the warning series is refused, the suggestion is of its own series
            String warningNumber = episodes.suggestNumber();
            assertThat(warningNumber).isEqualTo("石污防指〔2026〕1号");
            Outcome<Episode> refused = tryAct(id, new EpisodeAction.Publish(warningNumber, clock.instant().plusSeconds(60), null));
            assertThat(refused.refusal()).hasValueSatisfying(r ->
                    assertThat(r.code()).isEqualTo(EpisodeRefusal.WARNING_NUMBER_FOR_TEMP_CONTROL));
            String own = episodes.suggestNumber(false, true);
            assertThat(own).isEqualTo("石污防指临〔2026〕1号");
            act(id, new EpisodeAction.Publish(own, clock.instant().plusSeconds(60), null));
            Episode e = episodes.find(id).orElseThrow();
            assertThat(e.phase()).isEqualTo(EpisodePhase.ACTIVE);
            assertThat(e.levels()).isNull();
            assertThat(e.number()).isEqualTo(own);
            assertThat(episodes.orders(id)).as("no enterprise gets an order").isEmpty();
            assertThat(episodes.suggestNumber()).as("the warning series is untouched").isEqualTo(warningNumber);
            // only issue and lift: no level to adjust
            assertThat(tryAct(id, new EpisodeAction.Propose(ProposalKind.EXTEND, null, null,
                    clock.instant().plus(Duration.ofDays(4)), null, "延长", null, false)).refusal())
                    .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo(EpisodeRefusal.KIND_NOT_ALLOWED));

            Proposal start = e.published().get(0);
            assertThat(EpisodeDocumentService.hasApprovalForm(e, start)).isFalse();
            byte[] pdf = docs.pdf(docs.notice(e, start.seq()));
            keep("temp-control-notice.pdf", pdf);
            String t = text(pdf);
            assertThat(t).contains("关于实施轻中度污染天气临时管控措施的通知", own, "轻度至中度污染天气",
                    "12月10日AQI160", "一、健康防护措施", "二、工业企业管控", "三、扬尘管控", "四、移动源管控", "五、其他管控",
                    "不要求企业执行停限产措施", "经石嘴山市重污染天气应急指挥部同意")
                    .doesNotContain("预警", "黄色", "橙色", "红色", "Ⅲ级", "Ⅱ级", "Ⅰ级", "石污防指〔2026〕", "张副市长");

            // its issue package is its notice alone (no approval form, no orders), in a folder named by its number
            IssuePackages.Written pack = ctx.issuePackages().write(e, docs.currentOrders(e, java.util.Optional.empty()),
                    dir.resolve("packages"), new IssuePackages.Names("通知", "审批表", "告知书"), ACTOR,
                    ProgressListener.NONE, CancelToken.NONE);
            assertThat(pack.folder().getFileName().toString()).isEqualTo(own);
            assertThat(pack.files()).hasSize(1);
            assertThat(pack.files().get(0).getFileName().toString()).isEqualTo("通知 " + own + ".pdf");
            assertThat(text(java.nio.file.Files.readAllBytes(pack.files().get(0))))
                    .contains("关于实施轻中度污染天气临时管控措施的通知", own).doesNotContain("预警");
            assertThat(pack.orders()).isZero();
            try (var listed = java.nio.file.Files.list(pack.folder())) {
                assertThat(listed.map(f -> f.getFileName().toString())).containsExactly("通知 " + own + ".pdf");
            }
            // decided by the temporary control's signatory (data/warning-workflow.csv signatory.TEMP_CONTROL)
            assertThat(start.signatory()).isEqualTo(
                    cn.hazedesk.infra.data.WorkflowRulesCsv.load(null).signatories().forTempControl());

            // a warning may be opened beside it (an escalation), the temporary control stays on record
            assertThat(episodes.create(null, false, cn.hazedesk.testing.Actors.all(ACTOR)).refusal()).isEmpty();

            act(id, new EpisodeAction.Consult(clock.instant(), "2024", light(), "好转", "环境、气象"));
            act(id, new EpisodeAction.Propose(ProposalKind.LIFT, null, null, null, null, "冷空气过境，扩散条件转好",
                    LiftBasis.BELOW_CRITERIA, false));
            act(id, new EpisodeAction.Approve("张副市长", null));
            act(id, new EpisodeAction.Publish(episodes.suggestNumber(false, true), clock.instant().plusSeconds(60), null));
            e = episodes.find(id).orElseThrow();
            assertThat(e.phase()).isEqualTo(EpisodePhase.LIFTED);
            Proposal lift = e.published().get(1);
            assertThat(lift.number()).isEqualTo("石污防指临〔2026〕2号");
            byte[] liftPdf = docs.pdf(docs.notice(e, lift.seq()));
            keep("temp-control-lift-notice.pdf", liftPdf);
            assertThat(text(liftPdf)).contains("关于解除轻中度污染天气临时管控措施的通知", "冷空气过境，扩散条件转好。",
                    "解除" + own + "发布的轻中度污染天气临时管控措施").doesNotContain("预警", "黄色", "Ⅲ级");

            // each step recorded like any episode's, the subject marked as a temporary control
            List<String> actions = episodes.timeline(id).stream().map(x -> x.action()).toList();
            assertThat(actions).contains("episode.create", "episode.consult", "episode.propose", "episode.approve",
                    "episode.publish", "episode.package").doesNotContain("episode.orders");
            assertThat(EpisodeService.subject(e)).contains("tempControl");
        }
    }
}
