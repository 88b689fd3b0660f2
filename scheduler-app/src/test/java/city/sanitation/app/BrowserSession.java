package city.sanitation.app;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The app as a browser's page script sees it: cookies kept (the session, the CSRF token), signing in on the sign-in
 * endpoint, and the CSRF cookie's token sent back as the {@code X-XSRF-TOKEN} header on every write.
 */
public final class BrowserSession {

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public BrowserSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    /** Loads the sign-in page (which sets the CSRF cookie) and signs in as its script does. */
    public HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
        get("/sign-in.html");
        return send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + encoded(username) + "&password=" + encoded(password))));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)));
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends the request with this session's cookies, to this app or to another instance sharing its database. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request, Duration.ofSeconds(20));
    }

    /** {@link #send(HttpRequest.Builder)} for a request that may take longer (a large import on a busy machine). */
    public HttpResponse<String> send(HttpRequest.Builder request, Duration timeout)
            throws IOException, InterruptedException {
        return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }

    public String csrfToken() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .reduce((first, newest) -> newest)
                .orElse("");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
