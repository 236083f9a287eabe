package cn.hazedesk.infra.db;

import java.nio.file.Path;
import java.time.Clock;

/** Run in a separate JVM by StoreTest: tries to open a data folder and prints OPEN or the problem's name. */
public final class StoreProbe {
    private StoreProbe() {
    }

    public static void main(String[] args) {
        try (Store s = Store.open(Path.of(args[0]), Clock.systemUTC())) {
            System.out.println("OPEN " + s.schemaVersion());
        } catch (StoreException e) {
            System.out.println(e.problem() + " " + e.path());
            System.exit(3);
        }
    }
}
