package cn.hazedesk.ui.list;

import cn.hazedesk.application.PermitService;
import cn.hazedesk.application.port.PermitRegisterSource;
import cn.hazedesk.application.port.PermitStore;
import cn.hazedesk.application.port.WorkbookException;
import cn.hazedesk.domain.permit.PermitCrossCheck;
import cn.hazedesk.domain.permit.PermitEntry;
import cn.hazedesk.domain.permit.PermitRegister;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.i18n.PermitText;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 排污许可核对 (docs/measures-and-reductions.md, "The permit register check"): the permit register last imported (when, by
 * whom, from which file), an import of a new register (a register with problems is named row by row and not imported),
 * and the list's cross-check against it: units registered but not on the list, enterprises whose permit number or code
 * does not match.
 */
public final class PermitCheckViewModel {
    /** One finding: what it is, the unit or enterprise, its code, what the list says and what the register says. */
    public record Row(String kind, String name, String uscc, String list, String register) {
    }

    private static final int PROBLEMS_SHOWN = 40;

    private final Messages m;
    private final PermitText text;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FileChooserService files;
    private final PermitService permits;
    private final cn.hazedesk.domain.access.Actor actor;
    private final DateTimeFormatter time;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");

    public PermitCheckViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, FileChooserService files,
                                PermitService permits, cn.hazedesk.domain.access.Actor actor, ZoneId zone) {
        this.m = messages;
        this.text = new PermitText(messages);
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.permits = permits;
        this.actor = actor;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    private record Loaded(Optional<PermitStore.Imported> imported, PermitCrossCheck.Report report) {
    }

    /** Reads the stored register and checks the list against it, in the background. */
    public void load() {
        tasks.run(m.get("permit.task.check"), p -> {
            Optional<PermitStore.Imported> i = permits.imported();
            return new Loaded(i, i.isPresent() ? permits.report() : null);
        }, this::show);
    }

    private void show(Loaded l) {
        if (l.imported().isEmpty()) {
            status.set(m.get("permit.status.none"));
            rows.clear();
            summary.set("");
            return;
        }
        PermitStore.Imported i = l.imported().get();
        status.set(m.get("permit.status.imported", i.entries(), time.format(i.at()), i.by(), i.sourceFile()));
        List<Row> out = new ArrayList<>();
        for (PermitEntry p : l.report().missingFromList()) {
            out.add(new Row(m.get("permit.kind.missing"), p.name(), p.uscc(), m.get("permit.notOnList"),
                    p.managementType().isEmpty() ? p.permitNumber() : m.aside(p.permitNumber(), p.managementType())));
        }
        for (PermitCrossCheck.Mismatch x : l.report().permitMismatch()) {
            String own = x.enterprise().permitNumber();
            out.add(new Row(m.get("permit.kind.permit"), x.enterprise().name(), x.enterprise().uscc(),
                    own == null || own.isBlank() ? m.get("permit.finding.none") : own, x.register().permitNumber()));
        }
        for (PermitCrossCheck.Mismatch x : l.report().usccMismatch()) {
            out.add(new Row(m.get("permit.kind.uscc"), x.enterprise().name(), x.enterprise().permitNumber(),
                    x.enterprise().uscc(), m.aside(x.register().uscc(), x.register().name())));
        }
        rows.setAll(out);
        List<String> lines = text.report(l.report());
        summary.set(lines.get(lines.size() - 1));
    }

    /** Asks for a register file (.xlsx) and imports it; a register with problems is named row by row, not imported. */
    public void chooseAndImport() {
        files.openWorkbook(m.get("permit.import.choose")).ifPresent(this::importFrom);
    }

    void importFrom(Path file) {
        tasks.run(m.get("permit.task.import"), p -> permits.importRegister(file, actor), checked -> {
            if (!checked.clean()) {
                dialogs.error(m.get("permit.import.title"), m.get("permit.import.problems", checked.problems().size(),
                        file.getFileName().toString()), problems(checked));
                return;
            }
            load();
        }, e -> {
            if (e instanceof WorkbookException w) {
                dialogs.error(m.get("permit.import.title"), m.get("cli.permits.unreadable", file.toString(), w.reason()), "");
            } else if (e instanceof PermitRegisterSource.HeaderMissing h) {
                dialogs.error(m.get("permit.import.title"), m.get("cli.permits.header", file.getFileName().toString(),
                        h.seen()), "");
            } else {
                dialogs.error(m.get("permit.import.title"), m.get("error.title"), cn.hazedesk.ui.common.Failures.sentence(m, e));
            }
        });
    }

    private String problems(PermitRegister.Checked c) {
        List<String> lines = c.problems().stream().limit(PROBLEMS_SHOWN).map(text::problem).toList();
        String more = c.problems().size() > PROBLEMS_SHOWN
                ? "\n" + m.get("permit.import.more", c.problems().size() - PROBLEMS_SHOWN) : "";
        return String.join("\n", lines) + more;
    }

    public ObservableList<Row> rows() { return rows; }
    public StringProperty statusProperty() { return status; }
    public StringProperty summaryProperty() { return summary; }
    public Messages messages() { return m; }
}
