package cn.hazedesk.ui.document;

import cn.hazedesk.application.CancelToken;
import cn.hazedesk.application.CancelledException;
import cn.hazedesk.application.port.PdfPages;
import cn.hazedesk.i18n.Messages;
import cn.hazedesk.ui.common.DialogService;
import cn.hazedesk.ui.common.FileChooserService;
import cn.hazedesk.ui.common.Printing;
import cn.hazedesk.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The preview of one PDF: made in the background (progress, Cancel), shown one page at a time as an image rendered
 * off the JavaFX thread at the zoom chosen; previous / next page, zoom in / out / fit width; print through the
 * system dialog (each page an image fitted to the printable area, in the background, cancellable; no printer: a
 * message offering Save as PDF); save as PDF.
 */
public final class DocumentPreviewViewModel {
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 3.0;
    private static final double SCREEN_DPI = 96;
    private static final float PRINT_DPI = 200;

    private final Messages messages;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final FileChooserService files;
    private final Printing printing;
    private final Record record;
    private final PdfPages.Opener opener;
    private final String title;
    private final String suggestedFileName;
    private final PdfSource source;

    private final IntegerProperty pageIndex = new SimpleIntegerProperty(0);
    private final IntegerProperty pageCount = new SimpleIntegerProperty(0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty outcome = new SimpleStringProperty("");
    private volatile CancelToken.Flag cancel = CancelToken.flag();
    private byte[] pdf;
    private PdfPages pages;
    private float[] pageSize = {595.28f, 841.89f};
    private long renderRequest;

    /** What leaves the desk is recorded (off the JavaFX thread): pages printed, a PDF saved and where. */
    public interface Record {
        void printed(int pages);

        void saved(Path file, int pages);
    }

    public DocumentPreviewViewModel(Messages messages, TaskRunner tasks, DialogService dialogs, FileChooserService files,
                                    Printing printing, PdfPages.Opener opener, String title, String suggestedFileName,
                                    PdfSource source, Record record) {
        this.record = record;
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.printing = printing;
        this.opener = opener;
        this.title = title;
        this.suggestedFileName = suggestedFileName;
        this.source = source;
    }

    private record Loaded(byte[] pdf, PdfPages pages, float[] size, Image first) {
    }

    /** Makes the PDF and shows its first page. */
    public void load() {
        CancelToken.Flag token = CancelToken.flag();
        cancel = token;
        busy.set(true);
        outcome.set(messages.get("document.preview.making"));
        double z = zoom.get();
        tasks.run(messages.get("document.preview.making"), progress -> {
            byte[] bytes = source.make(progress, token);
            token.check();
            PdfPages p = opener.open(bytes);
            float[] size = p.count() == 0 ? new float[]{595.28f, 841.89f} : p.sizePoints(0);
            Image first = p.count() == 0 ? null : fx(p.render(0, dpi(z)));
            return new Loaded(bytes, p, size, first);
        }, loaded -> {
            pdf = loaded.pdf();
            pages = loaded.pages();
            pageSize = loaded.size();
            pageIndex.set(0);
            pageCount.set(pages.count());
            image.set(loaded.first());
            busy.set(false);
            outcome.set("");
        }, this::failed);
    }

    private static Image fx(BufferedImage img) {
        return SwingFXUtils.toFXImage(img, null);
    }

    private static float dpi(double zoom) {
        return (float) Math.max(24, Math.min(300, SCREEN_DPI * zoom));
    }

    private void failed(Throwable e) {
        busy.set(false);
        outcome.set(DocumentFailures.report(e, messages, dialogs));
    }

    private void render() {
        if (pages == null) {
            return;
        }
        long request = ++renderRequest;
        int index = pageIndex.get();
        double z = zoom.get();
        PdfPages p = pages;
        tasks.run(messages.get("document.preview.rendering", index + 1), progress -> fx(p.render(index, dpi(z))), img -> {
            if (request == renderRequest) { // a later page or zoom asked meanwhile: show that one instead
                image.set(img);
            }
        }, this::failed);
    }

    public void next() {
        if (pageIndex.get() + 1 < pageCount.get()) {
            pageIndex.set(pageIndex.get() + 1);
            render();
        }
    }

    public void previous() {
        if (pageIndex.get() > 0) {
            pageIndex.set(pageIndex.get() - 1);
            render();
        }
    }

    /** Goes to page {@code n} (1-based), if there is one. */
    public void goTo(int n) {
        if (n >= 1 && n <= pageCount.get() && n - 1 != pageIndex.get()) {
            pageIndex.set(n - 1);
            render();
        }
    }

    public void zoomIn() {
        setZoom(zoom.get() * 1.25);
    }

    public void zoomOut() {
        setZoom(zoom.get() / 1.25);
    }

    /** The zoom at which the page fills {@code width} screen pixels. */
    public void fitWidth(double width) {
        setZoom((width - 24) / (pageSize[0] / 72.0 * SCREEN_DPI));
    }

    private void setZoom(double z) {
        double clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        if (Math.abs(clamped - zoom.get()) > 1e-6) {
            zoom.set(clamped);
            render();
        }
    }

    /** Prints every page through the system dialog; with no printer, offers the PDF instead. */
    public void print() {
        if (pages == null) {
            return;
        }
        if (!printing.hasPrinter()) {
            if (dialogs.confirm(messages.get("document.print.noPrinter.title"), messages.get("document.print.noPrinter"),
                    messages.get("document.print.noPrinter.detail"))) {
                saveAsPdf();
            }
            return;
        }
        Optional<Printing.Session> session = printing.showDialog(title);
        if (session.isEmpty()) {
            return;
        }
        Printing.Session s = session.get();
        CancelToken.Flag token = CancelToken.flag();
        cancel = token;
        busy.set(true);
        PdfPages p = pages;
        int n = p.count();
        tasks.run(messages.get("document.print.running"), progress -> {
            for (int i = 0; i < n; i++) {
                if (token.isCancelled()) {
                    s.cancel();
                    throw new CancelledException();
                }
                progress.progress(i, n, messages.get("document.print.page", i + 1, n));
                if (!s.printPage(p.render(i, PRINT_DPI))) {
                    s.cancel();
                    throw new IllegalStateException(messages.get("document.print.refused", i + 1));
                }
            }
            if (!s.end()) {
                throw new IllegalStateException(messages.get("document.print.failed"));
            }
            record.printed(n);
            return n;
        }, done -> {
            busy.set(false);
            outcome.set(messages.get("document.print.done", done));
        }, this::failed);
    }

    /** Writes the PDF where the user chooses. */
    public void saveAsPdf() {
        if (pdf == null) {
            return;
        }
        Optional<Path> target = files.savePdf(messages.get("document.save.title"), suggestedFileName);
        if (target.isEmpty()) {
            return;
        }
        byte[] bytes = pdf;
        int n = pages == null ? 0 : pages.count();
        tasks.run(messages.get("document.save.running"), progress -> {
            Path written = Files.write(target.get(), bytes);
            record.saved(written, n);
            return written;
        },
                written -> outcome.set(messages.get("document.save.done", written.toString())), this::failed);
    }

    /** Stops the PDF being made or the pages being printed. */
    public void cancel() {
        cancel.cancel();
    }

    /** Lets go of the PDF (when the window closes). */
    public void close() {
        cancel.cancel();
        PdfPages p = pages;
        pages = null;
        if (p != null) {
            tasks.run(messages.get("document.preview.closing"), progress -> {
                p.close();
                return null;
            }, ignored -> { });
        }
    }

    public String title() {
        return title;
    }

    public IntegerProperty pageIndexProperty() { return pageIndex; }
    public IntegerProperty pageCountProperty() { return pageCount; }
    public DoubleProperty zoomProperty() { return zoom; }
    public ObjectProperty<Image> imageProperty() { return image; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty outcomeProperty() { return outcome; }

    /** 第 n 页 / 共 m 页 */
    public StringBinding pageLabel() {
        return Bindings.createStringBinding(() -> pageCount.get() == 0 ? ""
                : messages.get("document.preview.page", pageIndex.get() + 1, pageCount.get()), pageIndex, pageCount);
    }

    public StringBinding zoomLabel() {
        return Bindings.createStringBinding(() -> Math.round(zoom.get() * 100) + "%", zoom);
    }

    public BooleanBinding canPrevious() {
        return pageIndex.greaterThan(0).and(busy.not());
    }

    public BooleanBinding canNext() {
        return pageIndex.add(1).lessThan(pageCount).and(busy.not());
    }

    /** A PDF is there to print or save, and nothing runs. */
    public BooleanBinding ready() {
        return pageCount.greaterThan(0).and(busy.not());
    }

    /** The running task's message and progress (the task runner's, as in the status bar). */
    public ReadOnlyStringProperty progressTextProperty() { return tasks.messageProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return tasks.progressProperty(); }
}
