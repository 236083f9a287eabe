package cn.hazedesk.ui.audit;

import cn.hazedesk.application.AuditEntry;
import cn.hazedesk.application.AuditFilter;
import cn.hazedesk.application.AuditQueryService;
import cn.hazedesk.application.ChangeRecord;
import cn.hazedesk.domain.enterprise.FieldChange;
import cn.hazedesk.i18n.AuditDetailText;
import cn.hazedesk.i18n.AuditSubjectText;
import cn.hazedesk.i18n.AuditText;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The 操作记录 page: every audit record, newest first, filtered in the database by date range, operator, action
 * and text (subject or details), a page of {@link AuditQueryService#PAGE_SIZE} at a time with "load more"; the
 * selected record in full with the field changes saved with it; the filtered records to Excel.
 */
public final class AuditLogViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One record as the table shows it: the action in words, the first line of the details. */
    public record Row(String when, String actor, String action, String subject, String detail, AuditEntry entry) {
    }

    private record Loaded(List<String> actions, AuditQueryService.Page page) {
    }

    private final Messages messages;
    private final Labels labels;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FileChooserService files;
    private final AuditQueryService audit;
    private final AuditText words;
    private final AuditDetailText details;
    private final AuditSubjectText subjects;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty actor = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<Choice<String>> actions = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<String>> action = new SimpleObjectProperty<>();
    private final Choice<String> anyAction;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty placeholder = new javafx.beans.property.SimpleStringProperty();
    private final LongProperty total = new SimpleLongProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanProperty hasMore = new SimpleBooleanProperty(false);
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty chainText = new SimpleStringProperty("");
    private final cn.hazedesk.application.AuditIntegrityService integrity;
    private final StringBinding countText;

    /** The filter the rows were read with ("load more" and the export use it, not half-typed fields). */
    private AuditFilter applied = AuditFilter.ALL;
    private final Set<Long> shownIds = new HashSet<>();
    private long request;
    private long detailRequest;
    /** True while the filter fields are set together (clearing, a new action list): no query per field. */
    private boolean settling;

    /**
     * {@code integrity} shows the audit trail's record code (记录校验码, the head of its hash chain) and whether the
     * chain is whole: the code printed on documents can be compared with it (docs/access.md, "The tamper-evident
     * record").
     */
    public AuditLogViewModel(Messages messages, Labels labels, TaskRunner tasks, DialogService dialogs,
                             FileChooserService files, AuditQueryService audit,
                             cn.hazedesk.application.AuditIntegrityService integrity) {
        this.integrity = java.util.Objects.requireNonNull(integrity);
        this.messages = messages;
        this.placeholder.set(messages.get("audit.table.empty"));
        this.labels = labels;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.audit = audit;
        this.words = new AuditText(messages);
        this.details = new AuditDetailText(messages, labels.regions(), java.time.ZoneId.systemDefault());
        this.subjects = new AuditSubjectText(messages);
        anyAction = new Choice<>(messages.get("audit.filter.allActions"), null);
        actions.add(anyAction);
        action.set(anyAction);
        // a choice or a date applies at once; the text fields apply on Enter
        action.addListener((o, a, b) -> applyUnlessSettling());
        from.addListener((o, a, b) -> applyUnlessSettling());
        to.addListener((o, a, b) -> applyUnlessSettling());
        selected.addListener((o, a, b) -> showDetail(b));
        countText = Bindings.createStringBinding(() -> loading.get() && rows.isEmpty()
                ? messages.get("audit.loading") : messages.get("audit.count", total.get(), rows.size()), total, rows, loading);
    }

    /** The action code in words (bundle key audit.action.CODE); a code without words shows as itself. */
    public String actionLabel(String code) {
        return words.action(code);
    }

    /** The filter as the fields say now. */
    AuditFilter filter() {
        Choice<String> a = action.get();
        return AuditFilter.ALL.between(from.get(), to.get()).actorContaining(actor.get())
                .withAction(a == null ? null : a.value()).containing(text.get());
    }

    private void applyUnlessSettling() {
        if (!settling) {
            apply();
        }
    }

    /** What the empty table says: no record matches, or the records cannot be read now (the server out of reach). */
    public javafx.beans.property.ReadOnlyStringProperty placeholderProperty() {
        return placeholder;
    }

    public StringProperty chainTextProperty() {
        return chainText;
    }

    private void checkChain() {
        tasks.run(messages.get("audit.chain.checking"), p -> integrity.verify(), v -> chainText.set(v.whole()
                ? messages.get("audit.chain.head", v.headId() == 0 ? "-" : cn.hazedesk.domain.audit.AuditChain.code(v.headId(), v.headHash()), v.records())
                : messages.get("cli.audit.broken." + v.reason().name(), v.firstBadId(), v.records())),
                e -> chainText.set(messages.get("audit.chain.unchecked")));
    }

    /** Reads the first page for the filter as the fields say now, and the actions present (Enter, 查询, F5). */
    public void apply() {
        checkChain();
        AuditFilter f = filter();
        long req = ++request;
        loading.set(true);
        tasks.load(messages.get("audit.task.load"), p -> new Loaded(audit.actions(), audit.firstPage(f)), l -> {
            if (req != request) {
                return; // a newer query is on its way
            }
            if (placeholder.get().equals(messages.get("server.loadRetrying"))) {
                checkChain(); // read again after the server was out of reach: its chain was not checked either
            }
            placeholder.set(messages.get("audit.table.empty"));
            applied = f;
            setActions(l.actions());
            shownIds.clear();
            rows.setAll(rows(l.page().entries()));
            total.set(l.page().total());
            hasMore.set(l.page().hasMore());
            loading.set(false);
        }, () -> {
            loading.set(false);
            placeholder.set(messages.get("server.loadRetrying")); // read again once the server answers
        }, e -> failed(req, e));
    }

    /** Reads everything again (the page was shown, F5). */
    public void reload() {
        apply();
    }

    /** Appends the next page of the applied filter. */
    public void loadMore() {
        if (!hasMore.get() || loading.get()) {
            return;
        }
        AuditFilter f = applied;
        int offset = rows.size();
        long req = ++request;
        loading.set(true);
        tasks.run(messages.get("audit.task.load"), p -> audit.find(f, offset, AuditQueryService.PAGE_SIZE), page -> {
            if (req != request) {
                return;
            }
            rows.addAll(rows(page.entries())); // records written since the first page shift it: no row twice
            total.set(page.total());
            hasMore.set(page.hasMore());
            loading.set(false);
        }, e -> failed(req, e));
    }

    private void failed(long req, Throwable e) {
        if (req == request) {
            loading.set(false);
        }
        dialogs.error(messages.get("error.title"), messages.get("audit.loadFailed"), cn.hazedesk.ui.common.Failures.sentence(messages, e));
    }

    public void clearFilters() {
        settling = true;
        try {
            from.set(null);
            to.set(null);
            actor.set("");
            text.set("");
            action.set(anyAction);
        } finally {
            settling = false;
        }
        apply();
    }

    private void setActions(List<String> codes) {
        List<Choice<String>> fresh = new java.util.ArrayList<>();
        fresh.add(anyAction);
        codes.forEach(c -> fresh.add(new Choice<>(actionLabel(c), c))); // in code order: an area's actions together
        if (fresh.equals(actions)) {
            return;
        }
        Choice<String> keep = action.get();
        settling = true;
        try {
            actions.setAll(fresh);
            action.set(fresh.contains(keep) ? keep : anyAction);
        } finally {
            settling = false;
        }
    }

    private List<Row> rows(List<AuditEntry> entries) {
        return entries.stream().filter(e -> shownIds.add(e.id())).map(this::row).toList();
    }

    private Row row(AuditEntry e) {
        List<String> lines = details.lines(e.detail());
        String first = lines.isEmpty() ? "" : lines.get(0);
        boolean more = lines.size() > 1;
        return new Row(e.when().format(WHEN), e.actor(), actionLabel(e.action()), subjects.text(e.subject()),
                more ? first + " …" : first, e);
    }

    private void showDetail(Row r) {
        long req = ++detailRequest;
        if (r == null) {
            detail.set("");
            return;
        }
        detail.set(detailText(r, List.of()));
        tasks.run(messages.get("audit.task.detail"), p -> audit.changesWith(r.entry()), changes -> {
            if (req == detailRequest && !changes.isEmpty()) {
                detail.set(detailText(r, changes));
            }
        });
    }

    /** The whole record: when, who, what, on what, every line of the details, and the field changes (before → after). */
    private String detailText(Row r, List<ChangeRecord> changes) {
        AuditEntry e = r.entry();
        StringBuilder b = new StringBuilder();
        b.append(messages.get("audit.detail.head", r.when(), e.actor(), r.action(), e.action())).append('\n');
        b.append(messages.get("audit.detail.subject", r.subject())).append('\n');
        if (!e.detail().isBlank()) {
            b.append(messages.get("audit.detail.details")).append('\n');
            details.lines(e.detail()).forEach(line -> b.append(line).append('\n'));
        }
        if (!changes.isEmpty()) {
            b.append(messages.get("audit.detail.changes")).append('\n');
            for (ChangeRecord c : changes) {
                b.append(messages.get("audit.detail.change", field(c), value(c, c.oldValue()), value(c, c.newValue())))
                        .append('\n');
            }
        }
        return b.toString().stripTrailing();
    }

    private String field(ChangeRecord c) {
        return switch (c.field()) {
            case FieldChange.CREATED -> messages.get("history.created");
            case FieldChange.DELETED -> messages.get("history.deleted");
            case FieldChange.LINE_ADDED -> messages.get("history.lineAdded");
            case FieldChange.LINE_REMOVED -> messages.get("history.lineRemoved");
            default -> c.lineName() == null ? labels.field(c.field())
                    : messages.get("problem.onLine", c.lineName(), labels.field(c.field()));
        };
    }

    private String value(ChangeRecord c, String v) {
        if (v == null || v.isEmpty()) {
            return messages.get("audit.detail.empty");
        }
        return "DISTRICT".equals(c.field()) ? labels.district(v) : v;
    }

    /** Writes the records of the applied filter (what the count says) to a workbook the user chooses. */
    public void export() {
        AuditFilter f = applied;
        files.saveWorkbook(messages.get("audit.export.title"), messages.get("audit.export.fileName") + ".xlsx")
                .ifPresent(file -> export(file, f));
    }

    private void export(Path file, AuditFilter f) {
        List<String> headers = List.of(messages.get("audit.col.when"), messages.get("audit.col.actor"),
                messages.get("audit.col.action"), messages.get("audit.col.subject"), messages.get("audit.col.detail"));
        tasks.run(messages.get("audit.task.export"), p -> audit.export(file, f, messages.get("audit.export.sheet"), headers,
                        this::actionLabel, subjects::text, details::text, (d, t, m) -> p.progress(d, t, messages.has(m) ? messages.get(m) : m)),
                n -> dialogs.info(messages.get("audit.export.title"), messages.get("audit.export.done", n), file.toString()),
                e -> dialogs.error(messages.get("error.title"), messages.get("audit.export.failed"), cn.hazedesk.ui.common.Failures.sentence(messages, e)));
    }

    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public StringProperty actorProperty() { return actor; }
    public StringProperty textProperty() { return text; }
    public ObservableList<Choice<String>> actions() { return actions; }
    public ObjectProperty<Choice<String>> actionProperty() { return action; }
    public ObservableList<Row> rows() { return rows; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public StringProperty detailProperty() { return detail; }
    public StringBinding countTextProperty() { return countText; }
    public BooleanProperty hasMoreProperty() { return hasMore; }
    public BooleanProperty loadingProperty() { return loading; }
}
