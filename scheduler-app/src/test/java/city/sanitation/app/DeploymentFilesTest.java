package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose.yaml and deploy/nginx.conf must fit the app as it is: without a container engine here, this reads them
 * as an engine and nginx would and checks them against application.properties.
 */
class DeploymentFilesTest {

    /** Properties the app reads that application.properties leaves to Spring's defaults. */
    private static final Set<String> SPRING_PROPERTIES = Set.of(
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.datasource.hikari.maximum-pool-size",
            "server.forward-headers-strategy");

    private final Map<String, Object> services = services();
    private final Properties application = applicationProperties();

    @Test
    void two_app_nodes_meet_at_the_compose_postgresql() {
        Map<String, Object> postgres = map(services.get("postgres"));
        Map<String, Object> database = map(postgres.get("environment"));
        List<String> nodes = appNodes();

        assertThat(nodes).hasSizeGreaterThanOrEqualTo(2);
        for (String node : nodes) {
            Map<String, Object> environment = map(map(services.get(node)).get("environment"));
            assertThat(environment.get("SPRING_DATASOURCE_URL"))
                    .as(node)
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + database.get("POSTGRES_DB"));
            assertThat(environment.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(database.get("POSTGRES_USER"));
            assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).isEqualTo(database.get("POSTGRES_PASSWORD"));
            assertThat(map(map(services.get(node)).get("depends_on"))).containsKey("postgres");
        }
        // One node makes the sample district at the first start; two at once would both try.
        assertThat(nodes.stream()
                        .filter(node -> "true"
                                .equals(map(map(services.get(node)).get("environment"))
                                        .get("SANITATION_SAMPLE_ENABLED")))
                        .count())
                .isEqualTo(1);
    }

    @Test
    void every_setting_of_an_app_node_is_a_property_the_app_reads() {
        List<String> known = Stream.concat(application.stringPropertyNames().stream(), SPRING_PROPERTIES.stream())
                // Quartz's own keys keep its camel case, which no environment variable binds to.
                .filter(ConfigurationPropertyName::isValid)
                .toList();
        for (String node : appNodes()) {
            Map<String, Object> environment = map(map(services.get(node)).get("environment"));
            for (String variable : environment.keySet()) {
                if (referencedByApplicationProperties(variable)) {
                    continue;
                }
                // Spring's binding (upper case, dots as underscores, no dashes) must land on a property it reads.
                Binder binder = binderOf(Map.of(variable, environment.get(variable)));
                assertThat(known.stream()
                                .filter(property ->
                                        binder.bind(property, String.class).isBound())
                                .toList())
                        .as("%s of %s", variable, node)
                        .isNotEmpty();
            }
        }
    }

    /** Spring Boot's binding of the variables alone, as it reads the environment of a process. */
    private static Binder binderOf(Map<String, Object> variables) {
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        spring.getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        // No placeholder resolution: the values are compose's own ${...}, read by the engine.
        return new Binder(ConfigurationPropertySources.get(spring));
    }

    @Test
    void proxy_spreads_over_every_node_and_streams_live_solving_unbuffered() throws IOException {
        Map<String, Object> proxy = map(services.get("proxy"));
        assertThat(list(proxy.get("volumes"))).contains("./nginx.conf:/etc/nginx/nginx.conf:ro");
        String nginx = Files.readString(deployFile("nginx.conf"));

        List<String> upstream = new ArrayList<>();
        Matcher servers = Pattern.compile("(?m)^\\s*server ([\\w.-]+:\\d+)").matcher(nginx);
        while (servers.find()) {
            upstream.add(servers.group(1));
        }
        String port = application.getProperty("server.port");
        assertThat(upstream)
                .containsExactlyInAnyOrderElementsOf(
                        appNodes().stream().map(node -> node + ":" + port).toList());

        Matcher events = Pattern.compile("location ~ (\\S+) \\{([^}]*)}").matcher(nginx);
        assertThat(events.find()).isTrue();
        assertThat("/api/plans/42/events").matches(events.group(1));
        assertThat("/api/plans/42/versions").doesNotMatch(events.group(1));
        assertThat(events.group(2)).contains("proxy_buffering off;").contains("proxy_pass http://scheduler;");

        Matcher bodyLimit = Pattern.compile("client_max_body_size (\\d+)m;").matcher(nginx);
        assertThat(bodyLimit.find()).isTrue();
        // The app, not the proxy, answers a dataset over its limit, with a 413 naming the property.
        assertThat(DataSize.ofMegabytes(Long.parseLong(bodyLimit.group(1))))
                .isGreaterThan(DataSize.parse(application.getProperty("sanitation.limits.dataset-body")));
    }

    /** A variable application.properties reads itself, as in {@code ${SANITATION_ADMIN_PASSWORD:}}. */
    private boolean referencedByApplicationProperties(String variable) {
        return application.values().stream()
                .map(String::valueOf)
                .anyMatch(value -> value.contains("${" + variable + ":") || value.contains("${" + variable + "}"));
    }

    private List<String> appNodes() {
        return services.entrySet().stream()
                .filter(service ->
                        String.valueOf(map(service.getValue()).get("image")).contains("sanitation-scheduler"))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The services as an engine reads them: YAML with its anchors and merge keys resolved. */
    private static Map<String, Object> services() {
        try (InputStream compose = Files.newInputStream(deployFile("compose.yaml"))) {
            Map<String, Object> document = new Yaml().load(compose);
            return new LinkedHashMap<>(map(document.get("services")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = DeploymentFilesTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    private static Path deployFile(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy").resolve(name))) {
                return dir.resolve("deploy").resolve(name);
            }
        }
        throw new IllegalStateException("The file (deploy/" + name + ") is not in the repository.");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
