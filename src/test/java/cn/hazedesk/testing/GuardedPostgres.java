package cn.hazedesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL of its own, set up as a bureau's server is: passwords required (scram-sha-256 in its pg_hba.conf for
 * everyone but the tests' superuser), TLS offered with a self-signed certificate made for the test (the JDK's keytool),
 * one database that accepts encrypted connections only ({@link #TLS_ONLY}) and one that refuses this computer
 * ({@link #BLOCKED}). The seat's role {@link #USER} has the password {@link #PASSWORD}.
 */
public final class GuardedPostgres implements AutoCloseable {
    public static final String USER = "seat";
    public static final String PASSWORD = "Seat-Password-1";
    public static final String TLS_ONLY = "tlsonly";
    public static final String BLOCKED = "blocked";
    private final EmbeddedPostgres pg;

    private GuardedPostgres(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    public static GuardedPostgres start(Path dir) throws IOException, InterruptedException {
        Path hba = dir.resolve("pg_hba.conf");
        Files.writeString(hba, String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host " + BLOCKED + " all 127.0.0.1/32 reject",
                "host " + BLOCKED + " all ::1/128 reject",
                "hostnossl " + TLS_ONLY + " all 127.0.0.1/32 reject",
                "hostnossl " + TLS_ONLY + " all ::1/128 reject",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", ""), StandardCharsets.UTF_8);
        Path cert = dir.resolve("server.crt");
        Path key = dir.resolve("server.key");
        selfSignedCertificate(dir, cert, key);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setServerConfig("hba_file", hba.toString())
                .setServerConfig("ssl", "on")
                .setServerConfig("ssl_cert_file", cert.toString())
                .setServerConfig("ssl_key_file", key.toString())
                .setServerConfig("password_encryption", "scram-sha-256")
                .start();
        GuardedPostgres g = new GuardedPostgres(pg);
        g.admin("CREATE ROLE " + USER + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + PASSWORD + "'");
        g.admin("CREATE DATABASE " + TLS_ONLY + " OWNER " + USER);
        g.admin("CREATE DATABASE " + BLOCKED + " OWNER " + USER);
        return g;
    }

    /** A key pair and a self-signed certificate for "localhost" by the JDK's keytool, written as PEM files. */
    private static void selfSignedCertificate(Path dir, Path cert, Path key) throws IOException, InterruptedException {
        Path store = dir.resolve("server.p12");
        char[] pass = "changeit".toCharArray();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "san=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", new String(pass), "-keypass", new String(pass))
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("keytool: " + new String(out, StandardCharsets.UTF_8));
        }
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(store)) {
                ks.load(in, pass);
            }
            Certificate c = ks.getCertificate("server");
            PrivateKey k = (PrivateKey) ks.getKey("server", pass);
            Files.writeString(cert, pem("CERTIFICATE", c.getEncoded()), StandardCharsets.US_ASCII);
            Files.createFile(key, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(key, pem("PRIVATE KEY", k.getEncoded()), StandardCharsets.US_ASCII);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    public int port() {
        return pg.getPort();
    }

    /** As the server's superuser (the tests' set-up only). */
    public void admin(String sql) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** As the superuser, in {@code database}. */
    public void adminIn(String database, String sql) {
        try (Connection c = pg.getDatabase("postgres", database).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
