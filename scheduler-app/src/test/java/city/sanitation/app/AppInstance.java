package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.security.Accounts;
import city.sanitation.app.security.ApiTokens;
import city.sanitation.app.security.NewAccount;
import city.sanitation.app.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** One running app for a test, with a small HTTP client that returns status and JSON. */
public final class AppInstance implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final ConfigurableApplicationContext context;
    public final String baseUrl;
    private final Client admin;
    private final String adminToken;

    /** The account the tests act as unless they say otherwise: an admin may do everything. */
    static final String TEST_ADMIN = "test-admin";

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://localhost:" + port;
        this.adminToken = tokenFor(new NewAccount(TEST_ADMIN, "Test admin", Role.ADMIN, Set.of(), null, null, null));
        this.admin = new Client(client(adminToken));
    }

    /** The Authorization header of the test admin, for tests with their own HTTP client. */
    public String authorization() {
        return "Bearer " + adminToken;
    }

    /** A client acting as the account, made (without a password) if it does not exist, through a bearer token. */
    public AppInstance.Client as(NewAccount account) {
        return new Client(client(tokenFor(account)));
    }

    /** Makes the account with its password (to be used as it is, no change asked) for signing in on the pages. */
    public void withPassword(NewAccount account) {
        context.getBean(Accounts.class).create(account, false);
    }

    /** A client that sends no credentials at all. */
    public AppInstance.Client anonymous() {
        return new Client(RestClient.builder().baseUrl(baseUrl).build());
    }

    private String tokenFor(NewAccount account) {
        Accounts accounts = context.getBean(Accounts.class);
        if (accounts.all().stream().noneMatch(existing -> existing.username().equals(account.username()))) {
            accounts.create(account, false);
        }
        return context.getBean(ApiTokens.class)
                .create(account.username(), "tests")
                .secret();
    }

    private RestClient client(String token) {
        // An answer that takes this long is an event stream left open, never a request the tests wait for.
        var requests = new JdkClientHttpRequestFactory();
        requests.setReadTimeout(Duration.ofSeconds(30));
        return RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .defaultHeader("Authorization", "Bearer " + token)
                .build();
    }

    /** The same small HTTP interface as the app's own, for another account. */
    public record Client(RestClient http) {
        public Response get(String path) {
            return exchange(http.get().uri(path));
        }

        public Response post(String path, Object body) {
            return exchange(http.post()
                    .uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(json(body)));
        }

        public Response put(String path, Object body) {
            return exchange(
                    http.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json(body)));
        }

        public Response delete(String path) {
            return exchange(http.delete().uri(path));
        }

        /** Uploads one file as the multipart part {@code part}. */
        public Response upload(String path, String part, Resource file) {
            LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add(part, file);
            return exchange(http.post()
                    .uri(path)
                    .contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(form));
        }

        public Response send(HttpMethod method, String path, Object body) {
            var request = http.method(method).uri(path);
            return body == null
                    ? exchange(request)
                    : exchange(request.contentType(MediaType.APPLICATION_JSON).body(json(body)));
        }
    }

    /** Starts the app with the test defaults (short solving, no sample district) plus {@code properties}. */
    public static AppInstance start(String... properties) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--sanitation.sample.enabled=false",
                "--sanitation.sample.size=small",
                "--sanitation.solver.time-limit=3s",
                "--sanitation.solver.checkpoint-interval=1s",
                "--sanitation.solver.environment-mode=NO_ASSERT",
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000"));
        for (String property : properties) {
            String key = "--" + property.substring(0, property.indexOf('=') + 1);
            args.removeIf(arg -> arg.startsWith(key));
            args.add("--" + property);
        }
        return new AppInstance(
                new SpringApplicationBuilder(SchedulerApplication.class).run(args.toArray(String[]::new)));
    }

    /**
     * Imports the small sample district for {@code day} at {@code districtPath} ({@code /api/districts/{id}}), the
     * start of most tests.
     */
    public void importSmallDistrict(String districtPath, LocalDate day) {
        Response imported = post(districtPath + "/datasets", SampleData.smallDistrict(day));
        if (imported.status().value() != 201) {
            throw new IllegalStateException("The small district was not imported at (" + districtPath + "): "
                    + imported.status() + " " + imported.body());
        }
    }

    /** Makes a new plan of {@code district} for {@code day} and answers its id: the first step of every solve. */
    public long createPlan(String district, LocalDate day) {
        Response created = post("/api/districts/" + district + "/plans", Map.of("date", day.toString()));
        assertThat(created.status().value())
                .as("a new plan of district %s for %s: %s", district, day, created.body())
                .isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /**
     * Solves the plan afresh and waits, at most {@code timeout}, until that run has ended with the plan's version 1:
     * what a test needs before it reads or publishes the plan.
     */
    public void solveToFirstVersion(long planId, Duration timeout) {
        Response run = post("/api/plans/" + planId + "/solve", Map.of());
        assertThat(run.status().value())
                .as("the solve of plan %d: %s", planId, run.body())
                .isEqualTo(202);
        Awaitility.await("the first version of plan " + planId).atMost(timeout).until(() -> {
            JsonNode plan = get("/api/plans/" + planId).json();
            return !plan.get("solving").asBoolean() && !plan.get("versions").isEmpty();
        });
    }

    /** Publishes version 1 of the plan, for its crews to work from, and answers the published version. */
    public JsonNode publishFirstVersion(long planId) {
        Response published = post("/api/plans/" + planId + "/versions/1/publish", Map.of());
        assertThat(published.status().value())
                .as("publishing version 1 of plan %d: %s", planId, published.body())
                .isEqualTo(200);
        return published.json();
    }

    /** Version 1 of the plan with its routes, stops and what it left undone. */
    public JsonNode firstVersion(long planId) {
        Response version = get("/api/plans/" + planId + "/versions/1");
        assertThat(version.status().value())
                .as("version 1 of plan %d: %s", planId, version.body())
                .isEqualTo(200);
        return version.json();
    }

    /** A component of the running app, for a test to drive what a timer would (a poll) at the moment it chooses. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public Response get(String path) {
        return admin.get(path);
    }

    public Response post(String path, Object body) {
        return admin.post(path, body);
    }

    public Response put(String path, Object body) {
        return admin.put(path, body);
    }

    Response upload(String path, String part, Resource file) {
        return admin.upload(path, part, file);
    }

    Response delete(String path) {
        return admin.delete(path);
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Response exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, res) -> {
            String body = new String(res.getBody().readAllBytes());
            return new Response(res.getStatusCode(), body);
        });
    }

    public static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    public record Response(HttpStatusCode status, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }
    }
}
