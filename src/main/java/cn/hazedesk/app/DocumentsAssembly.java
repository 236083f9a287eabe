package cn.hazedesk.app;

import cn.hazedesk.ui.document.DocumentPreviews;
import cn.hazedesk.ui.document.OrderBatchView;
import cn.hazedesk.ui.document.OrderBatchViewModel;
import cn.hazedesk.ui.shell.WorkArea;
import javafx.scene.Parent;

import java.util.Optional;

/** 文书: the response orders of a level, a district user's district alone, previewed and printed in a batch. */
final class DocumentsAssembly implements WorkAreaAssembly {
    private final Screens s;
    private final AppContext ctx;
    private final DocumentPreviews previews;

    DocumentsAssembly(Screens screens, DocumentPreviews previews) {
        this.s = screens;
        this.ctx = screens.ctx;
        this.previews = previews;
    }

    @Override
    public WorkArea area() {
        return WorkArea.DOCUMENTS;
    }

    @Override
    public Parent page() {
        cn.hazedesk.domain.access.Scope scope = ctx.actor().scope();
        Optional<String> onlyDistrict = scope.city() ? Optional.empty()
                : Optional.of(s.labels.district(scope.districtCode()));
        OrderBatchViewModel vm = new OrderBatchViewModel(s.messages, s.labels, s.tasks, s.dialogs, s.files,
                ctx.responseOrders(), ctx.documents(), previews, ctx.clock(), onlyDistrict);
        return s.load("document/OrderBatch.fxml", OrderBatchView.class, () -> new OrderBatchView(vm));
    }
}
