package cn.hazedesk.infra.db;

import cn.hazedesk.application.BackupInfo;
import cn.hazedesk.domain.audit.AuditChain;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Backup files on disk: their names ({@code hazedesk-<yyyyMMdd-HHmmss>-<reason>.zip}, a zip holding
 * {@code hazedesk.mv.db}, as H2's {@code BACKUP TO} writes it), the small {@code .properties} file beside each with
 * what checking it found (its manifest: counts, schema, status and the record code of the audit chain's head inside
 * it), and the check itself: extract, open read-only, read the schema version, count the list, read the chain's head.
 * Files are written under a temporary name, forced to disk and renamed, so a name only ever points to a whole file.
 */
final class BackupFiles {
    private static final Logger LOG = LoggerFactory.getLogger(BackupFiles.class);
    static final String ENTRY = Store.DB_NAME + ".mv.db";
    static final String INFO = ".properties";
    static final String PART = ".part";
    /** The manifest's key for the record code of the audit chain's head in the backup (docs/access.md). */
    static final String AUDIT_CODE = "auditHead";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("hazedesk-(\\d{8}-\\d{6})-([a-z0-9-]+?)(?:_\\d+)?\\.zip");

    private BackupFiles() {
    }

    /** A new, unused name in {@code folder} for a backup taken now for {@code reason}. */
    static Path newName(Path folder, LocalDateTime now, String reason) {
        String base = "hazedesk-" + now.format(STAMP) + "-" + reason;
        Path p = folder.resolve(base + ".zip");
        for (int i = 2; Files.exists(p) || Files.exists(partOf(p)); i++) {
            p = folder.resolve(base + "_" + i + ".zip");
        }
        return p;
    }

    static boolean isBackupName(Path file) {
        String n = file.getFileName().toString();
        return n.startsWith("hazedesk-") && n.endsWith(".zip");
    }

    static Path partOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + PART);
    }

    static Path infoOf(Path file) {
        return file.resolveSibling(file.getFileName() + INFO);
    }

    /** The reason and time a backup's name gives (empty reason and the file's time for other names). */
    static Instant timeFromName(Path file, ZoneId zone) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (m.matches()) {
            try {
                return LocalDateTime.parse(m.group(1), STAMP).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                // fall through to the file's time
            }
        }
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    static String reasonFromName(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? m.group(2) : "";
    }

    /** What was recorded when the backup was written, if the record is there and matches the file's size. */
    static Optional<BackupInfo> readInfo(Path file) {
        Path info = infoOf(file);
        if (!Files.isRegularFile(info)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(info, StandardCharsets.UTF_8)) {
            p.load(r);
            long size = Files.size(file);
            if (Long.parseLong(p.getProperty("size", "-1")) != size) {
                return Optional.empty();
            }
            return Optional.of(new BackupInfo(file, Instant.parse(p.getProperty("created")), p.getProperty("reason", ""),
                    size, BackupInfo.Status.valueOf(p.getProperty("status")), p.getProperty("schema", ""),
                    Integer.parseInt(p.getProperty("enterprises", "0")), Integer.parseInt(p.getProperty("lines", "0")),
                    p.getProperty("problem", ""), p.getProperty(AUDIT_CODE, "")));
        } catch (IOException | RuntimeException e) {
            LOG.info("Backup record {} not usable ({}); checking the backup again", info, e.toString());
            return Optional.empty();
        }
    }

    static void writeInfo(BackupInfo b) throws IOException {
        Properties p = new Properties();
        p.setProperty("created", b.createdAt().toString());
        p.setProperty("reason", b.reason());
        p.setProperty("size", String.valueOf(b.size()));
        p.setProperty("status", b.status().name());
        p.setProperty("schema", b.schemaVersion());
        p.setProperty("enterprises", String.valueOf(b.enterprises()));
        p.setProperty("lines", String.valueOf(b.lines()));
        p.setProperty("problem", b.problem() == null ? "" : b.problem());
        p.setProperty(AUDIT_CODE, b.auditCode());
        Path info = infoOf(b.file());
        Path tmp = info.resolveSibling("." + info.getFileName() + PART);
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "HazeDesk backup, checked when written");
        }
        force(tmp);
        Files.move(tmp, info, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The result of opening a database file read-only; {@code auditCode}: the record code of the audit chain's head in
     * it (empty before the chain, schema V13, or when the chain holds no record).
     */
    record Check(BackupInfo.Status status, String schemaVersion, int enterprises, int lines, String problem,
                 String auditCode) {
        Check(BackupInfo.Status status, String schemaVersion, int enterprises, int lines, String problem) {
            this(status, schemaVersion, enterprises, lines, problem, "");
        }
    }

    /**
     * Extracts the backup's database into {@code scratch} (created, emptied first) and checks it there.
     * The extracted file stays in {@code scratch} for the caller (a restore moves it into place).
     */
    static Check extractAndCheck(Path zip, Path scratch) {
        try {
            deleteTree(scratch);
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry entry = z.stream().filter(e -> !e.isDirectory() && Path.of(e.getName()).getFileName().toString().equals(ENTRY))
                    .findFirst().orElse(null);
            if (entry == null) {
                return new Check(BackupInfo.Status.UNREADABLE, "", 0, 0, "no " + ENTRY + " in the zip");
            }
            Path target = scratch.resolve(ENTRY);
            try (InputStream in = z.getInputStream(entry)) {
                Files.copy(in, target);
            }
        } catch (IOException e) {
            StorageErrors.of(e, scratch).ifPresent(f -> {
                throw f; // a full disk is the disk's problem, not the backup's
            });
            return new Check(BackupInfo.Status.UNREADABLE, "", 0, 0, "not a readable zip: " + e.getMessage());
        }
        return check(scratch.resolve(ENTRY));
    }

    /** Opens a closed database file read-only (never changing it), reads its schema version and counts the list. */
    static Check check(Path mvFile) {
        String name = mvFile.getFileName().toString();
        if (!name.endsWith(".mv.db")) {
            throw new IllegalArgumentException("not an H2 file: " + mvFile);
        }
        Path base = mvFile.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + base.toAbsolutePath() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE");
        ds.setUser("sa");
        ds.setPassword("");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            MigrationInfoService info = Flyway.configure().dataSource(ds).locations(Engine.H2.migrations()).load().info();
            MigrationInfo current = info.current();
            if (current == null) {
                return new Check(BackupInfo.Status.UNREADABLE, "", 0, 0, "no HazeDesk schema in the database");
            }
            String schema = current.getVersion().getVersion();
            boolean newer = Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED);
            boolean versioned = count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "AND TABLE_NAME = 'LIST_STATE'") > 0;
            String current1 = versioned ? " WHERE e.list_version = (SELECT current_version FROM list_state WHERE id = 1)" : "";
            int enterprises = count(s, "SELECT COUNT(*) FROM enterprise e" + current1);
            int lines = count(s, "SELECT COUNT(*) FROM production_line l JOIN enterprise e ON l.enterprise_id = e.id" + current1);
            return new Check(newer ? BackupInfo.Status.NEWER_SCHEMA : BackupInfo.Status.USABLE, schema, enterprises, lines,
                    newer ? "written by a newer HazeDesk" : "", auditCode(s));
        } catch (SQLException | RuntimeException e) {
            LOG.info("Database file {} cannot be opened: {}", mvFile, e.toString());
            return new Check(BackupInfo.Status.UNREADABLE, "", 0, 0, String.valueOf(e.getMessage()));
        }
    }

    /**
     * The record code of the chain's head as the database recorded it (the row every append moves), exactly what
     * {@code AuditIntegrityService.headCode()} gave at the moment of the backup; empty before schema V13 or with no
     * record. Whether the chain in the backup is whole is not checked here ({@code audit verify} after a restore does).
     */
    private static String auditCode(Statement s) throws SQLException {
        if (count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "AND TABLE_NAME = 'AUDIT_HEAD'") == 0) {
            return "";
        }
        try (ResultSet r = s.executeQuery("SELECT last_id, last_hash FROM audit_head WHERE id = 1")) {
            if (!r.next() || r.getLong(1) == 0 || r.getString(2) == null) {
                return "";
            }
            return AuditChain.code(r.getLong(1), r.getString(2).strip());
        }
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Zips a closed database file the way {@code BACKUP TO} does (one entry, hazedesk.mv.db). */
    static void zip(Path mvFile, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(ENTRY));
            Files.copy(mvFile, z);
            z.closeEntry();
        }
        force(zip);
    }

    static void force(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    /** Makes a rename in {@code dir} durable where the platform allows it (not on Windows, which needs no help). */
    static void forceFolder(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Folder {} not forced: {}", dir, e.toString());
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void deleteQuietly(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.toString());
        }
    }

    static Stream<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (DirectoryStream<Path> d = Files.newDirectoryStream(folder)) {
            java.util.List<Path> all = new java.util.ArrayList<>();
            d.forEach(all::add);
            return all.stream();
        }
    }
}
