package cn.hazedesk.ui.list;

import cn.hazedesk.application.EnterpriseListService;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.EnterpriseDiff;
import cn.hazedesk.domain.enterprise.FieldChange;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A save refused because another seat (or another editor window) saved the enterprise after it was opened. The user
 * is told who changed it and when, and which fields differ between what was stored and what they typed, and chooses:
 * 重新载入 puts the stored version in the form and keeps the list of their typed values beside it ({@link #yours}),
 * so they can type their change again; 继续编辑 leaves the form exactly as typed. Nothing of theirs is lost unseen.
 */
final class EditConflict {
    private final Messages messages;
    private final Labels labels;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final EnterpriseListService list;
    private final ObservableList<String> yours = FXCollections.observableArrayList();

    EditConflict(Messages messages, Labels labels, TaskRunner tasks, DialogService dialogs, EnterpriseListService list) {
        this.messages = messages;
        this.labels = labels;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.list = list;
    }

    /**
     * Reads the enterprise as stored now (in the background), then asks; {@code reload} gets the stored version when
     * the user chooses to reload it, {@code kept} runs when they keep editing.
     */
    void offer(long id, Outcome.Refusal why, Enterprise typed, Consumer<StoredEnterprise> reload, Runnable kept) {
        tasks.run(messages.get("task.loadEnterprise"), p -> list.find(id), found -> {
            if (found.isEmpty()) {
                dialogs.error(messages.get("error.title"), messages.get("editor.gone"), "");
                return;
            }
            List<String> differences = differences(found.get().enterprise(), typed);
            String header = messages.get("editor.conflict.header", why.args().toArray());
            if (dialogs.ask(messages.get("editor.conflict.title"), header, question(differences),
                    messages.get("editor.conflict.reload"), messages.get("editor.conflict.keep"))) {
                yours.setAll(differences);
                reload.accept(found.get());
            } else {
                kept.run();
            }
        });
    }

    /** The fields where {@code typed} differs from {@code stored}, one sentence each: the stored value and the typed one. */
    List<String> differences(Enterprise stored, Enterprise typed) {
        List<String> out = new ArrayList<>();
        for (FieldChange c : EnterpriseDiff.changes(stored, typed, list.parser().vocabulary().values())) {
            out.add(switch (c.field()) {
                case FieldChange.LINE_ADDED -> messages.get("editor.conflict.lineYours", c.newValue());
                case FieldChange.LINE_REMOVED -> messages.get("editor.conflict.lineTheirs", c.oldValue());
                default -> messages.get("editor.conflict.field", field(c), shown(c.oldValue()), shown(c.newValue()));
            });
        }
        return out;
    }

    private String field(FieldChange c) {
        return c.lineName() == null ? labels.field(c.field())
                : messages.get("problem.onLine", c.lineName(), labels.field(c.field()));
    }

    private String shown(String value) {
        return value == null || value.isBlank() ? messages.get("editor.conflict.empty") : value;
    }

    private String question(List<String> differences) {
        return (differences.isEmpty() ? messages.get("editor.conflict.same")
                : messages.get("editor.conflict.fields") + "\n" + String.join("\n", differences))
                + "\n\n" + messages.get("editor.conflict.choice");
    }

    /** What the user had typed where it differed from the version they reloaded; empty until they reload. */
    ObservableList<String> yours() {
        return yours;
    }
}
