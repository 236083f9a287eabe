package cn.hazedesk.domain.permit;

import cn.hazedesk.domain.common.TextNormalizer;
import cn.hazedesk.domain.uscc.Uscc;
import cn.hazedesk.domain.uscc.UsccCheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the rows of a permit register file: every row needs a permit number and a valid 统一社会信用代码 (normalised as
 * the list does: full-width, spaces, hyphens, case); a permit number may appear once. Either the entries or every
 * problem, naming row, field and reason — a register with a problem is not taken at all.
 */
public final class PermitRegister {
    private PermitRegister() {
    }

    /** The outcome: the entries when there is no problem; otherwise the problems (and no entries). */
    public record Checked(List<PermitEntry> entries, List<PermitProblem> problems, int rows) {
        public Checked {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /** A permit number as compared: half-width, no spaces, upper case. */
    public static String normalizePermit(String raw) {
        return raw == null ? "" : TextNormalizer.toHalfWidth(raw).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    public static Checked check(List<PermitRow> rows) {
        List<PermitEntry> entries = new ArrayList<>();
        List<PermitProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (PermitRow r : rows) {
            String permit = normalizePermit(r.permitNumber());
            UsccCheck uscc = Uscc.check(r.uscc());
            boolean ok = true;
            if (permit.isEmpty()) {
                problems.add(new PermitProblem(r.row(), PermitProblem.Field.PERMIT_NUMBER, PermitProblem.Reason.MISSING,
                        "", null));
                ok = false;
            } else if (seen.putIfAbsent(permit, r.row()) != null) {
                problems.add(new PermitProblem(r.row(), PermitProblem.Field.PERMIT_NUMBER,
                        PermitProblem.Reason.DUPLICATE_PERMIT, permit, null));
                ok = false;
            }
            if (!uscc.valid()) {
                problems.add(new PermitProblem(r.row(), PermitProblem.Field.USCC, uscc.normalized().isEmpty()
                        ? PermitProblem.Reason.MISSING : PermitProblem.Reason.INVALID_USCC, r.uscc() == null ? "" : r.uscc(),
                        uscc.problem().orElse(null)));
                ok = false;
            }
            if (ok) {
                entries.add(new PermitEntry(permit, strip(r.name()), uscc.normalized(), strip(r.managementType())));
            }
        }
        return problems.isEmpty() ? new Checked(entries, List.of(), rows.size()) : new Checked(List.of(), problems, rows.size());
    }

    /** Names and types are kept as the register writes them (full-width brackets included), without outer spaces. */
    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
