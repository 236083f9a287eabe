package cn.hazedesk.ui.list;

import java.util.Optional;

/** Opens the list's dialogs; the composition root builds them. */
public interface ListNavigator {
    /** The editor for a stored enterprise, or for a new one; {@code onSaved} runs after a successful save. */
    void openEditor(Optional<Long> enterpriseId, Runnable onSaved);

    void openHistory(String uscc, String enterpriseName);

    /** The permit register's import and the list's cross-check against it (排污许可核对). */
    default void openPermitCheck() {
    }

    /** The import dialog for a workbook; {@code onImported} runs after a successful commit. */
    void openImport(java.nio.file.Path workbook, Runnable onImported);
}
