package cn.hazedesk.ui.common;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The platform's file dialogs, remembering the last folder used in this session. */
public final class FxFileChooserService implements FileChooserService {
    private final Supplier<Window> owner;
    private final String workbookDescription;
    private File lastFolder;

    public FxFileChooserService(Supplier<Window> owner, String workbookDescription) {
        this.owner = owner;
        this.workbookDescription = workbookDescription;
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(workbookDescription, "*.xlsx"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        return c;
    }

    @Override
    public Optional<Path> openWorkbook(String title) {
        File f = chooser(title).showOpenDialog(owner.get());
        return remember(f);
    }

    @Override
    public Optional<Path> saveWorkbook(String title, String suggestedName) {
        FileChooser c = chooser(title);
        c.setInitialFileName(suggestedName);
        File f = c.showSaveDialog(owner.get());
        if (f != null && !f.getName().toLowerCase().endsWith(".xlsx")) {
            f = new File(f.getParentFile(), f.getName() + ".xlsx");
        }
        return remember(f);
    }

    @Override
    public Optional<Path> openImage(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("JPG / PNG", "*.jpg", "*.jpeg", "*.png",
                "*.JPG", "*.JPEG", "*.PNG"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        return remember(c.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> savePdf(String title, String suggestedName) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        c.setInitialFileName(suggestedName);
        File f = c.showSaveDialog(owner.get());
        if (f != null && !f.getName().toLowerCase().endsWith(".pdf")) {
            f = new File(f.getParentFile(), f.getName() + ".pdf");
        }
        return remember(f);
    }

    @Override
    public Optional<Path> openForecast(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV / Excel", "*.csv", "*.xlsx", "*.xls", "*.txt",
                "*.CSV", "*.XLSX", "*.XLS", "*.TXT"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        return remember(c.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser c = new javafx.stage.DirectoryChooser();
        c.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            c.setInitialDirectory(lastFolder);
        }
        File f = c.showDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f;
        return Optional.of(f.toPath());
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }
}
