package cn.hazedesk.domain.listimport;

import java.util.Optional;

/**
 * Replacing the list is refused without a confirmation when the workbook holds no enterprise, or when it would
 * remove more than half of the stored enterprises: the two ways a wrong file (an empty template, one county's
 * sheet instead of the city's list) wipes the list.
 */
public final class ReplaceGuard {
    private ReplaceGuard() {
    }

    /** Why a replacement needs a confirmation, with the counts to name. */
    public record Reason(Kind kind, int removed, int stored, int imported) {
    }

    public enum Kind {
        /** The workbook holds no enterprise: replacing would empty the list. */
        EMPTY_WORKBOOK,
        /** More than half of the stored enterprises would be removed. */
        REMOVES_MOST
    }

    /** Whether replacing needs a confirmation ({@code preview} computed in REPLACE mode). */
    public static Optional<Reason> check(ImportPreview preview) {
        if (preview.mode() != ImportMode.REPLACE) {
            return Optional.empty();
        }
        ImportPreview.Counts e = preview.enterprises();
        int stored = e.changed() + e.unchanged() + e.removed();
        int imported = e.added() + e.changed() + e.unchanged();
        if (imported == 0 && stored > 0) {
            return Optional.of(new Reason(Kind.EMPTY_WORKBOOK, e.removed(), stored, imported));
        }
        if (stored > 0 && e.removed() * 2 > stored) {
            return Optional.of(new Reason(Kind.REMOVES_MOST, e.removed(), stored, imported));
        }
        return Optional.empty();
    }
}
