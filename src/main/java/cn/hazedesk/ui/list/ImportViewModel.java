package cn.hazedesk.ui.list;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.CancelledException;
import cn.hazedesk.application.ImportPlan;
import cn.hazedesk.application.ImportResult;
import cn.hazedesk.application.ListImportService;
import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.port.WorkbookException;
import cn.hazedesk.domain.listimport.ImportMode;
import cn.hazedesk.domain.listimport.ImportPreview;
import cn.hazedesk.domain.listimport.ReplaceGuard;
import cn.hazedesk.i18n.ListProblemText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;

/**
 * Importing a workbook into the list: read and check it (with progress, cancellable), show every problem with its
 * row and header, or the preview in the chosen mode, then commit it in one transaction after a backup — or not.
 */
public final class ImportViewModel {
    /** Where the dialog is. */
    public enum Step { READING, PROBLEMS, PREVIEW, WRITING, DONE, CANCELLED, FAILED }

    /** One line of the preview table. */
    public record EntryRow(String status, String uscc, String name, String changes) {
    }

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final ListImportService imports;
    private final ListProblemText problemText;
    private final Labels labels;
    private final cn.hazedesk.domain.access.Actor actor;
    private final Runnable onImported;
    private final Path file;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.READING);
    private final ObjectProperty<ImportMode> mode = new SimpleObjectProperty<>(ImportMode.MERGE);
    private final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> entries = FXCollections.observableArrayList();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringBinding summary;
    private final BooleanBinding canCommit;
    private volatile CancelToken.Flag cancel = CancelToken.flag();

    public ImportViewModel(Messages messages, Labels labels, TaskRunner tasks, DialogService dialogs,
                           ListImportService imports, cn.hazedesk.domain.access.Actor actor, Path file, Runnable onImported) {
        this.messages = messages;
        this.labels = labels;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.imports = imports;
        this.problemText = new ListProblemText(messages, labels.regions());
        this.actor = actor;
        this.file = file;
        this.onImported = onImported;
        mode.addListener((o, a, b) -> showPreview());
        summary = Bindings.createStringBinding(this::summaryText, plan, mode, step);
        canCommit = Bindings.createBooleanBinding(() -> step.get() == Step.PREVIEW && plan.get() != null
                && plan.get().clean() && !plan.get().preview(mode.get()).noChange(), step, plan, mode);
    }

    /** Reads and checks the file in the background. */
    public void start() {
        step.set(Step.READING);
        cancel = CancelToken.flag();
        CancelToken token = cancel;
        tasks.run(messages.get("import.reading", file.getFileName()), p -> imports.read(file, localized(p), token),
                this::show, this::failed);
    }

    /** The services report progress with bundle keys; the status line shows them in the user's language. */
    private ProgressListener localized(ProgressListener p) {
        return (done, total, message) -> p.progress(done, total, messages.has(message) ? messages.get(message) : message);
    }

    private void show(ImportPlan read) {
        plan.set(read);
        boolean sheets = read.checked().severalSheets();
        notes.setAll(read.checked().notes().stream().map(n -> problemText.note(n, sheets)).toList());
        if (!read.clean()) {
            problems.setAll(read.problems().stream().map(p -> problemText.describe(p, sheets)).toList());
            step.set(Step.PROBLEMS);
        } else {
            showPreview();
            step.set(Step.PREVIEW);
        }
    }

    private void showPreview() {
        ImportPlan p = plan.get();
        if (p == null || !p.clean()) {
            return;
        }
        ImportPreview preview = p.preview(mode.get());
        entries.setAll(preview.entries().stream()
                .filter(e -> e.status() != ImportPreview.Status.UNCHANGED)
                .map(e -> new EntryRow(messages.get("import.status." + e.status().name()), e.uscc(), e.name(),
                        changes(e)))
                .toList());
    }

    private String changes(ImportPreview.Entry e) {
        if (e.changes().isEmpty()) {
            return "";
        }
        List<String> names = e.changes().stream().map(c -> c.lineName() == null ? labels.field(c.field())
                : messages.get("problem.onLine", c.lineName(), labels.field(c.field()))).distinct().limit(6).toList();
        String more = e.changes().size() > names.size() ? messages.get("import.moreChanges", e.changes().size() - names.size()) : "";
        return messages.list(names) + more;
    }

    private String summaryText() {
        ImportPlan p = plan.get();
        if (p == null) {
            return "";
        }
        if (!p.clean()) {
            return messages.get("import.problemsSummary", p.rows(), p.problems().size());
        }
        ImportPreview v = p.preview(mode.get());
        String enterprises = messages.get("import.counts.enterprises", v.enterprises().added(), v.enterprises().changed(),
                v.enterprises().unchanged(), v.enterprises().removed(), v.enterprises().kept());
        String lines = messages.get("import.counts.lines", v.lines().added(), v.lines().changed(),
                v.lines().unchanged(), v.lines().removed(), v.lines().kept());
        String head = messages.get("import.previewSummary", p.rows());
        return head + "\n" + enterprises + "\n" + lines + (v.noChange() ? "\n" + messages.get("import.noChange") : "");
    }

    /**
     * Commits in the chosen mode; replacing the whole list asks first, naming how many enterprises go, and a
     * replacement that empties the list or removes more than half of it asks in words that say so.
     */
    public void commit() {
        if (!canCommit.get()) {
            return;
        }
        ImportPlan p = plan.get();
        ImportMode m = mode.get();
        ImportPreview v = p.preview(m);
        var guard = ReplaceGuard.check(v);
        if (guard.isPresent()) {
            ReplaceGuard.Reason r = guard.get();
            if (!dialogs.confirm(messages.get("import.guardTitle"),
                    messages.get("import.guard." + r.kind().name(), r.removed(), r.stored(), r.imported()),
                    messages.get("import.guardContent"))) {
                return;
            }
        } else if (m == ImportMode.REPLACE && v.enterprises().removed() > 0 && !dialogs.confirm(messages.get("import.replaceTitle"),
                messages.get("import.replaceHeader", v.enterprises().removed()), messages.get("import.replaceContent"))) {
            return;
        }
        boolean confirmed = guard.isPresent();
        step.set(Step.WRITING);
        cancel = CancelToken.flag();
        CancelToken token = cancel;
        tasks.run(messages.get("import.writing"), t -> imports.commit(p, m, actor, confirmed, localized(t), token),
                this::done, this::failed);
    }

    private void done(ImportResult result) {
        ImportPreview v = result.applied();
        outcome.set(messages.get("import.done", v.enterprises().added(), v.enterprises().changed(),
                v.enterprises().removed(), result.backup() == null ? "-" : result.backup().toString()));
        step.set(Step.DONE);
        onImported.run();
    }

    private void failed(Throwable e) {
        if (e instanceof CancelledException) {
            outcome.set(messages.get("import.cancelled"));
            step.set(Step.CANCELLED);
        } else if (e instanceof WorkbookException w) {
            outcome.set(problemText.unreadable(w));
            step.set(Step.FAILED);
        } else if (e instanceof ListImportService.ReplaceNeedsConfirmation r) {
            // the list changed since the preview and the replacement now needs a confirmation: nothing was written
            ReplaceGuard.Reason reason = r.reason();
            outcome.set(messages.get("import.guard." + reason.kind().name(), reason.removed(), reason.stored(),
                    reason.imported()) + " " + messages.get("import.cancelled"));
            step.set(Step.CANCELLED);
        } else {
            outcome.set(messages.get("import.failed", why(e)));
            step.set(Step.FAILED);
        }
    }

    /** A full disk, a read-only folder or a concurrent change in words; anything else by its message. */
    private String why(Throwable e) {
        if (e instanceof cn.hazedesk.application.ListChangedException) {
            return messages.get("list.changedMeanwhile");
        }
        String storage = new cn.hazedesk.i18n.StorageText(messages).describeAny(e, file.getParent());
        return storage != null ? storage : String.valueOf(e.getMessage());
    }

    /** Stops reading or writing; the list stays exactly as it was. */
    public void cancel() {
        cancel.cancel();
    }

    public String problemsAsText() {
        return String.join("\n", problems);
    }

    public String notesAsText() {
        return String.join("\n", notes);
    }

    public ObjectProperty<Step> stepProperty() { return step; }
    public ObjectProperty<ImportMode> modeProperty() { return mode; }
    public ObservableList<String> problems() { return problems; }
    public ObservableList<String> notes() { return notes; }
    public ObservableList<EntryRow> entries() { return entries; }
    /** The running step's message and progress (the task runner's, shown in the dialog as in the status bar). */
    public javafx.beans.property.ReadOnlyStringProperty progressTextProperty() { return tasks.messageProperty(); }
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }
    public StringProperty outcomeProperty() { return outcome; }
    public StringBinding summaryProperty() { return summary; }
    public BooleanBinding canCommitProperty() { return canCommit; }
    public String fileName() { return file.getFileName().toString(); }
    public String title() { return messages.get("import.title", file.getFileName()); }
}
