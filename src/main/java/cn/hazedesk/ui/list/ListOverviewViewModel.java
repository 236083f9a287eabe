package cn.hazedesk.ui.list;

import cn.hazedesk.application.ListSummary;
import cn.hazedesk.application.SampleDataService;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The list area until the list screens land: how many enterprises and lines are stored, whether they are the
 * bundled sample, and a way to remove the sample.
 */
public final class ListOverviewViewModel {
    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final SampleDataService samples;
    private final String actor;
    private final ObjectProperty<ListSummary> summary = new SimpleObjectProperty<>();
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final StringBinding countsText;
    private final StringBinding sampleText;
    private final BooleanBinding canRemoveSample;

    public ListOverviewViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, SampleDataService samples,
                                 String actor) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.samples = samples;
        this.actor = actor;
        countsText = Bindings.createStringBinding(() -> {
            ListSummary s = summary.get();
            return s == null ? messages.get("list.loading") : messages.get("list.counts", s.enterprises(), s.lines());
        }, summary);
        sampleText = Bindings.createStringBinding(() -> {
            ListSummary s = summary.get();
            if (s == null) {
                return "";
            }
            return s.sampleEnterprises() > 0 ? messages.get("list.sample.present", s.sampleEnterprises())
                    : messages.get("list.sample.none");
        }, summary);
        canRemoveSample = Bindings.createBooleanBinding(
                () -> !working.get() && summary.get() != null && summary.get().sampleEnterprises() > 0, summary, working);
    }

    public void refresh() {
        working.set(true);
        tasks.run(messages.get("task.loadSummary"), p -> samples.summary(), s -> {
            summary.set(s);
            working.set(false);
        }, e -> {
            working.set(false);
            dialogs.error(messages.get("error.title"), messages.get("list.summaryFailed"), String.valueOf(e.getMessage()));
        });
    }

    /** Asks first; then removes the sample enterprises in one transaction and shows the new counts. */
    public void removeSample() {
        ListSummary s = summary.get();
        if (s == null || s.sampleEnterprises() == 0) {
            return;
        }
        if (!dialogs.confirm(messages.get("list.sample.removeTitle"), messages.get("list.sample.removeHeader", s.sampleEnterprises()),
                messages.get("list.sample.removeContent"))) {
            return;
        }
        working.set(true);
        tasks.run(messages.get("task.removeSample"), p -> {
            samples.removeSample(actor);
            return samples.summary();
        }, after -> {
            summary.set(after);
            working.set(false);
        }, e -> {
            working.set(false);
            dialogs.error(messages.get("error.title"), messages.get("list.sample.removeFailed"), String.valueOf(e.getMessage()));
        });
    }

    public ObjectProperty<ListSummary> summaryProperty() {
        return summary;
    }

    public StringBinding countsTextProperty() {
        return countsText;
    }

    public StringBinding sampleTextProperty() {
        return sampleText;
    }

    public BooleanBinding canRemoveSampleProperty() {
        return canRemoveSample;
    }
}
