package cn.hazedesk.app;

import cn.hazedesk.ui.audit.AuditLogView;
import cn.hazedesk.ui.audit.AuditLogViewModel;
import cn.hazedesk.ui.shell.WorkArea;
import javafx.scene.Parent;

/** 操作记录: the audit trail, filtered and exported, with its record code and whether its chain is whole. */
final class AuditAssembly implements WorkAreaAssembly {
    private final Screens s;

    AuditAssembly(Screens screens) {
        this.s = screens;
    }

    @Override
    public WorkArea area() {
        return WorkArea.AUDIT;
    }

    @Override
    public Parent page() {
        AuditLogViewModel vm = new AuditLogViewModel(s.messages, s.labels, s.tasks, s.dialogs, s.files,
                s.ctx.auditQuery(), s.ctx.auditIntegrity());
        return s.load("audit/AuditLog.fxml", AuditLogView.class, () -> new AuditLogView(vm));
    }
}
