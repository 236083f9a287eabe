package cn.hazedesk.crash;

import cn.hazedesk.app.AppContext;
import cn.hazedesk.application.StoredEnterprise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static cn.hazedesk.infra.db.generated.Tables.ENTERPRISE;
import static cn.hazedesk.infra.db.generated.Tables.PRODUCTION_LINE;

/**
 * Runs the packaged app ({@code target/hazedesk.jar}, as {@code mvn package} builds it) as a separate process,
 * kills it with SIGKILL ({@link Process#destroyForcibly()}), and reads what a data folder holds afterwards the way
 * the next start does ({@link AppContext#open}: migrations, discarding unfinished list versions).
 */
final class KillHarness {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path JAR = PROJECT.resolve("target/hazedesk.jar");
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private KillHarness() {
    }

    /** What a data folder's list is after a start: counts, a checksum of every value, rows of other versions. */
    record ListState(int enterprises, int lines, String checksum, int rowsOfOtherVersions, String schema) {
        String counts() {
            return enterprises + " enterprises / " + lines + " lines";
        }
    }

    /** Opens the folder as the app's next start does and reads the whole list. */
    static ListState read(Path folder) {
        try (AppContext ctx = AppContext.open(folder, Clock.systemDefaultZone())) {
            List<StoredEnterprise> all = new ArrayList<>(ctx.enterprises().loadAll());
            all.sort(Comparator.comparing(s -> s.enterprise().uscc()));
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            int lines = 0;
            for (StoredEnterprise s : all) {
                sha.update(s.enterprise().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) (s.sample() ? 1 : 0));
                lines += s.enterprise().lines().size();
            }
            int rows = ctx.store().dsl().fetchCount(ENTERPRISE) + ctx.store().dsl().fetchCount(PRODUCTION_LINE);
            return new ListState(all.size(), lines, HexFormat.of().formatHex(sha.digest()), rows - all.size() - lines,
                    ctx.store().schemaVersion());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the jar with these arguments on {@code folder}; output goes to files beside the folder. */
    static Process start(Path folder, String... args) throws IOException {
        return start(List.of(), folder, args);
    }

    /** The city's list maintainer that {@code list import} signs in as (issue 14: data-changing commands need it). */
    static final String USER = "清单维护员";
    private static final String FIRST_PASSWORD = "First2026kill";
    private static final String PASSWORD = "Kill2026test";
    private static final String MARKER = ".test-user";

    /**
     * Gives the data folder an administrator and a city list maintainer (once; a marker file says so, and copies of
     * the folder carry it), so that the jar's {@code list import} can sign in. Call it on a template before copying.
     */
    static void ensureUser(Path folder) throws IOException {
        if (Files.exists(folder.resolve(MARKER))) {
            return;
        }
        try (AppContext ctx = AppContext.open(folder, Clock.systemDefaultZone())) {
            var accounts = ctx.accounts();
            if (!accounts.hasAdministrator()) {
                var admin = accounts.createFirstAdministrator("管理员", PASSWORD.toCharArray()).value();
                accounts.addUser(admin, USER, "LIST_MAINTAINER", cn.hazedesk.domain.access.Scope.CITY,
                        FIRST_PASSWORD.toCharArray()).value();
                accounts.changePassword(USER, FIRST_PASSWORD.toCharArray(), PASSWORD.toCharArray()).value();
            }
        }
        Files.writeString(folder.resolve(MARKER), USER);
    }

    /** {@code args}, with the maintainer's sign-in added where the command changes the list. */
    private static List<String> signedIn(Path folder, String... args) throws IOException {
        List<String> out = new ArrayList<>(List.of(args));
        if (args.length >= 2 && args[0].equals("list") && args[1].equals("import")) {
            ensureUser(folder);
            Path pw = folder.resolveSibling(folder.getFileName() + ".pw");
            Files.writeString(pw, PASSWORD + "\n");
            out.addAll(List.of("--user", USER, "--password-file", pw.toString()));
        }
        return out;
    }

    /** {@code prefix}: what runs the JVM (e.g. a shell that limits file sizes, or another user). */
    static Process start(List<String> prefix, Path folder, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", JAR.toString(), "--data-dir", folder.toString()));
        cmd.addAll(signedIn(folder, args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(folder.getParent().toFile());
        Map<String, String> env = pb.environment();
        env.remove("HAZEDESK_HOME");
        env.remove("DISPLAY");
        pb.redirectOutput(folder.resolveSibling(folder.getFileName() + ".out").toFile());
        pb.redirectError(folder.resolveSibling(folder.getFileName() + ".err").toFile());
        return pb.start();
    }

    /** Runs the jar to its end; returns the exit code. */
    static int run(Path folder, long timeoutSeconds, String... args) throws Exception {
        return run(List.of(), folder, timeoutSeconds, args);
    }

    static int run(List<String> prefix, Path folder, long timeoutSeconds, String... args) throws Exception {
        Process p = start(prefix, folder, args);
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("hazedesk " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
        }
        return p.exitValue();
    }

    static String stderr(Path folder) throws IOException {
        return Files.readString(folder.resolveSibling(folder.getFileName() + ".err"), StandardCharsets.UTF_8);
    }

    static String stdout(Path folder) throws IOException {
        return Files.readString(folder.resolveSibling(folder.getFileName() + ".out"), StandardCharsets.UTF_8);
    }

    /** Kills the process the hard way (SIGKILL on Linux: no shutdown hook, no finally, no flush). */
    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + p.pid() + " did not die");
        }
    }

    /** Makes {@code to} hold exactly what {@code from} holds ({@code to} itself is kept: it may be a mount point). */
    static void copyFolder(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> inside = Files.list(to)) {
                for (Path p : inside.toList()) {
                    deleteFolder(p);
                }
            }
        }
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void deleteFolder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            Files.delete(dir);
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The log lines of the folder's hazedesk.log with their time in ms since the epoch (local time). */
    static List<Map.Entry<Long, String>> log(Path folder) throws IOException {
        Path file = folder.resolve("logs/hazedesk.log");
        List<Map.Entry<Long, String>> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.length() < 23) {
                continue;
            }
            try {
                long t = LocalDateTime.parse(line.substring(0, 23), LOG_TIME).atZone(java.time.ZoneId.systemDefault())
                        .toInstant().toEpochMilli();
                out.add(Map.entry(t, line.substring(23)));
            } catch (RuntimeException e) {
                // a line cut by the kill
            }
        }
        return out;
    }

    /** Waits until the folder's log holds a line with {@code text} (or the process has ended). */
    static void awaitLog(Process p, Path folder, String text, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        Path file = folder.resolve("logs/hazedesk.log");
        while (System.currentTimeMillis() < end && p.isAlive()) {
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(5);
        }
    }

    /** The time (ms since start) of the first log line containing {@code text}, or -1. */
    static long at(List<Map.Entry<Long, String>> log, long start, String text) {
        return log.stream().filter(e -> e.getValue().contains(text)).mapToLong(e -> e.getKey() - start).findFirst().orElse(-1);
    }
}
