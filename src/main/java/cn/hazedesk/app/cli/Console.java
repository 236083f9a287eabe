package cn.hazedesk.app.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 standard streams, so Chinese output survives a POSIX "C" locale; on a Windows console the console's
 * own code page is used instead.
 */
public final class Console {
    private Console() {
    }

    private static Charset charset() {
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        java.io.Console console = System.console();
        if (windows && console != null) {
            return console.charset();
        }
        return StandardCharsets.UTF_8;
    }

    public static PrintStream out() {
        return new PrintStream(new FileOutputStream(FileDescriptor.out), true, charset());
    }

    public static PrintStream err() {
        return new PrintStream(new FileOutputStream(FileDescriptor.err), true, charset());
    }
}
