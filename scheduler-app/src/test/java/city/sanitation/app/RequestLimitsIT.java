package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** Bodies over a limit are refused with 413 naming the limit, without reading them whole. */
class RequestLimitsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String DISTRICT = "/api/districts/pingcheng";
    private static final int MB = 1024 * 1024;

    private static AppInstance app;

    @BeforeAll
    static void start() {
        app = AppInstance.start(
                "spring.datasource.url=" + TestDatabase.freshDatabaseUrl("requestlimits"),
                "sanitation.limits.osm-decompressed=16MB",
                "spring.servlet.multipart.max-file-size=4MB",
                "spring.servlet.multipart.max-request-size=4MB");
        app.importSmallDistrict(DISTRICT, TODAY);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws IOException {
        // Only the head is sent: the answer comes without the server waiting for the 200 MB it was promised.
        var answer = RawHttp.send(
                app.baseUrl,
                "PUT " + DISTRICT + "/nightly HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + app.authorization()
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + 200L * MB
                        + "\r\nConnection: close\r\n\r\n",
                null);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("1 MB", "sanitation.limits.json-body");
    }

    @Test
    void aChunkedBodyIsCountedAndStoppedAtTheLimit() throws Exception {
        long total = 50L * MB;
        AtomicLong sent = new AtomicLong();
        AtomicBoolean answered = new AtomicBoolean();
        URI base = URI.create(app.baseUrl);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("PUT " + DISTRICT + "/nightly HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                            + app.authorization()
                            + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
                try {
                    writeChunk(out, "{\"cron\": \"".getBytes(StandardCharsets.US_ASCII));
                    while (sent.get() < total && !answered.get()) {
                        writeChunk(out, chunk);
                        sent.addAndGet(chunk.length);
                    }
                } catch (IOException closedByTheServer) {
                    // The server answered and closed the connection: the rest is never sent.
                }
            });
            var answer = RawHttp.read(socket.getInputStream());
            answered.set(true);
            writer.get(60, TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.body()).isEqualTo(413);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).contains("1 MB", "sanitation.limits.json-body");
            assertThat(sent.get()).as("bytes sent before the answer").isLessThan(total);
        }
    }

    private static void writeChunk(OutputStream out, byte[] data) throws IOException {
        out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aDatasetImportTakesMoreThanOtherEndpointsButIsStillChecked() {
        // 2 MB: over the JSON limit of other endpoints, within the dataset limit, so the dataset reader answers.
        var padded = app.post(
                "/api/districts/padded/datasets",
                "{\"formatVersion\": \"1.0\", \"name\": \"" + "n".repeat(2 * MB) + "\"}");
        assertThat(padded.status().value()).as(padded.body()).isEqualTo(400);
        assertThat(padded.body()).doesNotContain("sanitation.limits");
        assertThat(app.jdbc()
                        .sql("SELECT count(*) FROM district WHERE id = 'padded'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aGzipBombIsRefusedAtTheDecompressedLimit() throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            byte[] zeros = new byte[MB];
            for (int i = 0; i < 200; i++) {
                gzip.write(zeros);
            }
        }
        assertThat(packed.size()).isLessThan(MB);
        var refused = app.upload(DISTRICT + "/osm", "file", named(packed.toByteArray(), "bomb.osm.gz"));
        assertThat(refused.status().value()).as(refused.body()).isEqualTo(413);
        assertThat(refused.body()).contains("16 MB", "sanitation.limits.osm-decompressed");
        assertThat(refused.body()).doesNotContain("/tmp/", "osm-upload-");

        byte[] truncated = java.util.Arrays.copyOf(packed.toByteArray(), 1000);
        var broken = app.upload(DISTRICT + "/osm", "file", named(truncated, "broken.osm.gz"));
        assertThat(broken.status().value()).as(broken.body()).isEqualTo(400);
        assertThat(broken.json().get("errors").get(0).get("field").asText()).isEqualTo("file");
        var notGzip =
                app.upload(DISTRICT + "/osm", "file", named("<osm/>".getBytes(StandardCharsets.UTF_8), "x.osm.gz"));
        assertThat(notGzip.status().value()).as(notGzip.body()).isEqualTo(400);
        assertThat(notGzip.body()).doesNotContain("/tmp/", "osm-upload-", "java.");
    }

    @Test
    void anUploadOverTheMultipartLimitIsRefusedAsProblemDetails() {
        byte[] noise = new byte[5 * MB];
        new Random(1).nextBytes(noise);
        var refused = app.upload(DISTRICT + "/osm", "file", named(noise, "big.osm.pbf"));
        assertThat(refused.status().value()).as(refused.body()).isEqualTo(413);
        assertThat(refused.json().get("detail").asText()).contains("4 MB", "spring.servlet.multipart.max-request-size");
    }

    private static ByteArrayResource named(byte[] content, String name) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }
}
