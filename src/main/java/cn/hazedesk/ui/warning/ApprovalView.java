package cn.hazedesk.ui.warning;

import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.episode.LiftBasis;
import cn.hazedesk.domain.episode.ProposalKind;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** Controller of fxml/warning/Approval.fxml: the approval form, the signature, publication and the history. */
public final class ApprovalView {
    private final ApprovalViewModel vm;

    @FXML private VBox proposeBox;
    @FXML private ComboBox<Choice<ProposalKind>> kind;
    @FXML private HBox levelsBox;
    @FXML private Label recommendation;
    @FXML private TextField responseStart;
    @FXML private TextField expectedEnd;
    @FXML private TextArea measures;
    @FXML private TextArea reason;
    @FXML private HBox liftBox;
    @FXML private ComboBox<Choice<LiftBasis>> liftBasis;
    @FXML private Label signatory;
    @FXML private Button propose;
    @FXML private VBox openBox;
    @FXML private Label open;
    @FXML private javafx.scene.control.ScrollPane page;
    @FXML private TextField signer;
    @FXML private TextField comment;
    @FXML private Button approve;
    @FXML private Button reject;
    @FXML private Button withdraw;
    @FXML private VBox publishBox;
    @FXML private TextField number;
    @FXML private TextField issueTime;
    @FXML private TextField publishStart;
    @FXML private TextField basisNotice;
    @FXML private javafx.scene.control.Label publishStartLabel;
    @FXML private Button publish;
    @FXML private TableView<ApprovalViewModel.Row> history;
    @FXML private Button previewApproval;
    @FXML private Button previewNotice;

    public ApprovalView(ApprovalViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        ProposalForm form = vm.form();
        kind.setItems(form.kinds());
        kind.valueProperty().bindBidirectional(form.kindProperty());
        List<Region> areas = new ArrayList<>(form.regions().districts());
        areas.add(0, form.regions().city());
        for (Region r : areas) {
            ComboBox<Choice<WarningLevel>> c = new ComboBox<>(form.levelChoices());
            c.setId("level-" + r.code());
            c.valueProperty().bindBidirectional(form.levelProperty(r.code()));
            levelsBox.getChildren().addAll(new Label(r.name()), c);
        }
        levelsBox.visibleProperty().bind(form.setsLevelsProperty());
        levelsBox.managedProperty().bind(form.setsLevelsProperty());
        recommendation.textProperty().bind(form.recommendationProperty());
        responseStart.textProperty().bindBidirectional(form.responseStartProperty());
        expectedEnd.textProperty().bindBidirectional(form.expectedEndProperty());
        measures.textProperty().bindBidirectional(form.measuresProperty());
        reason.textProperty().bindBidirectional(form.reasonProperty());
        liftBasis.setItems(form.liftBases());
        liftBasis.valueProperty().bindBidirectional(form.liftBasisProperty());
        liftBox.visibleProperty().bind(form.liftProperty());
        liftBox.managedProperty().bind(form.liftProperty());
        signatory.textProperty().bind(form.signatoryProperty());
        propose.setOnAction(e -> form.propose());
        proposeBox.disableProperty().bind(form.canProposeProperty().not());
        open.textProperty().bind(vm.openProperty());
        openBox.visibleProperty().bind(vm.pendingProperty().or(vm.approvedProperty()));
        openBox.managedProperty().bind(openBox.visibleProperty());
        signer.textProperty().bindBidirectional(vm.signerProperty());
        comment.textProperty().bindBidirectional(vm.commentProperty());
        approve.setOnAction(e -> vm.approve());
        reject.setOnAction(e -> vm.reject());
        withdraw.setOnAction(e -> vm.withdraw());
        approve.disableProperty().bind(vm.pendingProperty().not());
        reject.disableProperty().bind(vm.pendingProperty().not());
        publishBox.visibleProperty().bind(vm.approvedProperty());
        publishBox.managedProperty().bind(vm.approvedProperty());
        // the next step appears at the top of the page: bring it into view, with the cursor in its first field
        openBox.visibleProperty().addListener((o, was, shown) -> showNextStep(shown, signer));
        // the number and times are filled in from the rules: the next action is 发布 itself
        publishBox.visibleProperty().addListener((o, was, shown) -> showNextStep(shown, publish));
        // Enter in the signer's name signs (批准), as the officer would expect of a one-field step
        signer.setOnAction(e -> {
            if (!approve.isDisabled()) {
                vm.approve();
            }
        });
        // brought forward after a consultation: the cursor on 提交审签 (also when this page is built by being brought
        // forward: the tab's page is loaded when first shown)
        FocusWhenShown.onPage(vm.session().pageProperty(), EpisodeSession.Page.APPROVAL, () -> !proposeBox.isDisabled(),
                propose, () -> page.setVvalue(page.getVmax()));
        number.textProperty().bindBidirectional(vm.numberProperty());
        issueTime.textProperty().bindBidirectional(vm.issueTimeProperty());
        publishStart.textProperty().bindBidirectional(vm.publishStartProperty());
        basisNotice.textProperty().bindBidirectional(form.basisNoticeProperty());
        publishStartLabel.textProperty().bind(vm.publishStartLabelProperty());
        publish.setOnAction(e -> vm.publish());
        history.setItems(vm.history());
        var chosen = history.getSelectionModel().selectedItemProperty();
        var current = vm.session().currentProperty();
        previewApproval.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.canPreviewApproval(chosen.get()), chosen, current));
        previewNotice.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !vm.canPreviewNotice(chosen.get()), chosen, current));
        previewApproval.setOnAction(e -> vm.previewApproval(chosen.get()));
        previewNotice.setOnAction(e -> vm.previewNotice(chosen.get()));
        var m = vm.messages();
        history.getColumns().setAll(List.<TableColumn<ApprovalViewModel.Row, ?>>of(
                Columns.text(m.get("approval.col.seq"), r -> String.valueOf(r.seq())),
                Columns.text(m.get("approval.col.kind"), ApprovalViewModel.Row::kind),
                Columns.text(m.get("approval.col.state"), ApprovalViewModel.Row::state),
                Columns.text(m.get("approval.col.levels"), ApprovalViewModel.Row::levels),
                Columns.text(m.get("approval.col.signatory"), ApprovalViewModel.Row::signatory),
                Columns.text(m.get("approval.col.decided"), ApprovalViewModel.Row::decided),
                Columns.text(m.get("approval.col.number"), ApprovalViewModel.Row::number),
                Columns.text(m.get("approval.col.issued"), ApprovalViewModel.Row::issued),
                Columns.text(m.get("approval.col.reason"), ApprovalViewModel.Row::reason)));
        double[] widths = {40, 150, 100, 330, 90, 170, 150, 120, 260};
        for (int i = 0; i < widths.length; i++) {
            history.getColumns().get(i).setPrefWidth(widths[i]);
        }
    }

    private void showNextStep(boolean shown, javafx.scene.Node first) {
        if (shown) {
            javafx.application.Platform.runLater(() -> {
                page.setVvalue(page.getVmin());
                first.requestFocus();
            });
        }
    }
}
