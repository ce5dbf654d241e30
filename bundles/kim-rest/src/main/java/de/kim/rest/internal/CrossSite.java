package de.kim.rest.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;

/**
 * No change to social data from another site's web page (cross-site request forgery). A browser sends a "simple"
 * request to any site without asking first: a POST without a body, or with a form or {@code text/plain} body, and
 * with the credentials it holds for that site. So a change is refused when its {@code Origin} names another site
 * (403), and a POST that carries HTTP Basic credentials must be JSON, or a multipart upload with an
 * {@code X-Requested-By} header (415): both make a browser ask the API first (CORS), which the API never allows
 * to another site; this holds for the login ({@code POST /auth/token}) too. A bearer token is never sent by a
 * browser on its own, so requests with one are not limited by type; the web workspace uses tokens. Programs
 * (curl, connectors) send no {@code Origin}; a browser sends exactly one, of its scheme, host and port.
 */
final class CrossSite {
    /** The start of the refusal text for a foreign origin (403); other refusals are 415. */
    static final String FOREIGN = "a change from another site";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> MARKERS = Set.of("X-Requested-By", "X-Requested-With");

    private CrossSite() {
    }

    /** Why the request is refused, or null. */
    static String refusal(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (SAFE.contains(method)) {
            return null;
        }
        java.util.List<String> origins = java.util.Collections.list(request.getHeaders("Origin"));
        if (origins.size() > 1 || origins.size() == 1 && !sameSite(origins.get(0), request)) {
            return FOREIGN + " (Origin " + printable(String.join(", ", origins)) + ") is refused: the API changes data"
                    + " only for its own web workspace and for programs";
        }
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        if (!basic || !"POST".equals(method)) {
            return null;
        }
        String type = request.getContentType();
        if (ApiBoundary.isJson(type)) {
            return null;
        }
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || RequestLimits.upload(method, request.getRequestURI(), type);
        if (multipart && MARKERS.stream().anyMatch(m -> request.getHeader(m) != null)) {
            return null;
        }
        return "a POST with HTTP Basic credentials must send Content-Type: application/json (also with an empty body)"
                + (multipart ? ", or mark an upload (multipart or a document) with the header X-Requested-By" : "")
                + "; browsers could otherwise send it from another site's page";
    }

    /**
     * Whether {@code origin} (scheme://host[:port]) names the scheme and host the request was sent to (the scheme
     * as a proxy in front says in {@code X-Forwarded-Proto}, else the request's own).
     */
    private static boolean sameSite(String origin, HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            URI uri = new URI(origin.trim());
            String forwarded = request.getHeader("X-Forwarded-Proto");
            String scheme = forwarded == null ? request.getScheme() : forwarded.split(",")[0].trim();
            if (uri.getHost() == null || uri.getRawUserInfo() != null || !scheme.equalsIgnoreCase(uri.getScheme())
                    || uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
                return false;
            }
            String authority = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            String expected = host.trim().toLowerCase(Locale.ROOT);
            return authority.toLowerCase(Locale.ROOT).equals(expected)
                    || uri.getPort() < 0 && expected.equals(uri.getHost().toLowerCase(Locale.ROOT) + ":"
                            + ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String printable(String text) {
        String cut = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return cut.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
