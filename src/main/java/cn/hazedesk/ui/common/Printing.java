package cn.hazedesk.ui.common;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The system's printing, as view models use it (the app's is {@link FxPrinting}; tests fake it): whether a printer
 * is installed, the system print dialog, then one page image after the other, off the JavaFX thread.
 */
public interface Printing {
    /** False when no printer is installed (then the PDF route is offered). */
    boolean hasPrinter();

    /** Shows the system print dialog (on the JavaFX thread); empty when the user cancels it or no job can start. */
    Optional<Session> showDialog(String jobName);

    /** A print job that the dialog started. Its methods may be called off the JavaFX thread. */
    interface Session {
        /** Prints one page, scaled to the printable area keeping its proportions; false when the printer refused. */
        boolean printPage(BufferedImage page);

        /** Sends the job to the printer; false when it failed. */
        boolean end();

        void cancel();
    }
}
