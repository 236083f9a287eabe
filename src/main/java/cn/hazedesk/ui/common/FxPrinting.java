package cn.hazedesk.ui.common;

import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Supplier;

/** Printing with javafx.print: the system print dialog, then each page image fitted to the printable area. */
public final class FxPrinting implements Printing {
    private final Supplier<Window> owner;

    public FxPrinting(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean hasPrinter() {
        try {
            return Printer.getDefaultPrinter() != null || !Printer.getAllPrinters().isEmpty();
        } catch (RuntimeException e) { // no print service at all on this machine
            return false;
        }
    }

    @Override
    public Optional<Session> showDialog(String jobName) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Optional.empty();
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(owner.get())) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(new Session() {
            @Override
            public boolean printPage(BufferedImage page) {
                PageLayout layout = job.getJobSettings().getPageLayout();
                ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
                view.setPreserveRatio(true);
                view.setSmooth(true);
                double w = layout.getPrintableWidth();
                double h = layout.getPrintableHeight();
                if (page.getWidth() / (double) page.getHeight() > w / h) {
                    view.setFitWidth(w);
                } else {
                    view.setFitHeight(h);
                }
                return job.printPage(layout, view);
            }

            @Override
            public boolean end() {
                return job.endJob();
            }

            @Override
            public void cancel() {
                job.cancelJob();
            }
        });
    }
}
