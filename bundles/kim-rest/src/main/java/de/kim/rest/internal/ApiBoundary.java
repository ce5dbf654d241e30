package de.kim.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outermost gate of {@code /api/v1}, in front of the JAX-RS runtime: security headers on every
 * answer; no change from another site's page ({@link CrossSite}); a body declared larger than allowed is refused with 413, and a body that is not JSON or in
 * another charset than UTF-8 (RFC 8259: JSON is UTF-8) with 415, before anything reads it; and whatever still escapes the
 * runtime becomes a problem JSON instead of the servlet container's error page with its stack trace.
 */
@Component(service = Filter.class, property = {
            "osgi.http.whiteboard.filter.pattern=/*",
            "osgi.http.whiteboard.filter.name=kim-api-boundary",
            // the servlet context the Aries JAX-RS Whiteboard makes for the application "kim" (/api/v1)
            "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=context.for" + KimApplication.NAME + ")"})
public final class ApiBoundary implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ApiBoundary.class);
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    private static final ObjectMapper JSON = JsonProvider.objectMapper();
    /** A media type as RFC 9110 writes it: type/subtype and parameters name=value (a value may be quoted). */
    private static final java.util.regex.Pattern MEDIA_TYPE = java.util.regex.Pattern.compile(
            "[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\\s*;\\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+="
            + "([!#$%&'*+.^_`|~0-9A-Za-z-]+|\"([^\"\\\\]|\\\\.)*\"))*\\s*");
    private static final java.util.Set<String> WITHOUT_BODY = java.util.Set.of("GET", "HEAD", "DELETE", "OPTIONS");

    private final RestConfiguration configuration;

    /** Configured through {@link RestConfiguration}, so that a changed limit does not register the filter again. */
    @Activate
    public ApiBoundary(@Reference RestConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        secure(response);
        if (request.getContentType() != null && !MEDIA_TYPE.matcher(request.getContentType()).matches()) {
            problem(response, 415, "Unsupported Media Type", "'" + printable(request.getContentType())
                    + "' is no media type (RFC 9110: type/subtype, then ; name=value parameters)");
            return;
        }
        String charset = charset(request.getContentType());
        if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
            problem(response, 415, "Unsupported Media Type", "request bodies are JSON in UTF-8; charset '"
                    + printable(charset) + "' is not accepted");
            return;
        }
        if (describesItself(request.getQueryString())) {
            problem(response, 404, "Not Found", "the API is described by its OpenAPI document (openapi.json), not WADL");
            return;
        }
        String crossSite = CrossSite.refusal(request);
        if (crossSite != null) {
            problem(response, crossSite.startsWith(CrossSite.FOREIGN) ? 403 : 415, crossSite.startsWith(CrossSite.FOREIGN)
                    ? "Forbidden" : "Unsupported Media Type", crossSite);
            return;
        }
        boolean body = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        boolean upload = RequestLimits.upload(request.getMethod(), request.getRequestURI(), request.getContentType());
        if (body && !upload && !WITHOUT_BODY.contains(request.getMethod()) && !isJson(request.getContentType())) {
            problem(response, 415, "Unsupported Media Type", "request bodies are JSON: send Content-Type: "
                    + "application/json" + (request.getContentType() == null ? "" : ", not '"
                    + printable(request.getContentType()) + "'"));
            return;
        }
        long length = request.getContentLengthLong();
        long max = upload ? configuration.settings().limits().maxUploadBytes()
                : configuration.settings().limits().maxBodyBytes();
        if (length > max) {
            problem(response, 413, "Payload Too Large", "the request body has " + length + " bytes; at most "
                    + max + " are accepted");
            return;
        }
        if (!body && request.getContentType() == null && !WITHOUT_BODY.contains(request.getMethod())) {
            request = new EmptyJsonBody(request);
        } else if (body) {
            request = new PacedBody(request, configuration.settings().limits().minBytesPerSecond());
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (ClientGone.of(e) != null) {
                LOG.debug("Request {} {}: {}", request.getMethod(), request.getRequestURI(), ClientGone.of(e));
                return; // the client broke off or was too slow: nobody to answer, nothing to report
            }
            LOG.error("Request {} {} failed outside the JAX-RS runtime", request.getMethod(), request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                secure(response);
                problem(response, 500, "Internal error", "the request could not be completed; the server log has the details");
            }
        }
    }

    /** Whether the query asks CXF for its own description of the service ({@code ?_wadl}, {@code ?_schema}). */
    static boolean describesItself(String query) {
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("_wadl") || name.startsWith("_schema") || name.startsWith("%5fwadl")
                    || name.startsWith("%5fschema")) {
                return true;
            }
        }
        return false;
    }

    static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    /**
     * A POST or PUT without a body and without a Content-Type, taken as an empty JSON body: the resource
     * then says which body it needs (400), instead of the runtime logging an error about a missing reader
     * for application/octet-stream.
     */
    private static final class EmptyJsonBody extends javax.servlet.http.HttpServletRequestWrapper {
        private static final String TYPE = "application/json";

        EmptyJsonBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            return TYPE;
        }

        @Override
        public String getHeader(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? TYPE : super.getHeader(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaders(String name) {
            return "Content-Type".equalsIgnoreCase(name) ? java.util.Collections.enumeration(java.util.List.of(TYPE))
                    : super.getHeaders(name);
        }

        @Override
        public java.util.Enumeration<String> getHeaderNames() {
            java.util.List<String> names = java.util.Collections.list(super.getHeaderNames());
            names.add("Content-Type");
            return java.util.Collections.enumeration(names);
        }
    }

    /** Whether a Content-Type names JSON ({@code application/json} or a {@code +json} type). */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
    }

    /** The charset parameter of a Content-Type header, lower case, or null. */
    static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).replace("\"", "").trim().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String printable(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }

    /** Answers with a problem JSON (the security headers are the caller's to set). */
    static void problem(HttpServletResponse response, int status, String title, String detail) throws IOException {
        byte[] body = JSON.writeValueAsBytes(new Problem("about:blank", title, status, detail, null));
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        if (status == 413) {
            response.setHeader("Connection", "close");
        }
        response.getOutputStream().write(body);
    }
}
