package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every error is a problem detail (application/problem+json with a title and a detail in plain words), whoever
 * answers it: Tomcat before the app, Spring Security's firewall, Spring MVC, the app's own handlers. None names a Java
 * class, a server path or the server software.
 */
class ErrorResponsesIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "/api/districts/pingcheng";

    private static AppInstance app;

    @BeforeAll
    static void start() {
        app = AppInstance.start("spring.datasource.url=" + TestDatabase.freshDatabaseUrl("errorresponses"));
        app.importSmallDistrict(DISTRICT, TODAY);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void tomcatsOwnErrorsAreProblemDetails() throws IOException {
        for (String path : new String[] {"/api/districts/%00", "/api/districts/a%2Fb", "/api/a|b", "/api/{x}"}) {
            var answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertProblem(path, answer.status(), answer.contentType(), answer.body(), 400);
        }
        var longAddress =
                raw("GET /api/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(longAddress.status()).isIn(400, 414);
        assertProblem(
                "a 20,000 character address",
                longAddress.status(),
                longAddress.contentType(),
                longAddress.body(),
                longAddress.status());
        var hugeHeader = raw("GET /api/me HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(hugeHeader.status()).isIn(400, 431);
        assertProblem(
                "a 20,000 character header",
                hugeHeader.status(),
                hugeHeader.contentType(),
                hugeHeader.body(),
                hugeHeader.status());
    }

    @Test
    void theFirewallsRefusalsAreProblemDetails() throws IOException {
        for (String path :
                new String[] {"/api/districts/%2e%2e/x", "/api//districts", "/api/districts;x=1", "/api/districts/a%25"
                }) {
            var answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + app.authorization()
                    + "\r\nConnection: close\r\n\r\n");
            assertProblem(path, answer.status(), answer.contentType(), answer.body(), 400);
        }
    }

    @Test
    void springsErrorsAreProblemDetails() throws Exception {
        assertProblem(http("DELETE", DISTRICT + "/datasets", null, null), 405);
        assertProblem(http("GET", "/api/nothing-here", null, null), 404);
        assertProblem(http("GET", "/js/nothing-here.js", null, null), 404);
        var notAcceptable = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.baseUrl + DISTRICT + "/nightly"))
                                .header("Authorization", app.authorization())
                                .header("Accept", "application/pdf")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertProblem(notAcceptable, 406);
        assertProblem(http("FOO", DISTRICT, null, null), 400);
        assertProblem(http("PUT", DISTRICT + "/nightly", "text/plain", "0 0 18 * * ?"), 415);
        assertProblem(
                http("PUT", DISTRICT + "/nightly", "application/json", "{\"cron\": \"0 0 18 * * ?\", \"x\": 1}"), 400);
        assertProblem(http("POST", DISTRICT + "/osm", "multipart/form-data; boundary=nothing", "--nothing--"), 400);
    }

    private static HttpResponse<String> http(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(app.baseUrl + path))
                .header("Authorization", app.authorization())
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertProblem(response.uri().getPath(), response.statusCode(), contentType(response), response.body(), status);
    }

    @Test
    void unreadableBodiesNameTheFieldInTheUsersTerms() {
        assertField(app.put(DISTRICT + "/nightly", ""), "body", "is required");
        assertField(
                app.put(DISTRICT + "/nightly", "{\"cron\": \"0 0 18 * * ?\",\n \"when\": 1}"),
                "when",
                "is not a field of this request");
        assertField(app.put(DISTRICT + "/nightly", "{\"cron\": "), "body", "is not well-formed JSON at line 1");
        assertField(app.put(DISTRICT + "/nightly", "[\"0 0 18 * * ?\"]"), "body", "must be an object");
        assertField(app.put(DISTRICT + "/nightly", "null"), "body", "is required");
        assertField(
                app.put(DISTRICT + "/nightly", "{\"cron\" 5}"), "body", "is not well-formed JSON at line 1, column");
        assertField(
                app.put(DISTRICT + "/vehicles/veh-x/days-off/" + TODAY, Map.of("reason", Map.of("a", 1))),
                "reason",
                "must be text");
        assertField(
                app.post(DISTRICT + "/plans", Map.of("date", "tomorrow")),
                "date",
                "(tomorrow) is not a date (YYYY-MM-DD)");
        assertField(
                app.put(DISTRICT + "/vehicles/veh-wash-01/days-off/2026-02-30", Map.of("reason", "workshop")),
                "day",
                "is not a date");
    }

    @Test
    void anEmptyVehicleBodyNamesTheMissingFields() {
        var empty = app.put(DISTRICT + "/vehicles/veh-new", Map.of());
        assertProblem(empty, 400);
        JsonNode errors = empty.json().get("errors");
        assertThat(errors.findValuesAsText("field")).contains("id", "name", "typeId", "depotId", "shift");
        var noBody = app.put(DISTRICT + "/vehicles/veh-new", "");
        assertField(noBody, "body", "is required");
    }

    private static RawHttp.Answer raw(String request) throws IOException {
        return RawHttp.send(app.baseUrl, request, null);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static void assertField(AppInstance.Response response, String field, String reason) {
        assertProblem(response, 400);
        JsonNode errors = response.json().get("errors");
        assertThat(errors).as(response.body()).isNotNull();
        boolean named = false;
        for (JsonNode error : errors) {
            named |= error.get("field").asText().equals(field)
                    && error.get("reason").asText().contains(reason);
        }
        assertThat(named).as(response.body()).isTrue();
    }

    private static void assertProblem(AppInstance.Response response, int status) {
        assertProblem("", response.status().value(), "application/problem+json", response.body(), status);
        assertThat(response.json().get("title").asText()).isNotBlank();
    }

    static void assertProblem(String what, int actualStatus, String contentType, String body, int status) {
        assertThat(actualStatus).as(what + ": " + body).isEqualTo(status);
        assertThat(contentType).as(what + ": " + body).startsWith("application/problem+json");
        assertThat(body)
                .as(what)
                .contains("\"title\"", "\"detail\"")
                .doesNotContain(
                        "<html",
                        "Tomcat",
                        "java.",
                        "jakarta.",
                        "tools.jackson",
                        "Exception",
                        "/tmp/",
                        "/work/",
                        "Cannot invoke",
                        "`");
    }
}
