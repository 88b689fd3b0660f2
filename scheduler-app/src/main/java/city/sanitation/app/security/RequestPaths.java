package city.sanitation.app.security;

import jakarta.servlet.http.HttpServletRequest;

/** The path of a request within the app, as the rules name it: without the context path. */
final class RequestPaths {

    private RequestPaths() {}

    static String withinApp(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
