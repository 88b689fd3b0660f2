package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.security.NewAccount;
import city.sanitation.app.security.Role;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of {@code src/test/resources/malformed-requests} is one request a careless or hostile client could send to
 * a write endpoint. Each must be answered 4xx as a problem detail that names the field at fault (when the file says
 * which), without a Java class name or a server path, and must leave every table's row count as it was.
 *
 * <p>A file is the request as it goes on the wire: comment lines ({@code #}), the request line, headers, a blank line
 * and the body. {@code X-Expect-Status} (a code or {@code 4xx}) and {@code X-Expect-Field} (alternatives separated by
 * {@code |}) are read by this test, not sent; {@code X-Multipart-File: name} sends the body as that file in the part
 * {@code file}. Placeholders in braces stand for the ids of the district this test sets up.
 */
class MalformedRequestsIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.now(ZONE);
    private static final Path CORPUS = Path.of("src", "test", "resources", "malformed-requests");
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(district|vehicle|plan|report|user|today|yesterday|tomorrow)}");

    /**
     * Tables whose rows a refused request may add by design: the audit trail records who tried what, refused or not.
     */
    private static final Set<String> GROWING_BY_DESIGN = Set.of("audit_entry");

    /** What may never reach a client: Java class names, stack frames, server paths. */
    private static final Pattern LEAK = Pattern.compile(
            "(java|javax|jakarta|org\\.springframework|org\\.apache|tools\\.jackson|com\\.fasterxml|city\\.sanitation)"
                    + "\\.[a-z]+\\.|Exception\\b|\\bat [a-z]+\\.[a-z]+|/tmp/|/work/|/home/|/root/");

    private static AppInstance app;
    private static Map<String, String> placeholders;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void aDistrictWithAPublishedPlan() throws InterruptedException {
        app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("malformed"),
                // No nightly job fires while the row counts are compared.
                "sanitation.nightly.default-cron=0 0 3 1 1 ?");
        var imported = app.post("/api/districts/pingcheng/datasets", SampleData.smallDistrict(TODAY));
        assertThat(imported.status().value()).as(imported.body()).isEqualTo(201);

        var report = app.post(
                "/api/districts/pingcheng/blind-spots",
                Map.of(
                        "id", "corpus-open-report",
                        "lon", 113.308818,
                        "lat", 40.0902725,
                        "category", "HOUSEHOLD_GARBAGE",
                        "volumeM3", 0.5,
                        "priority", "NORMAL",
                        "source", "GRID_WORKER",
                        "reportedBy", "grid worker 12"));
        assertThat(report.status().value()).as(report.body()).isEqualTo(201);

        long planId = app.createPlan("pingcheng", TODAY);
        app.solveToFirstVersion(planId, Duration.ofSeconds(120));
        app.publishFirstVersion(planId);

        app.withPassword(new NewAccount(
                "corpus-crew",
                "Corpus crew",
                Role.CREW,
                Set.of(),
                "pingcheng",
                "veh-wash-01",
                "night-shift-washing-2026"));

        placeholders = Map.of(
                "district",
                "pingcheng",
                "vehicle",
                "veh-wash-01",
                "plan",
                Long.toString(planId),
                "report",
                "corpus-open-report",
                "user",
                "corpus-crew",
                "today",
                TODAY.toString(),
                "yesterday",
                TODAY.minusDays(1).toString(),
                "tomorrow",
                TODAY.plusDays(1).toString());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedRequestIsRefusedAndChangesNothing() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = listed.filter(file -> file.toString().endsWith(".http"))
                    .sorted()
                    .toList();
        }
        assertThat(files).as("the corpus of malformed requests").hasSizeGreaterThanOrEqualTo(80);
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(
                        file.getFileName().toString(), file.toUri(), () -> refusedWithoutChange(file)));
    }

    private static void refusedWithoutChange(Path file) throws IOException, InterruptedException {
        MalformedRequest request = MalformedRequest.parse(substitute(Files.readString(file, StandardCharsets.UTF_8)));
        Map<String, Long> before = rowCounts();

        HttpResponse<String> response = HTTP.send(request.toHttp(app.baseUrl, app.authorization()), ofUtf8());

        String answer =
                request.method() + " " + request.path() + " -> " + response.statusCode() + " " + response.body();
        assertThat(response.statusCode()).as(answer).isBetween(400, 499);
        if (!request.expectedStatus().equals("4xx")) {
            assertThat(response.statusCode()).as(answer).isEqualTo(Integer.parseInt(request.expectedStatus()));
        }
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(answer)
                .startsWith("application/problem+json");
        assertThat(LEAK.matcher(response.body()).find())
                .as("a class name, stack frame or server path in " + answer)
                .isFalse();
        JsonNode problem = AppInstance.JSON.readTree(response.body());
        assertThat(problem.path("title").asText()).as(answer).isNotBlank();
        assertThat(problem.path("detail").asText()).as(answer).isNotBlank();
        if (!request.expectedFields().isEmpty()) {
            List<String> named = new ArrayList<>();
            problem.path("errors")
                    .forEach(error -> named.add(error.path("field").asText()));
            assertThat(named)
                    .as("the fields named by " + answer + ", one of " + request.expectedFields())
                    .anyMatch(field -> request.expectedFields().stream().anyMatch(expected -> names(field, expected)));
        }
        assertThat(rowCounts()).as("row counts after " + answer).isEqualTo(before);
    }

    /**
     * Whether a field named in an answer is the expected one: the same, or a path through it, as the endpoints name a
     * field by its whole path ({@code properties.roundsPerDay}, {@code breaks[0].durationMinutes}, {@code /fleet}).
     */
    private static boolean names(String field, String expected) {
        String segments = ("." + field.replaceAll("[\\[\\]/]+", ".") + ".").replace("..", ".");
        return field.equals(expected) || segments.contains("." + expected + ".");
    }

    private static String substitute(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(placeholders.get(matcher.group(1))));
        }
        return matcher.appendTail(out).toString();
    }

    private static HttpResponse.BodyHandler<String> ofUtf8() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }

    /** The number of rows of every table of the app's schema, Quartz's and the sessions' included. */
    private static Map<String, Long> rowCounts() {
        var jdbc = app.jdbc();
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name")
                .query(String.class)
                .list();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            if (!GROWING_BY_DESIGN.contains(table)) {
                counts.put(
                        table,
                        jdbc.sql("SELECT count(*) FROM \"" + table + "\"")
                                .query(Long.class)
                                .single());
            }
        }
        return counts;
    }

    /** One request of the corpus, as read from its file. */
    record MalformedRequest(
            String method,
            String path,
            Map<String, String> headers,
            String body,
            String multipartFile,
            String expectedStatus,
            List<String> expectedFields) {

        static MalformedRequest parse(String text) {
            List<String> lines = List.of(text.split("\n", -1));
            int index = 0;
            while (lines.get(index).startsWith("#")) {
                index++;
            }
            String[] requestLine = lines.get(index++).split(" ", 2);
            Map<String, String> headers = new LinkedHashMap<>();
            for (; !lines.get(index).isEmpty(); index++) {
                String line = lines.get(index);
                int colon = line.indexOf(':');
                headers.put(
                        line.substring(0, colon).trim(),
                        line.substring(colon + 1).trim());
            }
            String body = String.join("\n", lines.subList(index + 1, lines.size()));
            String expectedStatus = headers.getOrDefault("X-Expect-Status", "4xx");
            String field = headers.remove("X-Expect-Field");
            headers.remove("X-Expect-Status");
            String multipartFile = headers.remove("X-Multipart-File");
            return new MalformedRequest(
                    requestLine[0],
                    requestLine[1],
                    headers,
                    body,
                    multipartFile,
                    expectedStatus,
                    field == null ? List.of() : List.of(field.split("\\|")));
        }

        HttpRequest toHttp(String baseUrl, String authorization) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization)
                    .header("Accept", "application/json, application/problem+json");
            headers.forEach(builder::header);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            if (multipartFile != null) {
                String boundary = "malformed-request-boundary";
                builder.header("Content-Type", "multipart/form-data; boundary=" + boundary);
                bytes = multipart(boundary, multipartFile, bytes);
            }
            return builder.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .build();
        }

        private static byte[] multipart(String boundary, String fileName, byte[] content) {
            try (var out = new java.io.ByteArrayOutputStream()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(content);
                out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
