package cn.hazedesk.domain.listimport;

import cn.hazedesk.domain.enterprise.Enterprise;
import cn.hazedesk.domain.enterprise.EnterpriseDiff;
import cn.hazedesk.domain.enterprise.FieldChange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import would do to the stored list, shown before it is committed: per enterprise whether it is new,
 * changed (with its field and line changes), unchanged or removed, and the counts for enterprises and for
 * production lines. Enterprises match by USCC and lines by name. In MERGE mode stored enterprises that are not in
 * the file are kept ({@code kept}); in REPLACE mode they are removed.
 */
public record ImportPreview(ImportMode mode, Counts enterprises, Counts lines, List<Entry> entries) {
    public enum Status { NEW, CHANGED, UNCHANGED, REMOVED }

    /** {@code kept}: stored but not in the file, left as they are (MERGE only). */
    public record Counts(int added, int changed, int unchanged, int removed, int kept) {
    }

    /** One enterprise of the file or of the stored list; {@code changes} is set for CHANGED ones. */
    public record Entry(String uscc, String name, Status status, List<FieldChange> changes) {
        public Entry {
            changes = List.copyOf(changes);
        }
    }

    public ImportPreview {
        entries = List.copyOf(entries);
    }

    /** True when committing would change nothing. */
    public boolean noChange() {
        return enterprises.added() == 0 && enterprises.changed() == 0 && enterprises.removed() == 0;
    }

    public static ImportPreview compute(List<Enterprise> imported, List<Enterprise> stored, ImportMode mode,
                                        cn.hazedesk.domain.enterprise.ListWords words) {
        Map<String, Enterprise> byUscc = new HashMap<>(stored.size() * 2);
        for (Enterprise e : stored) {
            byUscc.put(e.uscc(), e);
        }
        int eNew = 0, eChanged = 0, eSame = 0, eRemoved = 0, eKept = 0;
        int lNew = 0, lChanged = 0, lSame = 0, lRemoved = 0, lKept = 0;
        List<Entry> entries = new ArrayList<>(imported.size());
        Set<String> seen = new HashSet<>(imported.size() * 2);
        for (Enterprise now : imported) {
            seen.add(now.uscc());
            Enterprise before = byUscc.get(now.uscc());
            if (before == null) {
                eNew++;
                lNew += now.lines().size();
                entries.add(new Entry(now.uscc(), now.name(), Status.NEW, List.of()));
                continue;
            }
            List<FieldChange> changes = EnterpriseDiff.changes(before, now, words);
            int added = 0;
            int removed = 0;
            Set<String> changedLines = new HashSet<>();
            for (FieldChange c : changes) {
                if (FieldChange.LINE_ADDED.equals(c.field())) {
                    added++;
                } else if (FieldChange.LINE_REMOVED.equals(c.field())) {
                    removed++;
                } else if (c.lineName() != null) {
                    changedLines.add(c.lineName());
                }
            }
            lNew += added;
            lRemoved += removed;
            lChanged += changedLines.size();
            lSame += now.lines().size() - added - changedLines.size();
            if (changes.isEmpty()) {
                eSame++;
                entries.add(new Entry(now.uscc(), now.name(), Status.UNCHANGED, List.of()));
            } else {
                eChanged++;
                entries.add(new Entry(now.uscc(), now.name(), Status.CHANGED, changes));
            }
        }
        for (Enterprise old : stored) {
            if (seen.contains(old.uscc())) {
                continue;
            }
            if (mode == ImportMode.REPLACE) {
                eRemoved++;
                lRemoved += old.lines().size();
                entries.add(new Entry(old.uscc(), old.name(), Status.REMOVED, List.of()));
            } else {
                eKept++;
                lKept += old.lines().size();
            }
        }
        return new ImportPreview(mode, new Counts(eNew, eChanged, eSame, eRemoved, eKept),
                new Counts(lNew, lChanged, lSame, lRemoved, lKept), entries);
    }
}
