package cn.hazedesk.app;

import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.about.AboutView;
import cn.hazedesk.ui.about.AboutViewModel;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.FolderOpener;
import cn.hazedesk.ui.common.TaskRunner;
import cn.hazedesk.ui.common.ViewLoader;
import cn.hazedesk.ui.common.FxDialogService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.list.ChangeHistoryView;
import cn.hazedesk.ui.list.ChangeHistoryViewModel;
import cn.hazedesk.ui.list.EnterpriseEditorView;
import cn.hazedesk.ui.list.EnterpriseEditorViewModel;
import cn.hazedesk.ui.list.EnterpriseListView;
import cn.hazedesk.ui.list.EnterpriseListViewModel;
import cn.hazedesk.ui.list.ListNavigator;
import cn.hazedesk.ui.grading.GradeQueueView;
import cn.hazedesk.i18n.EpisodeText;
import cn.hazedesk.ui.warning.ApprovalView;
import cn.hazedesk.ui.warning.ApprovalViewModel;
import cn.hazedesk.ui.warning.ConsultationView;
import cn.hazedesk.ui.warning.EpisodeSession;
import cn.hazedesk.ui.warning.EpisodesView;
import cn.hazedesk.ui.warning.EpisodesViewModel;
import cn.hazedesk.ui.warning.ResponseView;
import cn.hazedesk.ui.warning.ResponseViewModel;
import cn.hazedesk.ui.warning.SummaryView;
import cn.hazedesk.ui.warning.SummaryViewModel;
import cn.hazedesk.ui.warning.ConsultationViewModel;
import cn.hazedesk.ui.grading.GradeQueueViewModel;
import cn.hazedesk.ui.grading.ReductionView;
import cn.hazedesk.ui.grading.MeasureLookupView;
import cn.hazedesk.ui.grading.GradeHistoryView;
import cn.hazedesk.ui.grading.CampaignView;
import cn.hazedesk.ui.grading.CampaignViewModel;
import cn.hazedesk.ui.grading.GradeHistoryViewModel;
import cn.hazedesk.ui.grading.MeasureLookupViewModel;
import cn.hazedesk.ui.grading.ReductionViewModel;
import cn.hazedesk.ui.list.ImportView;
import cn.hazedesk.ui.list.ImportViewModel;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.i18n.ListTemplateNotes;
import cn.hazedesk.ui.shell.MainWindowView;
import cn.hazedesk.ui.shell.MainWindowViewModel;
import cn.hazedesk.ui.shell.WorkArea;
import cn.hazedesk.ui.document.DocumentPreviewView;
import cn.hazedesk.ui.document.DocumentPreviewViewModel;
import cn.hazedesk.ui.document.DocumentPreviews;
import cn.hazedesk.ui.document.OrderBatchView;
import cn.hazedesk.ui.document.OrderBatchViewModel;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.Callback;

import java.util.Objects;
import java.util.Optional;

/**
 * The UI half of the composition root: builds each screen's view model and hands it to its controller through
 * the FXMLLoader controller factory (constructor injection; no static locator).
 */
public final class UiAssembly {
    public static final String STYLESHEET = "/css/app.css";

    private final AppContext ctx;
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FolderOpener folders;
    private final ViewLoader views;
    private final Labels labels;
    private final FileChooserService files;
    private final Stage stage;
    private cn.hazedesk.ui.common.Printing printing;
    private cn.hazedesk.ui.access.IdleLock idleLock;
    private java.util.function.Consumer<AppContext> contextChanged = c -> { };

    public UiAssembly(AppContext ctx, Messages messages, TaskRunner tasks, DialogService dialogs, FolderOpener folders,
                      FileChooserService files, Stage stage) {
        this.files = files;
        this.ctx = ctx;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.folders = folders;
        // controls of actions the signed-in user may not take are hidden (the services refuse them anyway)
        this.views = new ViewLoader(messages, a -> cn.hazedesk.domain.access.AccessPolicy.mayAtAll(ctx.actor(), a));
        this.labels = new Labels(messages, ctx.regions());
        this.stage = stage;
        this.printing = new cn.hazedesk.ui.common.FxPrinting(() -> stage);
    }

    /** Told when a restore has put another AppContext in use (the app closes that one at exit). */
    public UiAssembly onContextChanged(java.util.function.Consumer<AppContext> listener) {
        this.contextChanged = listener;
        return this;
    }

    /** Prints through {@code p} instead of the system's printing (tests). */
    public UiAssembly printing(cn.hazedesk.ui.common.Printing p) {
        this.printing = p;
        return this;
    }

    /**
     * The sign-in form on the stage (issue 14): the first administrator of a new data folder, a user's sign-in, and a
     * first password's change; {@code then} gets the signed-in user, who is from then on the actor of every record.
     */
    public Scene showSignIn(java.util.function.Consumer<cn.hazedesk.domain.access.Actor> then, Runnable quit) {
        cn.hazedesk.ui.access.SignInViewModel vm = new cn.hazedesk.ui.access.SignInViewModel(messages, tasks,
                ctx.accounts(), null, actor -> {
                    ctx.setActor(actor);
                    then.accept(actor);
                });
        Parent root = new ViewLoader(messages).<cn.hazedesk.ui.access.SignInView>load("access/SignIn.fxml",
                only(cn.hazedesk.ui.access.SignInView.class, () -> new cn.hazedesk.ui.access.SignInView(vm, quit))).root();
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(UiAssembly.class.getResource(STYLESHEET)).toExternalForm());
        stage.setTitle(messages.get("app.title"));
        stage.setScene(scene);
        return scene;
    }

    /** The window's title: the program and who is signed in (name, role, scope). */
    public String windowTitle() {
        cn.hazedesk.domain.access.Actor a = ctx.actor();
        return messages.get("signIn.windowTitle", messages.get("app.title"), a.name(), roleName(a), scopeName(a));
    }

    private String roleName(cn.hazedesk.domain.access.Actor a) {
        return messages.has("role." + a.role().key()) ? messages.get("role." + a.role().key()) : a.role().key();
    }

    private String scopeName(cn.hazedesk.domain.access.Actor a) {
        return a.scope().city() ? messages.get("signIn.cityScope")
                : ctx.regions().byCode(a.scope().districtCode()).map(cn.hazedesk.domain.region.Region::name)
                .orElse(a.scope().districtCode());
    }

    /** Builds the main window's scene and puts it on the stage. */
    public Scene showMainWindow() {
        MainWindowViewModel vm = new MainWindowViewModel(messages, tasks, dialogs, folders,
                ctx.store().dataFolder(), ctx.store().logFolder());
        cn.hazedesk.domain.access.Actor actor = ctx.actor();
        vm.signedIn(actor.name() + " · " + roleName(actor) + " · " + scopeName(actor));
        Parent root = views.<MainWindowView>load("shell/MainWindow.fxml",
                only(MainWindowView.class, () -> new MainWindowView(vm, this::page, this::showAbout, this::showBackups,
                        stage::close).onUsers(this::showUsers))).root();
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(UiAssembly.class.getResource(STYLESHEET)).toExternalForm());
        stage.setTitle(windowTitle());
        stage.setScene(scene);
        vm.checkAuditTrail(ctx.auditIntegrity());
        return scene;
    }

    /**
     * Locks the window after {@code idle} without input (data/access.csv), asking the signed-in user's password
     * again; nothing in the window is closed or lost.
     */
    public cn.hazedesk.ui.access.IdleLock lockWhenIdle(java.time.Duration idle) {
        if (idleLock != null) {
            idleLock.stop();
        }
        return idleLock = new cn.hazedesk.ui.access.IdleLock(stage, idle, unlocked -> {
            cn.hazedesk.ui.access.SignInViewModel vm = new cn.hazedesk.ui.access.SignInViewModel(messages, tasks,
                    ctx.accounts(), ctx.actor().name(), actor -> unlocked.run());
            return new ViewLoader(messages).<cn.hazedesk.ui.access.SignInView>load("access/SignIn.fxml",
                    only(cn.hazedesk.ui.access.SignInView.class, () -> new cn.hazedesk.ui.access.SignInView(vm,
                            stage::close))).root();
        }).start();
    }

    /** As {@link #lockWhenIdle(java.time.Duration)} after the time data/access.csv gives (default 30 minutes). */
    public cn.hazedesk.ui.access.IdleLock lockWhenIdle() {
        return lockWhenIdle(ctx.accounts().policy().idleLock());
    }

    /** 文件 → 用户…: administrators add, disable and reset users (issue 14). */
    private void showUsers() {
        Stage dialog = dialog("users.title");
        cn.hazedesk.ui.access.UsersViewModel vm = new cn.hazedesk.ui.access.UsersViewModel(messages, tasks,
                new FxDialogService(() -> dialog, messages), ctx.accounts(), ctx.regions(), ctx::actor);
        show(dialog, views.load("access/Users.fxml", only(cn.hazedesk.ui.access.UsersView.class,
                () -> new cn.hazedesk.ui.access.UsersView(vm, dialog::close))).root());
    }

    private Parent page(WorkArea area) {
        if (area == WorkArea.LIST) {
            EnterpriseListViewModel vm = new EnterpriseListViewModel(messages, labels, tasks, dialogs, ctx.list(),
                    ctx.sampleData(), listNavigator(), ctx.listExport(), files,
                    () -> ListTemplateNotes.notes(messages, ctx.regions(), ctx.industries()), ctx.actor());
            vm.useListCheck(() -> ctx.responseOrders().listCheck(java.util.EnumSet.allOf(
                    cn.hazedesk.domain.enterprise.WarningLevel.class)));
            return views.load("list/EnterpriseList.fxml", only(EnterpriseListView.class, () -> new EnterpriseListView(vm))).root();
        }
        if (area == WorkArea.GRADING) {
            return gradingPage();
        }
        if (area == WorkArea.DOCUMENTS) {
            OrderBatchViewModel vm = new OrderBatchViewModel(messages, labels, tasks, dialogs, files, ctx.responseOrders(),
                    ctx.documents(), documentPreviews(), ctx.clock());
            if (!ctx.actor().scope().city()) {
                vm.limitTo(labels.district(ctx.actor().scope().districtCode()));
            }
            return views.load("document/OrderBatch.fxml", only(OrderBatchView.class, () -> new OrderBatchView(vm))).root();
        }
        if (area == WorkArea.WARNINGS) {
            return warningsPage();
        }
        if (area == WorkArea.AUDIT) {
            cn.hazedesk.ui.audit.AuditLogViewModel vm = new cn.hazedesk.ui.audit.AuditLogViewModel(messages, labels, tasks,
                    dialogs, files, ctx.auditQuery()).withIntegrity(ctx.auditIntegrity());
            return views.load("audit/AuditLog.fxml", only(cn.hazedesk.ui.audit.AuditLogView.class,
                    () -> new cn.hazedesk.ui.audit.AuditLogView(vm))).root();
        }
        throw new IllegalStateException("no page for the work area " + area);
    }

    /** The warnings area: the episode chooser and head, with consultation, approval, response and summary tabs. */
    private Parent warningsPage() {
        java.util.function.Supplier<java.time.Instant> now = () -> ctx.clock().instant();
        EpisodeText text = new EpisodeText(messages, ctx.regions(), ctx.clock().getZone());
        EpisodeSession session = new EpisodeSession(ctx.episodes(), tasks, dialogs, messages, text, ctx::actor);
        ConsultationViewModel consultation = new ConsultationViewModel(messages, ctx.regions(), ctx.criteriaProfiles(),
                ctx.defaultCriteriaProfile(), java.time.LocalDate.now(ctx.clock()).plusDays(1));
        consultation.attach(session);
        // the episode's documents open in the preview window
        cn.hazedesk.ui.warning.EpisodePrinting printing = new cn.hazedesk.ui.warning.EpisodePrinting(
                ctx.episodeDocuments(), documentPreviews(), messages, tasks, dialogs);
        ApprovalViewModel approval = new ApprovalViewModel(session, ctx.regions(), now, printing);
        ResponseViewModel response = new ResponseViewModel(session, labels, files, now);
        SummaryViewModel summary = new SummaryViewModel(session, labels, ctx.regions(), java.time.LocalDate.now(ctx.clock()));
        java.util.Map<String, Parent> pages = new java.util.LinkedHashMap<>();
        pages.put(messages.get("episode.tab.consultation"), views.load("warning/Consultation.fxml",
                only(ConsultationView.class, () -> new ConsultationView(consultation))).root());
        pages.put(messages.get("episode.tab.approval"), views.load("warning/Approval.fxml",
                only(ApprovalView.class, () -> new ApprovalView(approval))).root());
        pages.put(messages.get("episode.tab.response"), views.load("warning/Response.fxml",
                only(ResponseView.class, () -> new ResponseView(response))).root());
        pages.put(messages.get("episode.tab.summary"), views.load("warning/Summary.fxml",
                only(SummaryView.class, () -> new SummaryView(summary))).root());
        response.usePrinting(printing);
        summary.usePrinting(printing);
        EpisodesViewModel vm = new EpisodesViewModel(session, now);
        return views.load("warning/Episodes.fxml",
                only(EpisodesView.class, () -> new EpisodesView(vm, new java.util.LinkedHashMap<>(pages)))).root();
    }

    /** The grading area: the review queues and the reduction accounting, one tab each. */
    private Parent gradingPage() {
        GradeQueueViewModel queue = new GradeQueueViewModel(messages, labels, tasks, dialogs, ctx.grading(), ctx.list(),
                ctx.actor(), ctx.clock().getZone());
        ReductionViewModel reduction = new ReductionViewModel(messages, labels, tasks, ctx.reduction());
        MeasureLookupViewModel measures = new MeasureLookupViewModel(messages, labels, tasks, ctx.reduction(), ctx.clock());
        CampaignViewModel campaign = new CampaignViewModel(messages, labels, tasks, ctx.campaigns(), ctx.list(), ctx.actor(),
                java.time.LocalDate.now(ctx.clock()));
        GradeHistoryViewModel history = new GradeHistoryViewModel(messages, labels, tasks, dialogs, ctx.grading(), ctx.list(),
                ctx.actor(), ctx.clock().getZone());
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                tab(messages.get("grading.tab.queue"), views.load("grading/GradeQueue.fxml",
                        only(GradeQueueView.class, () -> new GradeQueueView(queue))).root(), queue::load),
                tab(messages.get("grading.tab.reduction"), views.load("grading/Reduction.fxml",
                        only(ReductionView.class, () -> new ReductionView(reduction))).root(), reduction::load),
                tab(messages.get("grading.tab.campaign"), views.load("grading/Campaign.fxml",
                        only(CampaignView.class, () -> new CampaignView(campaign))).root(), campaign::load),
                tab(messages.get("grading.tab.history"), views.load("grading/GradeHistory.fxml",
                        only(GradeHistoryView.class, () -> new GradeHistoryView(history))).root(), history::load),
                tab(messages.get("grading.tab.measures"), views.load("grading/MeasureLookup.fxml",
                        only(MeasureLookupView.class, () -> new MeasureLookupView(measures))).root(), measures::load));
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("page-grading");
        return tabs;
    }

    /** A tab that reads its data again each time it is shown, so it reflects what other areas changed. */
    private static javafx.scene.control.Tab tab(String title, Parent content, Runnable reload) {
        javafx.scene.control.Tab t = new javafx.scene.control.Tab(title, content);
        t.setOnSelectionChanged(e -> {
            if (t.isSelected()) {
                reload.run();
            }
        });
        return t;
    }

    private ListNavigator listNavigator() {
        return new ListNavigator() {
            @Override
            public void openEditor(Optional<Long> enterpriseId, Runnable onSaved) {
                Stage dialog = dialog("list.editor");
                EnterpriseEditorViewModel vm = new EnterpriseEditorViewModel(messages, labels, tasks,
                        new FxDialogService(() -> dialog, messages), ctx.list(), ctx.industries(), ctx.actor(),
                        enterpriseId, onSaved, dialog::close);
                show(dialog, views.load("list/EnterpriseEditor.fxml",
                        only(EnterpriseEditorView.class, () -> new EnterpriseEditorView(vm))).root());
                dialog.setOnCloseRequest(e -> {
                    if (!vm.requestClose()) {
                        e.consume();
                    }
                });
            }

            @Override
            public void openImport(java.nio.file.Path workbook, Runnable onImported) {
                Stage dialog = dialog("list.import");
                ImportViewModel vm = new ImportViewModel(messages, labels, tasks, new FxDialogService(() -> dialog, messages),
                        ctx.listImport(), ctx.actor(), workbook, onImported);
                show(dialog, views.load("list/ImportDialog.fxml", only(ImportView.class, () -> new ImportView(vm, dialog::close))).root());
                dialog.setOnCloseRequest(e -> {
                    ImportViewModel.Step step = vm.stepProperty().get();
                    if (step == ImportViewModel.Step.READING || step == ImportViewModel.Step.WRITING) {
                        vm.cancel(); // stop first; the dialog closes itself when the work has rolled back
                        e.consume();
                    }
                });
            }

            @Override
            public void openPermitCheck() {
                Stage dialog = dialog("permit.title");
                cn.hazedesk.ui.list.PermitCheckViewModel vm = new cn.hazedesk.ui.list.PermitCheckViewModel(messages, tasks,
                        new FxDialogService(() -> dialog, messages), files, ctx.permits(), ctx.actor(),
                        ctx.clock().getZone());
                show(dialog, views.load("list/PermitCheck.fxml", only(cn.hazedesk.ui.list.PermitCheckView.class,
                        () -> new cn.hazedesk.ui.list.PermitCheckView(vm, dialog::close))).root());
            }

            @Override
            public void openHistory(String uscc, String enterpriseName) {
                Stage dialog = dialog("list.history");
                ChangeHistoryViewModel vm = new ChangeHistoryViewModel(messages, labels, tasks, ctx.list(), uscc, enterpriseName);
                show(dialog, views.load("list/ChangeHistory.fxml",
                        only(ChangeHistoryView.class, () -> new ChangeHistoryView(vm, dialog::close))).root());
            }
        };
    }

    /**
     * Opens a document's preview window (pages as images, navigation, zoom, print, save as PDF); the PDF is made in
     * the background by the source. For any screen that prints: {@code documentPreviews().open(title, file, source)}.
     */
    public DocumentPreviews documentPreviews() {
        return (title, suggestedFileName, source) -> {
            Stage window = new Stage();
            window.initOwner(stage);
            window.setTitle(messages.get("document.preview.title", title));
            DocumentPreviewViewModel vm = new DocumentPreviewViewModel(messages, tasks,
                    new FxDialogService(() -> window, messages), files, printing, ctx.pdfPages(), title,
                    suggestedFileName, source);
            Parent root = views.load("document/DocumentPreview.fxml",
                    only(DocumentPreviewView.class, () -> new DocumentPreviewView(vm, window::close))).root();
            Scene scene = new Scene(root);
            scene.getStylesheets().add(Objects.requireNonNull(UiAssembly.class.getResource(STYLESHEET)).toExternalForm());
            window.setScene(scene);
            window.setOnHidden(e -> vm.close());
            window.show();
            vm.load();
        };
    }

    private Stage dialog(String titleKey) {
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get(titleKey));
        return dialog;
    }

    private static void show(Stage dialog, Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(UiAssembly.class.getResource(STYLESHEET)).toExternalForm());
        dialog.setScene(scene);
        dialog.show();
    }

    private void showAbout() {
        Stage dialog = new Stage();
        dialog.initOwner(stage);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("menu.help.about"));
        AboutViewModel vm = new AboutViewModel(messages, tasks, ctx.systemInfo());
        Parent root = views.load("about/About.fxml", only(AboutView.class, () -> new AboutView(vm, dialog::close))).root();
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Objects.requireNonNull(UiAssembly.class.getResource(STYLESHEET)).toExternalForm());
        dialog.setScene(scene);
        dialog.setResizable(false);
        dialog.show();
    }

    /** 文件 → 备份与恢复…: the backups with their counts, 立即备份, restore (issue 12). */
    private void showBackups() {
        Stage dialog = dialog("backups.title");
        java.util.concurrent.atomic.AtomicReference<cn.hazedesk.ui.backup.BackupsViewModel> self = new java.util.concurrent.atomic.AtomicReference<>();
        cn.hazedesk.ui.backup.BackupsViewModel vm = new cn.hazedesk.ui.backup.BackupsViewModel(messages, tasks,
                new FxDialogService(() -> dialog, messages), folders, ctx.backups(), this::restoreAndReopen,
                ctx.store().dataFolder().resolve("backups"), ctx.clock().getZone(), outcome -> {
                    dialog.close();
                    new FxDialogService(() -> stage, messages).info(messages.get("backups.title"),
                            messages.get("backups.confirm.title"), self.get().restoredMessage(outcome));
                });
        self.set(vm);
        show(dialog, views.load("backup/Backups.fxml", only(cn.hazedesk.ui.backup.BackupsView.class,
                () -> new cn.hazedesk.ui.backup.BackupsView(vm, dialog::close))).root());
        dialog.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume(); // a backup or restore is under way: it finishes first
            }
        });
    }

    /**
     * In the background: checks the backup (an unusable one changes nothing), closes this data folder's store, puts the
     * backup in place (the current data kept first) and opens the store again; then, on the JavaFX thread, the main
     * window is built anew on the reopened data. If the restore fails after the store was closed, the data as it is
     * now (the old database, which a failed restore leaves in place) is opened again instead.
     */
    private cn.hazedesk.application.RestoreOutcome restoreAndReopen(java.nio.file.Path backup,
                                                                     cn.hazedesk.application.ProgressListener progress) {
        progress.progress(1, 4, messages.get("backups.progress.check"));
        cn.hazedesk.application.BackupInfo check = ctx.backups().verify(backup);
        if (!check.usable()) {
            throw new cn.hazedesk.application.BackupUnusableException(check);
        }
        // restoring replaces everyone's data: administrators only (the start-up window's restore, offered when the
        // data cannot be opened at all, is the one exception: then nobody can sign in)
        ctx.backups().mayRestore(ctx.actor());
        java.nio.file.Path folder = ctx.store().dataFolder();
        java.time.Clock clock = ctx.clock();
        String admin = ctx.actor().name();
        ctx.close();
        cn.hazedesk.application.RestoreOutcome done = null;
        try {
            progress.progress(2, 4, messages.get("backups.progress.replace"));
            done = cn.hazedesk.infra.db.DataFolderRestore.restore(folder, backup, clock);
            return done;
        } finally {
            AppContext next;
            try {
                progress.progress(3, 4, messages.get("backups.progress.reopen"));
                next = AppContext.open(folder, clock);
                if (done != null) {
                    // the restore is a record of the restored trail, with the administrator who did it
                    cn.hazedesk.application.RestoreOutcome d = done;
                    try {
                        next.transactions().inTransaction(() -> {
                            next.auditLog().record(clock.instant(), admin, cn.hazedesk.application.RestoreOutcome.AUDIT_ACTION,
                                    d.restored().file().getFileName().toString(), d.auditDetail(null));
                            return null;
                        });
                    } catch (RuntimeException e) {
                        // the restore took place; only its record is missing (the log says why)
                        org.slf4j.LoggerFactory.getLogger(UiAssembly.class).error("The restore could not be recorded", e);
                    }
                }
            } catch (RuntimeException e) {
                javafx.application.Platform.runLater(() -> {
                    String why = e instanceof cn.hazedesk.infra.db.StoreException s ? StartupProblems.describe(s, messages)
                            : String.valueOf(e.getMessage());
                    new FxDialogService(() -> stage, messages).error(messages.get("backups.title"),
                            messages.get("startup.failed"), why);
                    stage.close();
                });
                throw e;
            }
            javafx.application.Platform.runLater(() -> reopen(next));
        }
    }

    /** The main window again, on the data folder as a restore left it. */
    private void reopen(AppContext next) {
        UiAssembly again = new UiAssembly(next, messages, tasks, dialogs, folders, files, stage).printing(printing)
                .onContextChanged(contextChanged);
        contextChanged.accept(next);
        if (idleLock != null) {
            idleLock.stop();
        }
        // the restored data has its own users: sign in again
        again.showSignIn(actor -> {
            again.showMainWindow();
            again.lockWhenIdle();
        }, stage::close);
    }

    /** A controller factory that makes exactly one controller class, and refuses any other. */
    private static Callback<Class<?>, Object> only(Class<?> type, java.util.function.Supplier<Object> make) {
        return requested -> {
            if (requested != type) {
                throw new IllegalStateException("no controller registered for " + requested.getName());
            }
            return make.get();
        };
    }
}
