package cn.hazedesk.app;

import cn.hazedesk.ui.grading.CampaignView;
import cn.hazedesk.ui.grading.CampaignViewModel;
import cn.hazedesk.ui.grading.GradeHistoryView;
import cn.hazedesk.ui.grading.GradeHistoryViewModel;
import cn.hazedesk.ui.grading.GradeQueueView;
import cn.hazedesk.ui.grading.GradeQueueViewModel;
import cn.hazedesk.ui.grading.MeasureLookupView;
import cn.hazedesk.ui.grading.MeasureLookupViewModel;
import cn.hazedesk.ui.grading.ReductionView;
import cn.hazedesk.ui.grading.ReductionViewModel;
import cn.hazedesk.ui.shell.WorkArea;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.time.LocalDate;

/** 绩效分级: the review queues, the reduction accounting, campaigns, grade history and the measures, one tab each. */
final class GradingAssembly implements WorkAreaAssembly {
    private final Screens s;
    private final AppContext ctx;

    GradingAssembly(Screens screens) {
        this.s = screens;
        this.ctx = screens.ctx;
    }

    @Override
    public WorkArea area() {
        return WorkArea.GRADING;
    }

    @Override
    public Parent page() {
        GradeQueueViewModel queue = new GradeQueueViewModel(s.messages, s.labels, s.tasks, s.dialogs, ctx.grading(),
                ctx.list(), ctx.actor(), ctx.clock().getZone());
        ReductionViewModel reduction = new ReductionViewModel(s.messages, s.labels, s.tasks, ctx.reduction());
        MeasureLookupViewModel measures = new MeasureLookupViewModel(s.messages, s.labels, s.tasks, ctx.reduction(),
                ctx.clock());
        CampaignViewModel campaign = new CampaignViewModel(s.messages, s.labels, s.tasks, ctx.campaigns(), ctx.list(),
                ctx.actor(), LocalDate.now(ctx.clock()));
        GradeHistoryViewModel history = new GradeHistoryViewModel(s.messages, s.labels, s.tasks, s.dialogs,
                ctx.grading(), ctx.list(), ctx.actor(), ctx.clock().getZone());
        TabPane tabs = new TabPane(
                tab("grading.tab.queue", s.load("grading/GradeQueue.fxml", GradeQueueView.class,
                        () -> new GradeQueueView(queue)), queue::load),
                tab("grading.tab.reduction", s.load("grading/Reduction.fxml", ReductionView.class,
                        () -> new ReductionView(reduction)), reduction::load),
                tab("grading.tab.campaign", s.load("grading/Campaign.fxml", CampaignView.class,
                        () -> new CampaignView(campaign)), campaign::load),
                tab("grading.tab.history", s.load("grading/GradeHistory.fxml", GradeHistoryView.class,
                        () -> new GradeHistoryView(history)), history::load),
                tab("grading.tab.measures", s.load("grading/MeasureLookup.fxml", MeasureLookupView.class,
                        () -> new MeasureLookupView(measures)), measures::load));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("page-grading");
        return tabs;
    }

    /** A tab that reads its data again each time it is shown, so it reflects what other areas changed. */
    private Tab tab(String titleKey, Parent content, Runnable reload) {
        Tab t = new Tab(s.messages.get(titleKey), content);
        t.setOnSelectionChanged(e -> {
            if (t.isSelected()) {
                reload.run();
            }
        });
        return t;
    }
}
