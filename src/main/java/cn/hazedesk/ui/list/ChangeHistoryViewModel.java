package cn.hazedesk.ui.list;

import cn.hazedesk.application.ChangeRecord;
import cn.hazedesk.application.EnterpriseListService;
import cn.hazedesk.domain.enterprise.FieldChange;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.format.DateTimeFormatter;

/** The change history of one enterprise: when, who, which field, old → new (newest first). */
public final class ChangeHistoryViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One row as the table shows it. */
    public record Row(String when, String actor, String field, String oldValue, String newValue) {
    }

    private final Messages messages;
    private final Labels labels;
    private final TaskRunner tasks;
    private final EnterpriseListService list;
    private final String uscc;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public ChangeHistoryViewModel(Messages messages, Labels labels, TaskRunner tasks, EnterpriseListService list,
                                  String uscc, String enterpriseName) {
        this.messages = messages;
        this.labels = labels;
        this.tasks = tasks;
        this.list = list;
        this.uscc = uscc;
        title.set(messages.get("history.title", enterpriseName, uscc));
    }

    public void load() {
        status.set(messages.get("list.loading"));
        tasks.run(messages.get("task.loadHistory"), p -> list.history(uscc), records -> {
            rows.setAll(records.stream().map(this::row).toList());
            status.set(records.isEmpty() ? messages.get("history.none") : messages.get("history.count", records.size()));
        });
    }

    private Row row(ChangeRecord r) {
        String field = switch (r.field()) {
            case FieldChange.CREATED -> messages.get("history.created");
            case FieldChange.DELETED -> messages.get("history.deleted");
            case FieldChange.LINE_ADDED -> messages.get("history.lineAdded");
            case FieldChange.LINE_REMOVED -> messages.get("history.lineRemoved");
            default -> r.lineName() == null ? labels.field(r.field())
                    : messages.get("problem.onLine", r.lineName(), labels.field(r.field()));
        };
        boolean district = "DISTRICT".equals(r.field());
        return new Row(r.when().format(WHEN), r.actor(), field,
                district ? labels.district(nz(r.oldValue())) : nz(r.oldValue()),
                district ? labels.district(nz(r.newValue())) : nz(r.newValue()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
