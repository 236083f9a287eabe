package cn.hazedesk.ui.list;

import cn.hazedesk.application.EnterpriseListService;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.EnterpriseDiff;
import cn.hazedesk.domain.enterprise.FieldChange;
import cn.hazedesk.domain.enterprise.ListWords;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * Reads the enterprise as stored now (in the background), then asks, comparing it and what the user typed with
     * the version they opened ({@code openedAs}); {@code reload} gets the stored version when
     * the user chooses to reload it, {@code kept} runs when they keep editing.
     */
    void offer(StoredEnterprise openedAs, Outcome.Refusal why, Enterprise typed, Consumer<StoredEnterprise> reload,
               Runnable kept) {
        Enterprise opened = openedAs.enterprise();
        tasks.run(messages.get("task.loadEnterprise"), p -> list.find(openedAs.id()), found -> {
            if (found.isEmpty()) {
                dialogs.error(messages.get("error.title"), messages.get("editor.gone"), "");
                return;
            }
            List<String> differences = differences(opened, found.get().enterprise(), typed);
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

    /**
     * Field by field, against the version the user opened: what the other seat changed and what the user typed, one
     * sentence each: changed by both (their value and the typed one), only by the other seat, only by the user.
     */
    List<String> differences(Enterprise opened, Enterprise stored, Enterprise typed) {
        ListWords words = list.parser().vocabulary().values();
        Map<String, FieldChange> theirs = byField(EnterpriseDiff.changes(opened, stored, words));
        Map<String, FieldChange> mine = byField(EnterpriseDiff.changes(opened, typed, words));
        List<String> out = new ArrayList<>();
        theirs.forEach((key, their) -> {
            FieldChange my = mine.get(key);
            if (their.field().equals(FieldChange.LINE_ADDED) || their.field().equals(FieldChange.LINE_REMOVED)) {
                out.add(messages.get(their.field().equals(FieldChange.LINE_ADDED) ? "editor.conflict.theirLineAdded"
                        : "editor.conflict.theirLineRemoved", lineOf(their)));
            } else if (my == null) {
                out.add(messages.get("editor.conflict.theirsOnly", field(their), shown(their.newValue())));
            } else if (!java.util.Objects.equals(my.newValue(), their.newValue())) {
                out.add(messages.get("editor.conflict.both", field(their), shown(their.newValue()), shown(my.newValue())));
            }
        });
        mine.forEach((key, my) -> {
            if (my.field().equals(FieldChange.LINE_ADDED) || my.field().equals(FieldChange.LINE_REMOVED)) {
                out.add(messages.get(my.field().equals(FieldChange.LINE_ADDED) ? "editor.conflict.myLineAdded"
                        : "editor.conflict.myLineRemoved", lineOf(my)));
            } else if (!theirs.containsKey(key)) {
                out.add(messages.get("editor.conflict.mineOnly", field(my), shown(my.newValue())));
            }
        });
        return out;
    }

    /** The changes by field (and line, and the line added or removed), in their order. */
    private static Map<String, FieldChange> byField(List<FieldChange> changes) {
        Map<String, FieldChange> out = new LinkedHashMap<>();
        for (FieldChange c : changes) {
            String key = c.field() + "|" + c.lineName();
            if (c.field().equals(FieldChange.LINE_ADDED) || c.field().equals(FieldChange.LINE_REMOVED)) {
                key += "|" + lineOf(c);
            }
            out.putIfAbsent(key, c);
        }
        return out;
    }

    private static String lineOf(FieldChange c) {
        return c.field().equals(FieldChange.LINE_ADDED) ? c.newValue() : c.oldValue();
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
