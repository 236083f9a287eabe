package cn.hazedesk.ui.grading;

import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.domain.campaign.Campaign;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.ui.common.Choice;
import javafx.css.PseudoClass;
import cn.hazedesk.ui.common.Columns;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;


/** Controller of fxml/grading/Campaign.fxml. */
public final class CampaignView {
    private static final PseudoClass UNDER = PseudoClass.getPseudoClass("under");
    private final CampaignViewModel vm;

    @FXML private ComboBox<Choice<Campaign>> campaign;
    @FXML private Label summary;
    @FXML private TableView<CampaignViewModel.Row> table;
    @FXML private TableColumn<CampaignViewModel.Row, String> colName;
    @FXML private TableColumn<CampaignViewModel.Row, String> colIndustry;
    @FXML private TableColumn<CampaignViewModel.Row, String> colCurrent;
    @FXML private TableColumn<CampaignViewModel.Row, String> colTarget;
    @FXML private TableColumn<CampaignViewModel.Row, String> colState;
    @FXML private TableColumn<CampaignViewModel.Row, String> colOverdue;
    @FXML private ComboBox<Choice<EnterpriseRow>> targetEnterprise;
    @FXML private ComboBox<Choice<PerformanceGrade>> targetGrade;
    @FXML private TextField newName;
    @FXML private DatePicker newStart;
    @FXML private DatePicker newEnd;
    @FXML private Label message;

    public CampaignView(CampaignViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        campaign.setItems(vm.campaignChoices());
        campaign.valueProperty().bindBidirectional(vm.campaignProperty());
        summary.textProperty().bind(vm.summaryProperty());
        Columns.text(colName, CampaignViewModel.Row::name);
        Columns.text(colIndustry, CampaignViewModel.Row::industry);
        Columns.text(colCurrent, CampaignViewModel.Row::current);
        Columns.text(colTarget, CampaignViewModel.Row::target);
        Columns.text(colState, CampaignViewModel.Row::state);
        Columns.text(colOverdue, CampaignViewModel.Row::overdue);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CampaignViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(UNDER, !empty && item != null && item.late());
            }
        });
        table.setItems(vm.rows());
        targetEnterprise.setItems(vm.enterprises());
        targetEnterprise.valueProperty().bindBidirectional(vm.targetEnterpriseProperty());
        targetGrade.setItems(vm.grades());
        targetGrade.valueProperty().bindBidirectional(vm.targetGradeProperty());
        newName.textProperty().bindBidirectional(vm.newNameProperty());
        newStart.valueProperty().bindBidirectional(vm.newStartProperty());
        newEnd.valueProperty().bindBidirectional(vm.newEndProperty());
        message.textProperty().bind(vm.messageProperty());
        // loads when its tab is shown (app.GradingAssembly), not while hidden
    }


    @FXML private void create() { vm.create(); }
    @FXML private void addTarget() { vm.addTarget(); }
}
