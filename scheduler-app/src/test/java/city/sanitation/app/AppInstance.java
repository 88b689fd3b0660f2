package city.sanitation.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** One running app for a test, with a small HTTP client that returns status and JSON. */
public final class AppInstance implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final ConfigurableApplicationContext context;
    final RestClient http;
    public final String baseUrl;

    private AppInstance(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://localhost:" + port;
        this.http = RestClient.builder().baseUrl(baseUrl).build();
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

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public Response get(String path) {
        return exchange(http.get().uri(path));
    }

    public Response post(String path, Object body) {
        return exchange(
                http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json(body)));
    }

    Response put(String path, Object body) {
        return exchange(
                http.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json(body)));
    }

    /** Uploads one file as the multipart part {@code part}. */
    Response upload(String path, String part, org.springframework.core.io.Resource file) {
        org.springframework.util.LinkedMultiValueMap<String, Object> form =
                new org.springframework.util.LinkedMultiValueMap<>();
        form.add(part, file);
        return exchange(
                http.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(form));
    }

    Response delete(String path) {
        return exchange(http.delete().uri(path));
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
