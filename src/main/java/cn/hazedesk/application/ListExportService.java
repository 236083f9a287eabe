package cn.hazedesk.application;

import cn.hazedesk.application.port.EnterpriseStore;
import cn.hazedesk.application.port.ListWorkbook;
import cn.hazedesk.application.port.Transactions;
import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.uscc.Uscc;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Exports the list to an Excel workbook in the import layout (so that an export imports back unchanged): the
 * whole list, or a subset such as the filtered view, given by ids or USCCs; and the blank template.
 */
public final class ListExportService {
    /** How much was written. */
    public record Exported(int enterprises, int lines) {
    }

    private final ListWorkbook workbook;
    private final EnterpriseStore store;
    private final Transactions tx;

    public ListExportService(ListWorkbook workbook, EnterpriseStore store, Transactions tx) {
        this.workbook = workbook;
        this.store = store;
        this.tx = tx;
    }

    public Exported exportAll(Path file, ProgressListener progress) {
        return export(file, s -> true, progress);
    }

    /** The enterprises with these ids, in list order (district, then name). */
    public Exported exportIds(Path file, Collection<Long> ids, ProgressListener progress) {
        Set<Long> wanted = new HashSet<>(ids);
        return export(file, s -> wanted.contains(s.id()), progress);
    }

    /** The enterprises with these USCCs (normalised before matching), in list order. */
    public Exported exportUsccs(Path file, Collection<String> usccs, ProgressListener progress) {
        Set<String> wanted = new HashSet<>();
        for (String u : usccs) {
            wanted.add(Uscc.normalize(u));
        }
        return export(file, s -> wanted.contains(s.enterprise().uscc()), progress);
    }

    /** The blank template: every header, no rows, and the instructions sheet 说明 with {@code notes}. */
    public void writeTemplate(Path file, List<String> notes) {
        workbook.writeTemplate(file, notes);
    }

    private Exported export(Path file, Predicate<StoredEnterprise> which, ProgressListener progress) {
        progress.progress(0, 0, "list.progress.loading");
        List<Enterprise> list = tx.inTransaction(() -> store.loadAll().stream().filter(which)
                .map(StoredEnterprise::enterprise).toList());
        workbook.write(file, list, progress);
        return new Exported(list.size(), list.stream().mapToInt(e -> e.lines().size()).sum());
    }
}
