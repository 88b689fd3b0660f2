package city.sanitation.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import city.sanitation.app.AppInstance;
import city.sanitation.app.BrowserSession;
import city.sanitation.app.SampleData;
import city.sanitation.app.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signing in as the pages do (session cookie, CSRF token), the first admin's forced password change, throttling,
 * cross-site writes, single sign-on JWTs, the audit log and what the health endpoint shows strangers.
 */
class SignInIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String ADMIN_PASSWORD = "first admin password 1";
    private static final String DISPATCHER = "wang";
    private static final String DISPATCHER_PASSWORD = "night shift 2026 pass";

    private static KeyPair ssoKeys;
    private static Path publicKey;
    private static AppInstance app;
    private static String databaseUrl;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        ssoKeys = generator.generateKeyPair();
        publicKey = Files.createTempFile("sso", ".pem");
        Files.writeString(
                publicKey,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(ssoKeys.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        databaseUrl = TestDatabase.freshDatabaseUrl("signin");
        app = AppInstance.start(
                "spring.datasource.url=" + databaseUrl,
                "sanitation.security.admin-password=" + ADMIN_PASSWORD,
                "sanitation.security.max-failed-sign-ins=3",
                "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + publicKey);
        assertThat(app.post("/api/districts/north/datasets", SampleData.smallDistrict(TODAY))
                        .status()
                        .value())
                .isEqualTo(201);
        app.withPassword(
                new NewAccount(DISPATCHER, "Wang", Role.DISPATCHER, Set.of("north"), null, null, DISPATCHER_PASSWORD));
    }

    @AfterAll
    static void stop() throws IOException {
        app.close();
        Files.deleteIfExists(publicKey);
    }

    @Test
    void theFirstAdminMustChangeTheGivenPasswordBeforeDoingAnythingElse() throws Exception {
        BrowserSession admin = new BrowserSession(app.baseUrl);
        assertThat(admin.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        JsonNode me = json(admin.get("/api/me"));
        assertThat(me.get("role").asText()).isEqualTo("ADMIN");
        assertThat(me.get("mustChangePassword").asBoolean()).isTrue();
        HttpResponse<String> blocked = admin.get("/api/districts");
        assertThat(blocked.statusCode()).isEqualTo(403);
        assertThat(blocked.body()).contains("must be changed");

        HttpResponse<String> tooShort = admin.post(
                "/api/me/password", "{\"currentPassword\":\"" + ADMIN_PASSWORD + "\",\"newPassword\":\"short\"}");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("newPassword");
        HttpResponse<String> changed = admin.post(
                "/api/me/password",
                "{\"currentPassword\":\"" + ADMIN_PASSWORD + "\",\"newPassword\":\"a better secret 2026\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
        assertThat(admin.get("/api/districts").statusCode()).isEqualTo(200);

        BrowserSession again = new BrowserSession(app.baseUrl);
        assertThat(again.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(401);
        assertThat(again.signIn("admin", "a better secret 2026").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionWritesOnlyWithItsCsrfTokenAndNeverFromAnotherSite() throws Exception {
        BrowserSession dispatcher = new BrowserSession(app.baseUrl);
        assertThat(dispatcher.signIn(DISPATCHER, DISPATCHER_PASSWORD).statusCode())
                .isEqualTo(200);
        JsonNode known = json(dispatcher.get("/api/districts/north/blind-spots"));
        int before = known.size();
        String report = """
                {"lon": %s, "lat": %s, "category": "HOUSEHOLD_GARBAGE", "volumeM3": 0.5, "priority": "NORMAL",
                 "source": "PATROL", "reportedBy": "grid 3"}""".formatted(
                known.get(0).get("lon").asText(), known.get(0).get("lat").asText());

        HttpResponse<String> withoutToken =
                dispatcher.send(HttpRequest.newBuilder(dispatcher.uri("/api/districts/north/blind-spots"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(report)));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("CSRF");
        HttpResponse<String> fromAnotherSite =
                dispatcher.send(HttpRequest.newBuilder(dispatcher.uri("/api/districts/north/blind-spots"))
                        .header("Content-Type", "application/json")
                        .header("Origin", "http://evil.example")
                        .header("X-XSRF-TOKEN", "guessed-token")
                        .POST(HttpRequest.BodyPublishers.ofString(report)));
        assertThat(fromAnotherSite.statusCode()).isEqualTo(403);
        assertThat(json(dispatcher.get("/api/districts/north/blind-spots")).size())
                .as("a refused write changes nothing")
                .isEqualTo(before);

        // Who did it is never read from the request: a body naming someone is refused (an unknown field).
        HttpResponse<String> namingSomeoneElse = dispatcher.post(
                "/api/districts/north/blind-spots", report.replace("}", ", \"actor\": \"somebody else\"}"));
        assertThat(namingSomeoneElse.statusCode()).as(namingSomeoneElse.body()).isEqualTo(400);
        assertThat(json(namingSomeoneElse).get("errors").get(0).get("field").asText())
                .isEqualTo("actor");

        HttpResponse<String> filed = dispatcher.post("/api/districts/north/blind-spots", report);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String id = json(filed).get("id").asText();
        JsonNode history = json(dispatcher.get("/api/districts/north/blind-spots/" + id + "/history"));
        assertThat(history.get(0).get("actor").asText())
                .as("who did it is the signed-in account, not what the request says")
                .isEqualTo(DISPATCHER);

        JsonNode audit = app.get("/api/audit?limit=50").json();
        assertThat(audit)
                .anySatisfy(entry -> {
                    assertThat(entry.get("account").asText()).isEqualTo(DISPATCHER);
                    assertThat(entry.get("method").asText()).isEqualTo("POST");
                    assertThat(entry.get("path").asText()).isEqualTo("/api/districts/north/blind-spots");
                    assertThat(entry.get("status").asInt()).isEqualTo(201);
                    assertThat(entry.get("districtId").asText()).isEqualTo("north");
                    assertThat(entry.get("remoteAddress").asText()).isNotBlank();
                })
                .anySatisfy(entry -> assertThat(entry.get("status").asInt()).isEqualTo(403));

        assertThat(dispatcher.post("/sign-out", "").statusCode()).isEqualTo(204);
        assertThat(dispatcher.get("/api/districts").statusCode()).isEqualTo(401);
    }

    @Test
    void aSessionSignedInOnOneInstanceIsKnownToAnother() throws Exception {
        BrowserSession dispatcher = new BrowserSession(app.baseUrl);
        assertThat(dispatcher.signIn(DISPATCHER, DISPATCHER_PASSWORD).statusCode())
                .isEqualTo(200);
        // Its own Quartz scheduler name: Quartz keeps data sources in a JVM-wide registry by that name, and this JVM's
        // other instance must not lose its own when this one closes (separate machines have separate registries).
        try (AppInstance second =
                AppInstance.start("spring.datasource.url=" + databaseUrl, "spring.quartz.scheduler-name=second-node")) {
            HttpResponse<String> me = dispatcher.send(HttpRequest.newBuilder(URI.create(second.baseUrl + "/api/me")));
            assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
            assertThat(json(me).get("username").asText()).isEqualTo(DISPATCHER);
        }
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        app.withPassword(
                new NewAccount("zhao", "Zhao", Role.MANAGER, Set.of("north"), null, null, "correct horse battery"));
        BrowserSession guesser = new BrowserSession(app.baseUrl);
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.signIn("zhao", "guess " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = guesser.signIn("zhao", "correct horse battery");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(guesser.signIn("nobody-here", "anything at all").statusCode())
                .as("an unknown name is answered like a wrong password")
                .isEqualTo(401);
    }

    @Test
    void aSingleSignOnTokenNamesAnAccountOfThisApp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String valid = jwt(DISPATCHER, (RSAPrivateKey) ssoKeys.getPrivate());
        HttpResponse<String> me = http.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl + "/api/me"))
                        .header("Authorization", "Bearer " + valid)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json(me).get("role").asText()).isEqualTo("DISPATCHER");

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged =
                jwt(DISPATCHER, (RSAPrivateKey) generator.generateKeyPair().getPrivate());
        String unknownUser = jwt("not-an-account", (RSAPrivateKey) ssoKeys.getPrivate());
        for (String token : new String[] {forged, unknownUser, "sst_not-a-token"}) {
            HttpResponse<String> refused = http.send(
                    HttpRequest.newBuilder(URI.create(app.baseUrl + "/api/me"))
                            .header("Authorization", "Bearer " + token)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void strangersSeeOnlyWhetherTheAppIsUp() throws Exception {
        var anonymous = app.anonymous();
        var health = anonymous.get("/actuator/health");
        assertThat(health.status().value()).isEqualTo(200);
        assertThat(health.body()).doesNotContain("components").doesNotContain("north");
        assertThat(anonymous.get("/actuator/health/liveness").status().value()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").status().value()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/metrics").status().value()).isEqualTo(401);
        assertThat(anonymous.get("/api/districts").status().value()).isEqualTo(401);
        assertThat(app.get("/actuator/health").body()).contains("components");
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScripts() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.baseUrl + "/sign-in.html"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self';").doesNotContain("unsafe-eval");
        assertThat(policy.substring(policy.indexOf("script-src")))
                .doesNotStartWith("script-src 'self' 'unsafe-inline'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    private static String jwt(String username, RSAPrivateKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.RS256),
                new JWTClaimsSet.Builder()
                        .subject("sso-" + username)
                        .claim("preferred_username", username)
                        .issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                        .build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }
}
