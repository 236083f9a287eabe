package cn.hazedesk.domain.enterprise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two versions of one enterprise, field by field and line by line (lines matched by name). */
public final class EnterpriseDiff {
    private EnterpriseDiff() {
    }

    /** The changes worded as the list writes its values ({@code words}). */
    public static List<FieldChange> changes(Enterprise before, Enterprise after, ListWords words) {
        List<FieldChange> out = new ArrayList<>();
        for (ListField f : ListField.values()) {
            if (!f.lineField()) {
                add(out, f, null, ListValues.enterpriseValue(before, f, words),
                        ListValues.enterpriseValue(after, f, words));
            }
        }
        for (ProductionLine old : before.lines()) {
            if (after.line(old.name()).isEmpty()) {
                out.add(new FieldChange(FieldChange.LINE_REMOVED, old.name(), old.name(), ""));
            }
        }
        for (ProductionLine now : after.lines()) {
            var old = before.line(now.name());
            if (old.isEmpty()) {
                out.add(new FieldChange(FieldChange.LINE_ADDED, now.name(), "", now.name()));
                continue;
            }
            for (ListField f : ListField.values()) {
                if (f.lineField() && f != ListField.LINE_NAME) {
                    add(out, f, now.name(), ListValues.lineValue(old.get(), f, words),
                            ListValues.lineValue(now, f, words));
                }
            }
        }
        return out;
    }


    private static void add(List<FieldChange> out, ListField f, String line, String before, String after) {
        if (!Objects.equals(norm(before), norm(after))) {
            out.add(new FieldChange(f.name(), line, before, after));
        }
    }

    private static String norm(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        try {
            return new BigDecimal(s).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return s;
        }
    }
}
