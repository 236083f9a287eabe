package cn.hazedesk.app.cli;

import cn.hazedesk.app.StartupOptions;
import cn.hazedesk.i18n.Messages;

import java.io.PrintStream;

/** What a command may use: the options it was started with, its texts, and its two output streams. */
record CliContext(StartupOptions options, Messages messages, PrintStream out, PrintStream err) {
}
