package cn.hazedesk.app;

import cn.hazedesk.i18n.EpisodeText;
import cn.hazedesk.ui.document.DocumentPreviews;
import cn.hazedesk.ui.shell.WorkArea;
import cn.hazedesk.ui.warning.ApprovalView;
import cn.hazedesk.ui.warning.ApprovalViewModel;
import cn.hazedesk.ui.warning.ConsultationView;
import cn.hazedesk.ui.warning.ConsultationViewModel;
import cn.hazedesk.ui.warning.EpisodePrinting;
import cn.hazedesk.ui.warning.EpisodeSession;
import cn.hazedesk.ui.warning.EpisodesView;
import cn.hazedesk.ui.warning.EpisodesViewModel;
import cn.hazedesk.ui.warning.ResponseView;
import cn.hazedesk.ui.warning.ResponseViewModel;
import cn.hazedesk.ui.warning.SummaryView;
import cn.hazedesk.ui.warning.SummaryViewModel;
import javafx.scene.Parent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 预警与响应: the episode chooser and head, with the consultation, approval, response and summary tabs, all on
 * one {@link EpisodeSession}; the episode's documents open in the preview window.
 */
final class WarningsAssembly implements WorkAreaAssembly {
    private final Screens s;
    private final AppContext ctx;
    private final DocumentPreviews previews;

    WarningsAssembly(Screens screens, DocumentPreviews previews) {
        this.s = screens;
        this.ctx = screens.ctx;
        this.previews = previews;
    }

    @Override
    public WorkArea area() {
        return WorkArea.WARNINGS;
    }

    @Override
    public Parent page() {
        Supplier<Instant> now = () -> ctx.clock().instant();
        LocalDate today = LocalDate.now(ctx.clock());
        EpisodeText text = new EpisodeText(s.messages, ctx.regions(), ctx.clock().getZone());
        EpisodeSession session = new EpisodeSession(ctx.episodes(), s.tasks, s.dialogs, s.messages, text, ctx::actor);
        EpisodePrinting printing = new EpisodePrinting(ctx.episodeDocuments(), previews, s.messages, s.tasks, s.dialogs,
                ctx.issuePackages(), ctx.store().dataFolder().resolve("documents"));
        ConsultationViewModel consultation = new ConsultationViewModel(s.messages, ctx.regions(), ctx.criteriaProfiles(),
                ctx.defaultCriteriaProfile(), today.plusDays(1), session,
                new cn.hazedesk.infra.data.ForecastFileReader(ctx.regions()), s.files);
        ApprovalViewModel approval = new ApprovalViewModel(session, ctx.regions(), now, printing);
        ResponseViewModel response = new ResponseViewModel(session, s.labels, s.files, now, printing);
        SummaryViewModel summary = new SummaryViewModel(session, s.labels, ctx.regions(), today, printing);
        // each tab's page is loaded when the tab is first shown (EpisodesView); its view model exists from the start
        Map<String, Supplier<javafx.scene.Node>> tabs = new LinkedHashMap<>();
        tabs.put(s.messages.get("episode.tab.consultation"), () -> s.load("warning/Consultation.fxml",
                ConsultationView.class, () -> new ConsultationView(consultation)));
        tabs.put(s.messages.get("episode.tab.approval"), () -> s.load("warning/Approval.fxml",
                ApprovalView.class, () -> new ApprovalView(approval)));
        tabs.put(s.messages.get("episode.tab.response"), () -> s.load("warning/Response.fxml",
                ResponseView.class, () -> new ResponseView(response)));
        tabs.put(s.messages.get("episode.tab.summary"), () -> s.load("warning/Summary.fxml",
                SummaryView.class, () -> new SummaryView(summary)));
        EpisodesViewModel vm = new EpisodesViewModel(session, now);
        return s.load("warning/Episodes.fxml", EpisodesView.class, () -> new EpisodesView(vm, tabs, s.news));
    }
}
