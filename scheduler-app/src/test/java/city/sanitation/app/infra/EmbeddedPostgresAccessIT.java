package city.sanitation.app.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL lets only the app in, with its password, and keeps what it acknowledged. */
class EmbeddedPostgresAccessIT {

    @TempDir
    Path temp;

    private final EmbeddedPostgresConfiguration configuration = new EmbeddedPostgresConfiguration();

    @Test
    void aNewDataFolderGetsAPasswordThatEveryConnectionNeeds() throws Exception {
        Path dataDir = temp.resolve("pg");
        String password;
        try (EmbeddedPostgres postgres = configuration.embeddedPostgres(dataDir, 0)) {
            Path passwordFile = dataDir.resolve(PostgresAccess.PASSWORD_FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
                    .isEqualTo("rw-------");
            password = Files.readString(passwordFile);
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);

            assertRefusedWithoutPassword(postgres.getPort());
            try (Connection connection = connect(postgres.getPort(), password)) {
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
                assertThat(setting(connection, "listen_addresses")).isEqualTo("localhost");
                assertThat(setting(connection, "password_encryption")).isEqualTo("scram-sha-256");
            }
        }
        try (EmbeddedPostgres restarted = configuration.embeddedPostgres(dataDir, 0)) {
            assertThat(Files.readString(dataDir.resolve(PostgresAccess.PASSWORD_FILE)))
                    .isEqualTo(password);
            try (Connection connection = connect(restarted.getPort(), password)) {
                assertThat(setting(connection, "fsync")).isEqualTo("on");
            }
            assertRefusedWithoutPassword(restarted.getPort());
        }
    }

    @Test
    void aDataFolderOfTheOlderVersionWithoutPasswordGetsOneAndKeepsItsData() throws Exception {
        Path dataDir = temp.resolve("pg");
        try (EmbeddedPostgres older = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .start();
                Connection connection = older.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE report (id text); INSERT INTO report VALUES ('kept')");
        }

        try (EmbeddedPostgres upgraded = configuration.embeddedPostgres(dataDir, 0)) {
            String password = Files.readString(dataDir.resolve(PostgresAccess.PASSWORD_FILE));
            assertRefusedWithoutPassword(upgraded.getPort());
            try (Connection connection = connect(upgraded.getPort(), password);
                    Statement statement = connection.createStatement();
                    ResultSet kept = statement.executeQuery("SELECT id FROM report")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("kept");
            }
        }
        try (EmbeddedPostgres restarted = configuration.embeddedPostgres(dataDir, 0)) {
            assertRefusedWithoutPassword(restarted.getPort());
        }
    }

    private static void assertRefusedWithoutPassword(int port) {
        assertThatThrownBy(() -> DriverManager.getConnection(
                                "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres")
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    private static Connection connect(int port, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", password);
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet shown = statement.executeQuery("SHOW " + name)) {
            shown.next();
            return shown.getString(1);
        }
    }
}
