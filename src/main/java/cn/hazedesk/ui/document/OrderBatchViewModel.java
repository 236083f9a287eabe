package cn.hazedesk.ui.document;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.DocumentService;
import cn.hazedesk.application.ResponseOrderService;
import cn.hazedesk.domain.document.OrderEnvelope;
import cn.hazedesk.domain.enterprise.WarningLevel;
import cn.hazedesk.domain.response.OrderChecks;
import cn.hazedesk.domain.response.OrderLine;
import cn.hazedesk.domain.response.ResponseOrder;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.Choice;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.ui.common.Labels;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The documents area: the response orders the current list would get at a level (all districts or one), with the
 * grades in effect now, for planning and drills: the list of enterprises and what each must do; preview and print
 * the batch (cover list + one order per page), save it as one PDF, or one PDF per enterprise into a folder. The
 * episode's own orders (numbered, with the issue and response times) come from the warning workflow. Before any of
 * these, the enterprises that need a look ({@link OrderChecks}) are named and the user confirms.
 */
public final class OrderBatchViewModel {
    /** One enterprise's order as the table shows it. */
    public record Row(String enterprise, String uscc, String district, String grade, String measures) {
    }

    private final Messages messages;
    private final Labels labels;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FileChooserService files;
    private final ResponseOrderService orders;
    private final DocumentService documents;
    private final DocumentPreviews previews;
    private final Clock clock;

    private final ObservableList<Choice<WarningLevel>> levels = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> districts = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<WarningLevel>> level = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> district = new SimpleObjectProperty<>();
    private final BooleanProperty drill = new SimpleBooleanProperty(false);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty count = new SimpleStringProperty("");
    /** What the empty table says: no enterprise at this level, or the orders cannot be listed now (server lost). */
    private final StringProperty placeholder = new SimpleStringProperty("");
    private final StringProperty checks = new SimpleStringProperty("");
    private OrderChecks loadedChecks;
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private volatile CancelToken.Flag cancel = CancelToken.flag();

    /** {@code onlyDistrict}: a district user's district, whose orders alone are listed (empty: a city user). */
    public OrderBatchViewModel(Messages messages, Labels labels, TaskRunner tasks, DialogService dialogs,
                               FileChooserService files, ResponseOrderService orders, DocumentService documents,
                               DocumentPreviews previews, Clock clock, Optional<String> onlyDistrict) {
        this.messages = messages;
        this.labels = labels;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.orders = orders;
        this.documents = documents;
        this.previews = previews;
        this.clock = clock;
        for (WarningLevel l : WarningLevel.values()) {
            levels.add(new Choice<>(labels.level(l), l));
        }
        if (onlyDistrict.isPresent()) {
            // a district user sees their district's orders only: the choice holds that district alone
            districts.add(new Choice<>(onlyDistrict.get(), onlyDistrict.get()));
        } else {
            districts.add(new Choice<>(messages.get("document.orders.allDistricts"), null));
            for (String d : orders.districtNames()) {
                districts.add(new Choice<>(d, d));
            }
        }
        level.set(levels.get(0));
        district.set(districts.get(0));
        level.addListener((o, a, b) -> load());
        district.addListener((o, a, b) -> load());
    }

    private WarningLevel chosenLevel() {
        return level.get().value();
    }

    private Optional<String> chosenDistrict() {
        return Optional.ofNullable(district.get() == null ? null : district.get().value());
    }

    /** Lists the orders of the level and district chosen, in the background. */
    public void load() {
        WarningLevel l = chosenLevel();
        Optional<String> d = chosenDistrict();
        record Loaded(List<ResponseOrder> list, OrderChecks checks) {
        }
        tasks.load(messages.get("document.orders.loading"), p -> {
            List<ResponseOrder> list = orders.ordersNow(l, d);
            return new Loaded(list, orders.checks(list));
        }, loaded -> {
            List<Row> out = new ArrayList<>();
            for (ResponseOrder o : loaded.list()) {
                out.add(new Row(o.enterpriseName(), o.uscc(), o.districtName(), labels.grade(o.grade()), measures(o)));
            }
            rows.setAll(out);
            placeholder.set(messages.get("document.orders.none"));
            count.set(messages.get("document.orders.count", loaded.list().size()));
            loadedChecks = loaded.checks();
            checks.set(OrderConfirmation.summary(loaded.checks(), messages));
        }, () -> {
            // the server out of reach: said in place of the list (never an empty list of orders), listed again once back
            rows.clear();
            loadedChecks = null;
            checks.set("");
            count.set("");
            placeholder.set(messages.get("server.loadRetrying"));
        }, this::failed);
    }

    /** The enterprises to look at were named and the user went on (or there were none). */
    private boolean confirmed() {
        return OrderConfirmation.confirm(loadedChecks, messages, dialogs);
    }

    private String measures(ResponseOrder o) {
        if (o.lines().isEmpty() || o.exempt()) {
            return messages.get("measure.rule." + o.notCounted().map(Enum::name).orElse("NO_MEASURE"));
        }
        List<String> parts = new ArrayList<>();
        for (OrderLine l : o.lines()) {
            parts.add(messages.pair(l.lineName(), l.text().isBlank() ? "—" : l.text()));
        }
        return messages.clauses(parts);
    }

    private String scopeLabel() {
        return chosenDistrict().orElse(messages.get("document.orders.allDistricts"));
    }

    private String baseName() {
        return messages.get("document.orders.fileName", labels.level(chosenLevel()), scopeLabel());
    }

    private OrderEnvelope envelope() {
        return OrderEnvelope.planning(LocalDate.now(clock), drill.get());
    }

    /** Opens the preview of the batch: cover list, then one order per page. */
    public void preview() {
        if (!confirmed()) {
            return;
        }
        WarningLevel l = chosenLevel();
        Optional<String> d = chosenDistrict();
        OrderEnvelope env = envelope();
        previews.open(messages.get("document.orders.previewTitle", labels.level(l), scopeLabel()), baseName() + ".pdf",
                (progress, token) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    documents.writeOrders(orders.ordersNow(l, d), env, l, d.orElse(null), out, progress, token);
                    return out.toByteArray();
                });
    }

    /** Saves the batch as one PDF where the user chooses. */
    public void savePdf() {
        if (!confirmed()) {
            return;
        }
        Optional<Path> target = files.savePdf(messages.get("document.save.title"), baseName() + ".pdf");
        if (target.isEmpty()) {
            return;
        }
        WarningLevel l = chosenLevel();
        Optional<String> d = chosenDistrict();
        OrderEnvelope env = envelope();
        CancelToken.Flag token = start();
        tasks.run(messages.get("document.orders.writing"), p -> {
            Path tmp = target.get().resolveSibling(target.get().getFileName() + ".part");
            DocumentService.Batch b;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                b = documents.writeOrders(orders.ordersNow(l, d), env, l, d.orElse(null), out, p, token);
            } catch (Exception e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target.get(), StandardCopyOption.REPLACE_EXISTING);
            return messages.get("document.orders.saved", target.get().toString(), b.orders(), b.totalPages());
        }, this::done, this::failed);
    }

    /** One PDF per enterprise into a folder the user chooses. */
    public void saveFolder() {
        if (!confirmed()) {
            return;
        }
        Optional<Path> folder = files.chooseFolder(messages.get("document.orders.folderTitle"));
        if (folder.isEmpty()) {
            return;
        }
        WarningLevel l = chosenLevel();
        Optional<String> d = chosenDistrict();
        OrderEnvelope env = envelope();
        CancelToken.Flag token = start();
        tasks.run(messages.get("document.orders.writing"), p -> {
            List<Path> written = documents.writeOrderFiles(orders.ordersNow(l, d), env, folder.get(), p, token);
            return messages.get("document.orders.savedFolder", folder.get().toString(), written.size());
        }, this::done, this::failed);
    }

    private CancelToken.Flag start() {
        CancelToken.Flag token = CancelToken.flag();
        cancel = token;
        busy.set(true);
        outcome.set("");
        return token;
    }

    private void done(String message) {
        busy.set(false);
        outcome.set(message);
    }

    private void failed(Throwable e) {
        busy.set(false);
        outcome.set(DocumentFailures.report(e, messages, dialogs));
    }

    public void cancel() {
        cancel.cancel();
    }

    public ObservableList<Choice<WarningLevel>> levels() { return levels; }
    public ObservableList<Choice<String>> districts() { return districts; }

    public ObjectProperty<Choice<WarningLevel>> levelProperty() { return level; }
    public ObjectProperty<Choice<String>> districtProperty() { return district; }
    public BooleanProperty drillProperty() { return drill; }
    public ObservableList<Row> rows() { return rows; }
    public StringProperty countProperty() { return count; }
    public StringProperty placeholderProperty() { return placeholder; }
    /** What needs a confirmation before printing (empty when nothing does). */
    public StringProperty checksProperty() { return checks; }
    public StringProperty outcomeProperty() { return outcome; }
    public BooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty progressTextProperty() { return tasks.messageProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }
}
