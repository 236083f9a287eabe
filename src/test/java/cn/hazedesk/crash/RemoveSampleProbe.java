package cn.hazedesk.crash;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.infra.logging.LoggingSetup;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in its own JVM by the kill test: removes the sample list from a data folder, as 应急减排清单 → 删除示例数据 does
 * (the desktop app has no command for it), logging to the folder like the app.
 */
public final class RemoveSampleProbe {
    private RemoveSampleProbe() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        LoggingSetup.logToFolderOnly(folder.resolve("logs"));
        try (AppContext ctx = AppContext.open(folder, Clock.systemDefaultZone())) {
            System.out.println("removed " + ctx.sampleData().removeSample(cn.hazedesk.testing.Actors.all("tester")));
        }
    }
}
