package cn.hazedesk.ui.list;

import cn.hazedesk.application.EnterpriseListService;
import cn.hazedesk.application.StoredEnterprise;
import cn.hazedesk.domain.common.Outcome;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.IndustryCatalog;
import cn.hazedesk.domain.enterprise.ListField;
import cn.hazedesk.domain.enterprise.ListProblem;
import cn.hazedesk.domain.enterprise.MeasureType;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.ValueParser;
import cn.hazedesk.domain.listimport.ListEntryParser;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.OutcomeText;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import cn.hazedesk.ui.common.UndoStack;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor of one enterprise with its lines and per-level measures. It checks as the user types (the same rules
 * as the import), saves only a valid enterprise, keeps undo/redo of every edit, and asks before throwing edits away.
 */
public final class EnterpriseEditorViewModel {
    private final Messages messages;
    private final Labels labels;
    private final ProblemWording wording;
    private final OutcomeText refusals;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final EnterpriseListService list;
    private final cn.hazedesk.domain.access.Actor actor;
    private final Optional<Long> id;
    private StoredEnterprise opened; // as loaded, with the version of its row that the save checks; null when new
    private final Runnable onSaved;
    private final Runnable close;

    private final EnterpriseFields fields = new EnterpriseFields();

    private final ObservableList<Choice<Region>> districtChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> industryChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<PerformanceGrade>> gradeChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<ControlType>> controlTypeChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<MeasureType>> measureTypeChoices = FXCollections.observableArrayList();
    private final Choice<MeasureType> noMeasureType;

    private final ObservableList<LineEditModel> lines = FXCollections.observableArrayList();
    private final ObjectProperty<LineEditModel> selectedLine = new SimpleObjectProperty<>();
    private final UndoStack undo = new UndoStack();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final Map<ListField, String> fieldProblems = new EnumMap<>(ListField.class);
    private final Map<LineEditModel, Map<ListField, String>> lineProblems = new IdentityHashMap<>();
    private final IntegerProperty revision = new SimpleIntegerProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final StringProperty title = new SimpleStringProperty("");
    /** Why the last save did not go through when it is not a field's problem: a refusal, the server out of reach. */
    private final StringProperty saveMessage = new SimpleStringProperty("");
    private final EditConflict conflict;
    private final BooleanBinding canSave;
    private boolean loading;

    public EnterpriseEditorViewModel(Messages messages, Labels labels, TaskRunner tasks, DialogService dialogs,
                                     EnterpriseListService list, IndustryCatalog industries, cn.hazedesk.domain.access.Actor actor,
                                     Optional<Long> id, Runnable onSaved, Runnable close) {
        this.messages = messages;
        this.labels = labels;
        this.wording = new ProblemWording(messages, labels);
        this.refusals = new OutcomeText(messages);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.list = list;
        this.actor = actor;
        this.id = id;
        this.onSaved = onSaved;
        this.close = close;
        this.conflict = new EditConflict(messages, labels, tasks, dialogs, list);
        labels.regions().districts().forEach(r -> districtChoices.add(new Choice<>(r.name(), r)));
        industries.names().forEach(n -> industryChoices.add(new Choice<>(n, n)));
        java.util.Arrays.stream(PerformanceGrade.values()).forEach(g -> gradeChoices.add(new Choice<>(labels.grade(g), g)));
        java.util.Arrays.stream(ControlType.values()).forEach(c -> controlTypeChoices.add(new Choice<>(labels.controlType(c), c)));
        noMeasureType = new Choice<>(messages.get("editor.noMeasure"), null);
        measureTypeChoices.add(noMeasureType);
        java.util.Arrays.stream(MeasureType.values()).forEach(t -> measureTypeChoices.add(new Choice<>(labels.measureType(t), t)));
        fields.grade.set(EnterpriseFields.choice(gradeChoices, PerformanceGrade.UNRATED));
        fields.controlType.set(EnterpriseFields.choice(controlTypeChoices, ControlType.GENERAL));

        for (Property<?> p : fields.properties()) {
            undo.track(p);
            p.addListener((Observable o) -> changed());
        }
        lines.addListener((ListChangeListener<LineEditModel>) c -> changed());
        canSave = Bindings.createBooleanBinding(() -> dirty.get() && problems.isEmpty() && !busy.get(), dirty, problems, busy);
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        validate();
    }

    /** Whether the user may change the list; one who may not only looks at the enterprise (docs/access.md). */
    public boolean editable() {
        return actor.may(cn.hazedesk.domain.access.Action.ENTERPRISE_EDIT);
    }

    /** Loads the stored enterprise (in the background), or starts a new one with one empty line. */
    public void load() {
        if (id.isEmpty()) {
            title.set(messages.get("editor.titleNew"));
            loading = true;
            lines.add(newLine());
            selectedLine.set(lines.get(0));
            loading = false;
            busy.set(false);
            validate();
            return;
        }
        busy.set(true);
        tasks.run(messages.get("task.loadEnterprise"), p -> list.find(id.get()), found -> {
            found.ifPresentOrElse(this::show, () -> dialogs.error(messages.get("error.title"),
                    messages.get("editor.gone"), ""));
            busy.set(false);
        });
    }

    private void show(StoredEnterprise stored) {
        Enterprise e = (opened = stored).enterprise();
        title.set(messages.get(editable() ? "editor.titleEdit" : "editor.titleView", e.name()));
        loading = true;
        undo.withoutRecording(() -> {
            fields.show(e, districtChoices, industryChoices, gradeChoices, controlTypeChoices);
            List<LineEditModel> models = new ArrayList<>();
            for (ProductionLine l : e.lines()) {
                LineEditModel m = newLine();
                m.show(l, noMeasureType, measureTypeChoices);
                models.add(m);
            }
            lines.setAll(models);
            selectedLine.set(lines.isEmpty() ? null : lines.get(0));
        });
        loading = false;
        undo.clear();
        dirty.set(false);
        saveMessage.set("");
        validate();
    }

    private LineEditModel newLine() {
        LineEditModel m = new LineEditModel(noMeasureType);
        for (Property<?> p : m.properties()) {
            undo.track(p);
            p.addListener((Observable o) -> changed());
        }
        return m;
    }

    /** Adds an empty line and selects it (undoable). */
    public void addLine() {
        EditorLines.add(lines, selectedLine, undo, newLine());
    }

    /** Removes the selected line (undoable; the enterprise is only changed on save). */
    public void removeSelectedLine() {
        EditorLines.removeSelected(lines, selectedLine, undo);
    }

    public void undo() {
        undo.undo();
    }

    public void redo() {
        undo.redo();
    }

    /** Reads the form as an enterprise, collecting what cannot be read (numbers) as problems. */
    private record Candidate(Enterprise enterprise, List<ListProblem> problems, Map<ListProblem, LineEditModel> lineOf) {
    }

    /**
     * The form read by the list's own parser (the import's): the choices are written as the list writes them and
     * every text goes through the same rules, so an enterprise the editor saves is one the import would take, and
     * back.
     */
    private Candidate candidate() {
        ListEntryParser parser = list.parser();
        List<ListProblem> found = new ArrayList<>();
        Map<ListProblem, LineEditModel> lineOf = new IdentityHashMap<>();
        Map<ListField, String> cells = fields.cells(parser.vocabulary());
        ListEntryParser.Parsed enterprise = parser.parseEnterprise(cells);
        found.addAll(enterprise.problems());
        List<ProductionLine> built = new ArrayList<>();
        ListEntryParser.Tally tally = new ListEntryParser.Tally();
        for (LineEditModel m : lines) {
            Map<ListField, String> line = m.cells(parser.vocabulary().values());
            ListEntryParser.ParsedLine parsed = parser.parseLine(line, ListEntryParser.Options.PLAIN, tally);
            for (ListProblem p : parsed.problems()) {
                add(found, lineOf, m, p);
            }
            built.add(parsed.line());
        }
        return new Candidate(enterprise.enterprise().withLines(built), found, lineOf);
    }

    private static void add(List<ListProblem> found, Map<ListProblem, LineEditModel> lineOf, LineEditModel m, ListProblem p) {
        found.add(p);
        if (m != null) {
            lineOf.put(p, m);
        }
    }

    /** Re-checks the whole form; the problems list and each field's decoration follow. */
    public void validate() {
        Candidate c = candidate();
        List<ListProblem> all = new ArrayList<>(c.problems());
        all.addAll(list.validator().validate(c.enterprise()));
        show(all, c);
    }

    private void show(List<ListProblem> all, Candidate c) {
        fieldProblems.clear();
        lineProblems.clear();
        List<String> sentences = new ArrayList<>();
        for (ListProblem p : all) {
            sentences.add(wording.sentence(p));
            LineEditModel m = c.lineOf().get(p);
            if (m == null && p.lineName() != null) {
                m = lineNamed(p.lineName(), p.kind() == ListProblem.Kind.DUPLICATE_LINE);
            }
            if (m != null) {
                lineProblems.computeIfAbsent(m, k -> new EnumMap<>(ListField.class)).putIfAbsent(p.field(), wording.reason(p));
            } else {
                fieldProblems.putIfAbsent(p.field(), wording.reason(p));
            }
        }
        problems.setAll(sentences);
        revision.set(revision.get() + 1);
    }

    private LineEditModel lineNamed(String lineName, boolean last) {
        LineEditModel hit = null;
        for (LineEditModel m : lines) {
            if (ValueParser.clean(m.name.get()).equals(lineName)) {
                hit = m;
                if (!last) {
                    break;
                }
            }
        }
        return hit;
    }

    /** Saves if valid; a refusal's field problems (a USCC taken among them) show at their fields, any other in a dialog. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Candidate c = candidate();
        busy.set(true);
        saveMessage.set("");
        tasks.run(messages.get("task.saveEnterprise"), p -> opened != null ? list.save(opened, c.enterprise(), actor)
                : list.save(id, c.enterprise(), actor), result -> {
            busy.set(false);
            Optional<Outcome.Refusal> why = result.refusal();
            if (why.isEmpty()) {
                dirty.set(false);
                onSaved.run();
                close.run();
            } else if (!why.get().parts(ListProblem.class).isEmpty()) {
                show(why.get().parts(ListProblem.class), c);
            } else if (why.get().code() == cn.hazedesk.domain.enterprise.ListEditRefusal.CHANGED_MEANWHILE && opened != null) {
                // another seat saved it meanwhile: the form stays as typed until the user chooses to reload
                saveMessage.set(messages.get("editor.conflict.header", why.get().args().toArray()));
                conflict.offer(opened, why.get(), c.enterprise(), this::show, () -> { });
            } else {
                dialogs.error(messages.get("error.title"), messages.get("editor.saveFailed"), refusals.refusal(why.get()));
            }
        }, e -> {
            busy.set(false);
            // the server out of reach (or the disk full): said in the editor, the form kept as it is to save again
            if (new cn.hazedesk.i18n.StorageText(messages).describeAny(e, null) != null) {
                saveMessage.set(cn.hazedesk.ui.common.Failures.sentence(messages, e));
            } else {
                dialogs.error(messages.get("error.title"), messages.get("editor.saveFailed"), String.valueOf(e.getMessage()));
            }
        });
    }

    /** Closes, asking first when there are unsaved edits; returns false when the user keeps editing. */
    public boolean requestClose() {
        if (dirty.get() && !dialogs.confirm(messages.get("editor.discardTitle"), messages.get("editor.discardHeader"),
                messages.get("editor.discardContent"))) {
            return false;
        }
        close.run();
        return true;
    }

    /** The reason a field of the enterprise is invalid, or empty. */
    public StringBinding problemFor(ListField f) {
        return Bindings.createStringBinding(() -> fieldProblems.getOrDefault(f, ""), revision);
    }

    /** The reason a field of the selected line is invalid, or empty. */
    public StringBinding lineProblemFor(ListField f) {
        return Bindings.createStringBinding(() -> {
            Map<ListField, String> m = selectedLine.get() == null ? null : lineProblems.get(selectedLine.get());
            return m == null ? "" : m.getOrDefault(f, "");
        }, revision, selectedLine);
    }

    /** True when any field of the given line is invalid (the line list marks it). */
    public boolean lineHasProblems(LineEditModel m) {
        return lineProblems.containsKey(m);
    }

    public StringProperty nameProperty() { return fields.name; }
    public StringProperty usccProperty() { return fields.uscc; }
    public ObjectProperty<Choice<Region>> districtProperty() { return fields.district; }
    public ObjectProperty<Choice<String>> industryProperty() { return fields.industry; }
    public ObjectProperty<Choice<PerformanceGrade>> gradeProperty() { return fields.grade; }
    public ObjectProperty<Choice<ControlType>> controlTypeProperty() { return fields.controlType; }
    public StringProperty addressProperty() { return fields.address; }
    public StringProperty longitudeProperty() { return fields.longitude; }
    public StringProperty latitudeProperty() { return fields.latitude; }
    public StringProperty contactProperty() { return fields.contact; }
    public StringProperty phoneProperty() { return fields.phone; }
    public StringProperty permitNumberProperty() { return fields.permitNumber; }
    public StringProperty permitManagementProperty() { return fields.permitManagement; }
    public BooleanProperty bulkTransportProperty() { return fields.bulkTransport; }
    public StringProperty trucksProperty() { return fields.trucks; }
    public StringProperty truckStandardProperty() { return fields.truckStandard; }
    public ObservableList<Choice<Region>> districtChoices() { return districtChoices; }
    public ObservableList<Choice<String>> industryChoices() { return industryChoices; }
    public ObservableList<Choice<PerformanceGrade>> gradeChoices() { return gradeChoices; }
    public ObservableList<Choice<ControlType>> controlTypeChoices() { return controlTypeChoices; }
    public ObservableList<Choice<MeasureType>> measureTypeChoices() { return measureTypeChoices; }
    public ObservableList<LineEditModel> lines() { return lines; }
    public ObjectProperty<LineEditModel> selectedLineProperty() { return selectedLine; }
    public ObservableList<String> problems() { return problems; }
    public BooleanBinding canSaveProperty() { return canSave; }
    public BooleanProperty dirtyProperty() { return dirty; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty titleProperty() { return title; }
    public StringProperty saveMessageProperty() { return saveMessage; }
    /** After a reload over another seat's change: what the user had typed where it differed. */
    public ObservableList<String> yourValues() { return conflict.yours(); }
    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() { return undo.canUndoProperty(); }
    public javafx.beans.property.ReadOnlyBooleanProperty canRedoProperty() { return undo.canRedoProperty(); }
    public IntegerProperty revisionProperty() { return revision; }
    public Labels labels() { return labels; }
}
