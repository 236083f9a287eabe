package cn.hazedesk.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link OnPostgres}'s extension: gives each {@code @TempDir} data folder of the test (a field, in the class or its
 * superclasses) a database.properties naming a new database of the embedded PostgreSQL, and after the test checks
 * that no H2 database file was made under those folders (a test that quietly stayed on H2 fails) and drops the
 * databases. A test that
 * makes its data folders below the temporary folder asks {@link #prepare} for each.
 */
public final class PostgresFolders implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(PostgresFolders.class);
    /** The databases of the test running on this thread (for {@link #prepare}); empty outside an {@link OnPostgres} test. */
    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        List<String> databases = new ArrayList<>();
        CURRENT.set(databases);
        context.getStore(NS).put("databases", databases);
        List<Path> folders = new ArrayList<>();
        context.getStore(NS).put("folders", folders);
        Object test = context.getRequiredTestInstance();
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(TempDir.class) && f.getType() == Path.class) {
                    f.setAccessible(true);
                    Path folder = (Path) f.get(test);
                    folders.add(folder);
                    prepare(folder);
                }
            }
        }
    }

    /**
     * In an {@link OnPostgres} test, makes {@code dataFolder} work on a new database of the embedded PostgreSQL (once:
     * a folder that has its settings keeps them); elsewhere does nothing (the folder keeps its H2 file).
     */
    public static void prepare(Path dataFolder) {
        List<String> databases = CURRENT.get();
        if (databases != null && !Files.exists(dataFolder.resolve("database.properties"))) {
            String db = PostgresServer.migratedDatabase();
            databases.add(db);
            PostgresServer.useIn(dataFolder, db);
        }
    }

    /** Whether the test running on this thread runs on PostgreSQL. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) throws Exception {
        CURRENT.remove();
        List<String> databases = (List<String>) context.getStore(NS).get("databases");
        List<Path> folders = (List<Path>) context.getStore(NS).get("folders");
        try {
            if (context.getExecutionException().isEmpty()) {
                for (Path f : folders) {
                    try (var files = Files.walk(f)) {
                        List<Path> h2 = files.filter(p -> p.getFileName().toString().endsWith(".mv.db")).toList();
                        if (!h2.isEmpty()) {
                            throw new AssertionError("the test worked on H2, not on PostgreSQL: " + h2);
                        }
                    }
                }
            }
        } finally {
            for (String db : databases) {
                PostgresServer.drop(db);
            }
        }
    }
}
