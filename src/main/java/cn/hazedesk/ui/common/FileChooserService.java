package cn.hazedesk.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a workbook to read or a file to write (a real file dialog in the app, fixed paths in tests). */
public interface FileChooserService {
    Optional<Path> openWorkbook(String title);

    Optional<Path> saveWorkbook(String title, String suggestedName);

    /** A photo to attach (e.g. an inspection photo); empty when cancelled. */
    default Optional<Path> openImage(String title) {
        return Optional.empty();
    }

    /** A forecast file to read (CSV or Excel). A chooser that offers none answers "nothing chosen". */
    default Optional<Path> openForecast(String title) {
        return Optional.empty();
    }

    /** A PDF file to write (documents). A chooser that offers none answers "nothing chosen". */
    default Optional<Path> savePdf(String title, String suggestedName) {
        return Optional.empty();
    }

    /** A folder to write into (one PDF per enterprise). A chooser that offers none answers "nothing chosen". */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }
}
