package city.sanitation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

/**
 * The first admin of a cluster of app processes, signed in on one node as the pages do: the start-up password given
 * to the nodes, changed at the first sign-in as the app requires. Every node shares the session (it is stored in the
 * database).
 */
final class ClusterAdmin {

    /** The first admin's start-up password, for {@code sanitation.security.admin-password}. */
    static final String START_PASSWORD = "cluster-start-2026";

    private static final String PASSWORD = "night-shift-2026-ok";

    private final BrowserSession session;

    private ClusterAdmin(BrowserSession session) {
        this.session = session;
    }

    static ClusterAdmin signIn(AppProcess node) throws IOException, InterruptedException {
        BrowserSession session = new BrowserSession(node.baseUrl());
        HttpResponse<String> signedIn = session.signIn("admin", START_PASSWORD);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isLessThan(400);
        HttpResponse<String> changed = session.post(
                "/api/me/password",
                AppInstance.JSON.writeValueAsString(
                        Map.of("currentPassword", START_PASSWORD, "newPassword", PASSWORD)));
        assertThat(changed.statusCode()).as(changed.body()).isLessThan(300);
        return new ClusterAdmin(session);
    }

    /** Signs in again (on any node) after {@link #signIn} changed the start-up password. */
    static ClusterAdmin signInAgain(AppProcess node) throws IOException, InterruptedException {
        BrowserSession session = new BrowserSession(node.baseUrl());
        HttpResponse<String> signedIn = session.signIn("admin", PASSWORD);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isLessThan(400);
        return new ClusterAdmin(session);
    }

    /** Imports the small sample district for {@code day} as district {@code districtId}. */
    void importSmallDistrict(String districtId, LocalDate day) throws IOException, InterruptedException {
        importDistrict(districtId, SampleData.smallDistrict(day));
    }

    void importDistrict(String districtId, String dataset) throws IOException, InterruptedException {
        HttpResponse<String> imported = session.send(
                HttpRequest.newBuilder(session.uri("/api/districts/" + districtId + "/datasets"))
                        .header("Content-Type", "application/json")
                        .header("X-XSRF-TOKEN", session.csrfToken())
                        .POST(HttpRequest.BodyPublishers.ofString(dataset)),
                Duration.ofMinutes(5));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return session.send(HttpRequest.newBuilder(session.uri(path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", session.csrfToken())
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
