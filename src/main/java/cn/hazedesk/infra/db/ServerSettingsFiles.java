package cn.hazedesk.infra.db;

import cn.hazedesk.application.ProgressListener;
import cn.hazedesk.application.ServerCheck;
import cn.hazedesk.application.ServerChoice;
import cn.hazedesk.application.port.ServerConnections;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The data folder's database settings as files: {@code database.properties} (server, database, user, TLS) and, beside
 * it, {@code database.password} holding the password alone, readable and writable by this computer's user only
 * (POSIX mode 600; on Windows an access list naming only the owner). Both are written to a temporary file first and
 * renamed into place, so a settings file is never half written.
 */
public final class ServerSettingsFiles implements ServerConnections {
    /** The password file written beside the settings (named by {@code passwordFile} in them). */
    public static final String PASSWORD_FILE = "database.password";

    private final Store store;
    private final Clock clock;

    public ServerSettingsFiles(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public ServerCheck check(ServerChoice choice) {
        return ServerProbe.check(choice);
    }

    @Override
    public Optional<ServerChoice> current() {
        Optional<DatabaseSettings> s;
        try {
            s = DatabaseSettings.read(store.dataFolder());
        } catch (DatabaseSettings.Invalid e) {
            return Optional.empty();
        }
        return s.flatMap(ServerSettingsFiles::choiceOf);
    }

    /** The choice the settings stand for (no password), if their address reads as host, port and database. */
    static Optional<ServerChoice> choiceOf(DatabaseSettings s) {
        try {
            URI uri = URI.create("postgresql://" + s.server());
            String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return Optional.of(new ServerChoice(uri.getHost(), uri.getPort() < 0 ? ServerChoice.DEFAULT_PORT : uri.getPort(),
                    db, s.user(), "", s.tlsAsked()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean sharedNow() {
        return store.server().isPresent();
    }

    @Override
    public void useServer(ServerChoice choice) {
        Path dir = store.dataFolder();
        String settings = "# HazeDesk: the shared database this seat works on from its next start\n"
                + "# (written by the database settings window; the password is in " + PASSWORD_FILE + ")\n"
                + "url=" + choice.url() + "\n"
                + "user=" + choice.user() + "\n"
                + "passwordFile=" + PASSWORD_FILE + "\n"
                + "sslmode=" + choice.sslmode() + "\n";
        try {
            writeOwnerOnly(dir.resolve(PASSWORD_FILE), choice.password() + "\n");
            writeAtomically(dir.resolve(DatabaseSettings.FILE), settings);
        } catch (IOException e) {
            throw StorageErrors.of(e, dir).<RuntimeException>map(f -> f)
                    .orElseGet(() -> new StoreException(StoreException.Problem.UNWRITABLE, dir, e));
        }
    }

    @Override
    public void useLocalFile() {
        Path dir = store.dataFolder();
        try {
            Files.deleteIfExists(dir.resolve(DatabaseSettings.FILE));
            Files.deleteIfExists(dir.resolve(PASSWORD_FILE));
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.UNWRITABLE, dir, e);
        }
    }

    @Override
    public CopyReport copyTo(ServerChoice target, ProgressListener progress) {
        SharedCopy.Result r;
        try {
            r = SharedCopy.copyOpen(store, ServerProbe.settings(target), clock, progress);
        } catch (StoreException e) {
            if (e.serverOutcome() != null) { // the server's refusal, worded like the connection test's
                throw new cn.hazedesk.application.WordedProblem("server.outcome." + e.serverOutcome().name(), e.detail(), e);
            }
            throw e;
        }
        return new CopyReport(r.rows(), r.audit(), r.schemaVersion());
    }

    /** Writes {@code text} to a new file that only this computer's user may read, then renames it over {@code file}. */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        PosixFileAttributeView posix = Files.getFileAttributeView(file.getParent(), PosixFileAttributeView.class);
        if (posix != null) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
            AclFileAttributeView acl = Files.getFileAttributeView(tmp, AclFileAttributeView.class);
            if (acl != null) {
                UserPrincipal owner = Files.getOwner(tmp);
                acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                        .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
            }
        }
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        BackupFiles.force(tmp);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        BackupFiles.force(tmp);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
