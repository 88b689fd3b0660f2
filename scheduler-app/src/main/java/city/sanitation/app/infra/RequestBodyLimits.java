package city.sanitation.app.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest request body each endpoint takes, checked before anything reads it: a declared length over the limit is
 * refused at once (413), and a chunked body is counted as it is read and stops at the limit, so that a huge body is
 * never read whole. Dataset imports take more than the other JSON endpoints; multipart uploads (OSM extracts) are
 * limited by {@code spring.servlet.multipart.*}.
 */
@Configuration
class RequestBodyLimits {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(
            @Value("${sanitation.limits.json-body:1MB}") DataSize jsonBody,
            @Value("${sanitation.limits.dataset-body:64MB}") DataSize datasetBody) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(jsonBody, datasetBody));
        // Before Spring Security and everything else that might read the body.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** A limit and the property that sets it, as the error names them. */
    record Limit(DataSize size, String property) {

        String describe() {
            return text(size) + " for this endpoint (" + property + ")";
        }

        static String text(DataSize size) {
            long bytes = size.toBytes();
            if (bytes % (1024 * 1024) == 0) {
                return size.toMegabytes() + " MB";
            }
            if (bytes % 1024 == 0) {
                return size.toKilobytes() + " KB";
            }
            return bytes + " bytes";
        }
    }

    static final class BodyLimitFilter extends OncePerRequestFilter {

        private final Limit json;
        private final Limit dataset;

        BodyLimitFilter(DataSize json, DataSize dataset) {
            this.json = new Limit(json, "sanitation.limits.json-body");
            this.dataset = new Limit(dataset, "sanitation.limits.dataset-body");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String contentType = request.getContentType();
            if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
                chain.doFilter(request, response);
                return;
            }
            Limit limit = limitOf(request);
            long declared = request.getContentLengthLong();
            if (declared > limit.size().toBytes()) {
                ErrorResponses.write(
                        response,
                        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "Content Too Large",
                        tooLarge(limit));
                return;
            }
            chain.doFilter(new Limited(request, limit), response);
        }

        private Limit limitOf(HttpServletRequest request) {
            String path = request.getRequestURI();
            return "POST".equals(request.getMethod()) && path.matches("/api/districts/[^/]+/datasets/?")
                    ? dataset
                    : json;
        }
    }

    static String tooLarge(Limit limit) {
        return "The request body is larger than the limit of " + limit.describe() + ".";
    }

    /** The request with its body counted as it is read. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final Limit limit;
        private ServletInputStream counted;

        Limited(HttpServletRequest request, Limit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new Counted(super.getInputStream(), limit);
            }
            return counted;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private final Limit limit;
        private long read;

        Counted(ServletInputStream in, Limit limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit.size().toBytes()) {
                throw new BodyTooLargeException(tooLarge(limit));
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
