package cn.hazedesk.app;

import cn.hazedesk.i18n.ListTemplateNotes;
import cn.hazedesk.ui.list.ChangeHistoryView;
import cn.hazedesk.ui.list.ChangeHistoryViewModel;
import cn.hazedesk.ui.list.EnterpriseEditorView;
import cn.hazedesk.ui.list.EnterpriseEditorViewModel;
import cn.hazedesk.ui.list.EnterpriseListView;
import cn.hazedesk.ui.list.EnterpriseListViewModel;
import cn.hazedesk.ui.list.ImportView;
import cn.hazedesk.ui.list.ImportViewModel;
import cn.hazedesk.ui.list.ListNavigator;
import cn.hazedesk.ui.list.PermitCheckView;
import cn.hazedesk.ui.list.PermitCheckViewModel;
import cn.hazedesk.ui.shell.WorkArea;
import javafx.scene.Parent;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * 企业清单: the list page, and the dialogs it opens (the editor, the Excel import, the permit check, an
 * enterprise's change history).
 */
final class ListAssembly implements WorkAreaAssembly, ListNavigator {
    private final Screens s;
    private final AppContext ctx;

    ListAssembly(Screens screens) {
        this.s = screens;
        this.ctx = screens.ctx;
    }

    @Override
    public WorkArea area() {
        return WorkArea.LIST;
    }

    @Override
    public Parent page() {
        EnterpriseListViewModel vm = new EnterpriseListViewModel(s.messages, s.labels, s.tasks, s.dialogs, ctx.list(),
                ctx.sampleData(), this, ctx.listExport(), s.files,
                () -> ListTemplateNotes.notes(s.messages, ctx.regions(), ctx.industries(),
                        ctx.list().parser().vocabulary().values()), ctx.actor(),
                () -> ctx.responseOrders().listCheck(java.util.EnumSet.allOf(
                        cn.hazedesk.domain.enterprise.WarningLevel.class)));
        return s.load("list/EnterpriseList.fxml", EnterpriseListView.class, () -> new EnterpriseListView(vm, s.news));
    }

    @Override
    public void openEditor(Optional<Long> enterpriseId, Runnable onSaved) {
        Stage dialog = s.dialog("list.editor");
        EnterpriseEditorViewModel vm = new EnterpriseEditorViewModel(s.messages, s.labels, s.tasks,
                s.dialogsOver(dialog), ctx.list(), ctx.industries(), ctx.actor(), enterpriseId, onSaved, dialog::close);
        s.show(dialog, s.load("list/EnterpriseEditor.fxml", EnterpriseEditorView.class,
                () -> new EnterpriseEditorView(vm)));
        dialog.setOnCloseRequest(e -> {
            if (!vm.requestClose()) {
                e.consume();
            }
        });
    }

    @Override
    public void openImport(Path workbook, Runnable onImported) {
        Stage dialog = s.dialog("list.import");
        ImportViewModel vm = new ImportViewModel(s.messages, s.labels, s.tasks, s.dialogsOver(dialog),
                ctx.listImport(), ctx.actor(), workbook, onImported);
        s.show(dialog, s.load("list/ImportDialog.fxml", ImportView.class, () -> new ImportView(vm, dialog::close)));
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
        Stage dialog = s.dialog("permit.title");
        PermitCheckViewModel vm = new PermitCheckViewModel(s.messages, s.tasks, s.dialogsOver(dialog), s.files,
                ctx.permits(), ctx.actor(), ctx.clock().getZone());
        s.show(dialog, s.load("list/PermitCheck.fxml", PermitCheckView.class,
                () -> new PermitCheckView(vm, dialog::close)));
    }

    @Override
    public void openHistory(String uscc, String enterpriseName) {
        Stage dialog = s.dialog("list.history");
        ChangeHistoryViewModel vm = new ChangeHistoryViewModel(s.messages, s.labels, s.tasks, ctx.list(), uscc,
                enterpriseName);
        s.show(dialog, s.load("list/ChangeHistory.fxml", ChangeHistoryView.class,
                () -> new ChangeHistoryView(vm, dialog::close)));
    }
}
