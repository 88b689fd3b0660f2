package city.sanitation.app.infra;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: without {@code spring.datasource.url} the app runs its own PostgreSQL, keeping its data in
 * {@code sanitation.embedded-postgres.data-dir} so that it survives a restart, a crash of the app and a power cut.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${sanitation.embedded-postgres.data-dir:./data/pg}") Path configuredDataDir,
            @Value("${sanitation.embedded-postgres.port:0}") int port)
            throws IOException, SQLException {
        Path dataDir = configuredDataDir.toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        new LeftoverPostgres(dataDir).clear();
        PostgresAccess access = PostgresAccess.of(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Stopped by the context (destroyMethod close), after the beans that use it: its own JVM shutdown hook
                // stopped it while a solve running at shutdown was still storing its plan (and the Quartz thread
                // finishing that solve's job then waited for the database forever).
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "localhost")
                // embedded-postgres is made for tests: it turns these off (fsync with -F) for speed. An acknowledged
                // report must survive a power cut.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        access.configure(builder);
        EmbeddedPostgres postgres = builder.start();
        try {
            access.afterStart(postgres);
            requireOwnServer(postgres, dataDir);
        } catch (RuntimeException | SQLException e) {
            postgres.close();
            throw e;
        }
        LOG.info("Embedded PostgreSQL on port {} with its data in {}", postgres.getPort(), dataDir);
        return postgres;
    }

    /** A fixed port may answer with another PostgreSQL when ours could not bind it: never work on its data. */
    private static void requireOwnServer(EmbeddedPostgres postgres, Path dataDir) throws SQLException, IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet shown = statement.executeQuery("SHOW data_directory")) {
            shown.next();
            Path served = Path.of(shown.getString(1));
            if (!Files.exists(served) || !Files.isSameFile(served, dataDir)) {
                throw new IllegalStateException("Port " + postgres.getPort() + " answers with the PostgreSQL of "
                        + served + ", not the one of the data folder " + dataDir + ". Maybe another PostgreSQL uses"
                        + " sanitation.embedded-postgres.port=" + postgres.getPort() + "; choose a free port, or 0"
                        + " for any free port.");
            }
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            EmbeddedPostgres postgres,
            @Value("${sanitation.embedded-postgres.data-dir:./data/pg}") Path dataDir,
            // The same setting as for a PostgreSQL server (Sizing in scheduler-app/README.md).
            @Value("${spring.datasource.hikari.maximum-pool-size:10}") int maximumPoolSize)
            throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl(PostgresAccess.SUPERUSER, "postgres"));
        dataSource.setUsername(PostgresAccess.SUPERUSER);
        dataSource.setPassword(
                PostgresAccess.passwordIn(dataDir.toAbsolutePath().normalize()));
        dataSource.setMaximumPoolSize(maximumPoolSize);
        return dataSource;
    }
}
