package cn.hazedesk.ui.list;

import cn.hazedesk.application.EnterpriseListService;
import cn.hazedesk.application.EnterpriseRow;
import cn.hazedesk.application.ListExportService;
import cn.hazedesk.application.ListSummary;
import cn.hazedesk.application.SampleDataService;
import cn.hazedesk.domain.enterprise.ControlType;
import cn.hazedesk.domain.enterprise.LevelMeasure;
import cn.hazedesk.domain.enterprise.PerformanceGrade;
import cn.hazedesk.domain.enterprise.ProductionLine;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.region.Region;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The list screen: every enterprise with its line count and totals, filtered as the user types; the lines of
 * the selected enterprise; new, edit, delete (after confirmation), history, and removal of the sample data.
 */
public final class EnterpriseListViewModel {
    private final Messages messages;
    private final Labels labels;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final EnterpriseListService list;
    private final SampleDataService samples;
    private final ListNavigator navigator;
    private final ListExportService exports;
    private final FileChooserService files;
    private final java.util.function.Supplier<java.util.List<String>> templateNotes;
    private final cn.hazedesk.domain.access.Actor actor;

    private final ObservableList<EnterpriseRow> all = FXCollections.observableArrayList();
    /** Every row in the table's order (the view binds its comparator: {@link #sortBy}); the filter shows some of them. */
    private final javafx.collections.transformation.SortedList<EnterpriseRow> sorted = new javafx.collections.transformation.SortedList<>(all);
    private final ShownRows<EnterpriseRow, String> filtered = new ShownRows<>(sorted, EnterpriseRow::lines,
            ListFilter::searchKey);
    /** The filter the rows shown passed (null before the first): a narrower one need only test those. */
    private ListFilter.Criteria shownBy;
    private final ObservableList<LineRow> lines = FXCollections.observableArrayList();
    private final ListFilter filter;

    private final ObjectProperty<EnterpriseRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ListSummary> summary = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringBinding countsText;
    /** What the empty table says: nothing matches, or the rows cannot be read now (the server out of reach). */
    private final javafx.beans.property.StringProperty placeholder = new javafx.beans.property.SimpleStringProperty();
    private final StringProperty checksText = new SimpleStringProperty("");
    private final java.util.function.Supplier<cn.hazedesk.application.ResponseOrderService.ListCheck> listCheck;
    private final StringBinding sampleText;
    private long linesRequest;
    private final BooleanProperty othersApplying = new SimpleBooleanProperty(false); // rows put in for another seat
    private boolean reloadAfterLoad;

    /**
     * {@code listCheck} is the list's check before orders go out (key-industry enterprises without a measure,
     * UNVERIFIED default measures, 保障类 enterprises below B), counted and named above the table after each load;
     * null: no check.
     */
    public EnterpriseListViewModel(Messages messages, Labels labels, TaskRunner tasks, DialogService dialogs,
                                   EnterpriseListService list, SampleDataService samples, ListNavigator navigator,
                                   ListExportService exports, FileChooserService files,
                                   java.util.function.Supplier<java.util.List<String>> templateNotes, cn.hazedesk.domain.access.Actor actor,
                                   java.util.function.Supplier<cn.hazedesk.application.ResponseOrderService.ListCheck> listCheck) {
        this.listCheck = listCheck;
        this.exports = exports;
        this.files = files;
        this.templateNotes = templateNotes;
        this.messages = messages;
        this.labels = labels;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.list = list;
        this.samples = samples;
        this.navigator = navigator;
        this.actor = actor;
        this.filter = new ListFilter(messages, labels, this::applyFilter);
        selected.addListener((o, a, b) -> loadLines(b));
        countsText = Bindings.createStringBinding(this::counts, filtered, all, loading);
        placeholder.set(messages.get("list.table.empty"));
        // the sample enterprises among those this user sees (a district user sees their district's only)
        sampleText = Bindings.createStringBinding(() -> {
            long shown = all.stream().filter(EnterpriseRow::sample).count();
            return shown == 0 ? "" : messages.get("list.sample.present", shown);
        }, all);
    }

    private String counts() {
        if (loading.get() && all.isEmpty()) {
            return messages.get("list.loading");
        }
        return messages.get("list.filterCounts", filtered.size(), all.size(), filtered.totalWeight());
    }

    /** Reloads every row from the store (after start, an edit, an import). Keeps the selection by id. */
    public void refresh() { load(false); }

    /** Another seat changed the list (edits, imports, grades): reloaded like {@link #refresh()}, again after a load under way. */
    public void otherSeatChanged(cn.hazedesk.application.port.ChangeFeed.Change change) {
        if (loading.get()) {
            reloadAfterLoad = true;
        } else {
            load(true);
        }
    }

    /** True while rows reloaded for another seat's change are put in (the view keeps its scroll position then). */
    public javafx.beans.property.ReadOnlyBooleanProperty othersApplyingProperty() { return othersApplying; }

    private void load(boolean forOthers) {
        loading.set(true);
        Long keep = selected.get() == null ? null : selected.get().id();
        tasks.load(messages.get("task.loadList"), p -> new Loaded(list.rows(actor), samples.summary()), loaded -> {
            placeholder.set(messages.get("list.table.empty"));
            othersApplying.set(forOthers);
            all.setAll(loaded.rows());
            filter.industriesOf(loaded.rows());
            summary.set(loaded.summary());
            loading.set(false);
            check();
            if (keep != null) {
                filtered.stream().filter(r -> r.id() == keep).findFirst().ifPresentOrElse(selected::set, () -> selected.set(null));
            }
            othersApplying.set(false);
            if (reloadAfterLoad) {
                reloadAfterLoad = false;
                load(true);
            }
        }, () -> {
            loading.set(false);
            reloadAfterLoad = false; // loaded again in full once the server answers
            placeholder.set(messages.get("server.loadRetrying"));
        }, e -> {
            loading.set(false);
            dialogs.error(messages.get("error.title"), messages.get("list.summaryFailed"), cn.hazedesk.ui.common.Failures.sentence(messages, e));
        });
    }

    private record Loaded(List<EnterpriseRow> rows, ListSummary summary) {
    }

    /** 排污许可核对…: the permit register's import and the list's cross-check. */
    public void openPermitCheck() {
        navigator.openPermitCheck();
    }

    private void check() {
        if (listCheck == null) {
            return;
        }
        tasks.run(messages.get("list.checks.task"), p -> listCheck.get(), c -> {
            List<String> parts = new ArrayList<>();
            if (!c.keyIndustryWithoutMeasure().isEmpty()) {
                parts.add(messages.get("list.checks.withoutMeasure", c.keyIndustryWithoutMeasure().size(),
                        named(c.keyIndustryWithoutMeasure())));
            }
            if (!c.unverifiedDefaults().isEmpty()) {
                parts.add(messages.get("list.checks.unverified", c.unverifiedDefaults().size(), named(c.unverifiedDefaults())));
            }
            if (!c.protectedBelowB().isEmpty()) {
                parts.add(messages.get("list.checks.protectedBelowB", c.protectedBelowB().size(), named(c.protectedBelowB())));
            }
            checksText.set(parts.isEmpty() ? "" : messages.get("list.checks", String.join(messages.get("list.checks.separator"), parts)));
        }, e -> checksText.set(""));
    }

    private String named(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> shown = names.stream().limit(5).toList();
        return messages.get("list.checks.names", String.join(messages.get("summary.listSeparator"), shown),
                names.size() > shown.size() ? messages.get("list.checks.more") : "");
    }

    void applyFilter() {
        ListFilter.Criteria now = filter.criteria();
        // a character typed onto the text only narrows: the rows shown are the only ones to test
        filtered.setPredicate(now::test, now.narrows(shownBy));
        shownBy = now;
    }

    public void clearFilters() {
        filter.clear();
    }

    private void loadLines(EnterpriseRow row) {
        long request = ++linesRequest;
        if (row == null) {
            lines.clear();
            return;
        }
        tasks.run(messages.get("task.loadLines"), p -> list.find(row.id()), found -> {
            if (request != linesRequest) {
                return; // the user has moved on
            }
            lines.setAll(found.map(s -> s.enterprise().lines().stream().map(this::toRow).toList()).orElse(List.of()));
        });
    }

    private LineRow toRow(ProductionLine l) {
        return new LineRow(l.name(), l.process(), l.capacity(), Labels.tonnes(l.so2Tonnes()), Labels.tonnes(l.noxTonnes()),
                Labels.tonnes(l.pmTonnes()), Labels.tonnes(l.vocsTonnes()), measure(l, WarningLevel.YELLOW),
                measure(l, WarningLevel.ORANGE), measure(l, WarningLevel.RED));
    }

    private String measure(ProductionLine l, WarningLevel level) {
        Optional<LevelMeasure> m = l.measure(level);
        if (m.isEmpty()) {
            return "";
        }
        String fraction = m.get().fraction() == null ? "" : " " + Labels.percent(m.get().fraction());
        String text = m.get().text() == null || m.get().text().isEmpty() ? "" : messages.get("list.measureJoin") + m.get().text();
        return labels.measureType(m.get().type()) + fraction + text;
    }

    public void newEnterprise() {
        navigator.openEditor(Optional.empty(), this::refresh);
    }

    /** The words of the button that opens the selected enterprise: 编辑, or 查看 for a user who may not change the list. */
    public String openText() {
        return messages.get(actor.may(cn.hazedesk.domain.access.Action.ENTERPRISE_EDIT) ? "list.edit" : "list.view");
    }

    public void editSelected() {
        EnterpriseRow r = selected.get();
        if (r != null) {
            navigator.openEditor(Optional.of(r.id()), this::refresh);
        }
    }

    public void historyOfSelected() {
        EnterpriseRow r = selected.get();
        if (r != null) {
            navigator.openHistory(r.uscc(), r.name());
        }
    }

    /** Asks, naming the enterprise and its line count; deletes in one transaction; the history stays. */
    public void deleteSelected() {
        EnterpriseRow r = selected.get();
        if (r == null) {
            return;
        }
        if (!dialogs.confirm(messages.get("list.delete.title"), messages.get("list.delete.header", r.name()),
                messages.get("list.delete.content", r.lines(), r.uscc()))) {
            return;
        }
        tasks.run(messages.get("task.deleteEnterprise"), p -> list.delete(r.id(), actor), done -> {
            selected.set(null);
            refresh();
            done.refusal().ifPresent(why -> dialogs.error(messages.get("error.title"), messages.get("list.delete.failed"),
                    new cn.hazedesk.i18n.OutcomeText(messages).refusal(why)));
        }, e -> dialogs.error(messages.get("error.title"), messages.get("list.delete.failed"), cn.hazedesk.ui.common.Failures.sentence(messages, e)));
    }

    /** Asks for a workbook and opens the import dialog for it. */
    public void chooseAndImport() {
        files.openWorkbook(messages.get("list.import.choose")).ifPresent(this::importFrom);
    }

    /** Opens the import dialog for a workbook (chosen, or dropped onto the list). */
    public void importFrom(java.nio.file.Path workbook) {
        navigator.openImport(workbook, this::refresh);
    }

    public void exportAll() {
        files.saveWorkbook(messages.get("list.export.allTitle"), messages.get("list.export.fileName") + ".xlsx")
                .ifPresent(f -> export(f, p -> exports.exportAll(f, p)));
    }

    /** Exports exactly the enterprises the filters show now. */
    public void exportFiltered() {
        List<Long> ids = filtered.stream().map(EnterpriseRow::id).toList();
        files.saveWorkbook(messages.get("list.export.filteredTitle"), messages.get("list.export.fileNameFiltered") + ".xlsx")
                .ifPresent(f -> export(f, p -> exports.exportIds(f, ids, p)));
    }

    public void exportTemplate() {
        files.saveWorkbook(messages.get("list.export.templateTitle"), messages.get("list.export.templateName") + ".xlsx")
                .ifPresent(f -> tasks.run(messages.get("task.exportList"), p -> {
                    exports.writeTemplate(f, templateNotes.get());
                    return f;
                }, done -> dialogs.info(messages.get("list.export.title"), messages.get("list.export.templateDone"), f.toString()),
                        e -> dialogs.error(messages.get("error.title"), messages.get("list.export.failed"), cn.hazedesk.ui.common.Failures.sentence(messages, e))));
    }

    private void export(java.nio.file.Path file, cn.hazedesk.ui.common.Work<ListExportService.Exported> work) {
        tasks.run(messages.get("task.exportList"), p -> work.call((d, t, m) -> p.progress(d, t, messages.has(m) ? messages.get(m) : m)),
                done -> dialogs.info(messages.get("list.export.title"),
                        messages.get("list.export.done", done.enterprises(), done.lines()), file.toString()),
                e -> dialogs.error(messages.get("error.title"), messages.get("list.export.failed"), cn.hazedesk.ui.common.Failures.sentence(messages, e)));
    }

    public void removeSample() {
        ListSummary s = summary.get();
        if (s == null || s.sampleEnterprises() == 0) {
            return;
        }
        if (!dialogs.confirm(messages.get("list.sample.removeTitle"), messages.get("list.sample.removeHeader", s.sampleEnterprises()),
                messages.get("list.sample.removeContent"))) {
            return;
        }
        tasks.run(messages.get("task.removeSample"), p -> samples.removeSample(actor), n -> refresh(),
                e -> dialogs.error(messages.get("error.title"), messages.get("list.sample.removeFailed"),
                        java.util.Optional.ofNullable(new cn.hazedesk.i18n.StorageText(messages).describeAny(e, null))
                                .orElse(String.valueOf(e.getMessage()))));
    }

    /** The rows the filter shows, in the order {@link #sortBy} gives (the table's items as they are). */
    public ObservableList<EnterpriseRow> filteredRows() {
        return filtered;
    }

    /** Sorts the rows by {@code comparator} (the table's: a click on a column header), the filter's rows with them. */
    public void sortBy(javafx.beans.value.ObservableValue<? extends java.util.Comparator<? super EnterpriseRow>> comparator) {
        sorted.comparatorProperty().bind(comparator);
    }

    public ObservableList<EnterpriseRow> allRows() {
        return all;
    }

    public ObservableList<LineRow> lines() {
        return lines;
    }

    // the filter's choices and chosen values (ListFilter)
    public ObservableList<Choice<Region>> districtChoices() { return filter.districtChoices; }
    public ObservableList<Choice<String>> industryChoices() { return filter.industryChoices; }
    public ObservableList<Choice<PerformanceGrade>> gradeChoices() { return filter.gradeChoices; }
    public ObservableList<Choice<ControlType>> controlTypeChoices() { return filter.controlTypeChoices; }
    public StringProperty filterTextProperty() { return filter.text; }
    public ObjectProperty<Choice<Region>> districtProperty() { return filter.district; }
    public ObjectProperty<Choice<String>> industryProperty() { return filter.industry; }
    public ObjectProperty<Choice<PerformanceGrade>> gradeProperty() { return filter.grade; }
    public ObjectProperty<Choice<ControlType>> controlTypeProperty() { return filter.controlType; }

    public ObjectProperty<EnterpriseRow> selectedProperty() {
        return selected;
    }

    public javafx.beans.property.ReadOnlyStringProperty placeholderProperty() {
        return placeholder;
    }

    public StringBinding countsTextProperty() {
        return countsText;
    }

    /** The list's check (empty when nothing needs a look). */
    public StringProperty checksTextProperty() {
        return checksText;
    }

    public StringBinding sampleTextProperty() {
        return sampleText;
    }

    public ObjectProperty<ListSummary> summaryProperty() {
        return summary;
    }

    public Labels labels() {
        return labels;
    }
}
