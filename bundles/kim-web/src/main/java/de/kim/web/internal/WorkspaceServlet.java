package de.kim.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The web workspace at {@code /kim/}: the built single-page application from this bundle's {@code web/}
 * folder. Hashed assets are cached for a year; every other path without a file name extension is a route
 * of the application and gets its {@code index.html} (never cached), so a bookmarked or typed address
 * works. The application talks only to {@code /api/v1}; the page itself holds no personal data, so it
 * needs no login, but its headers forbid framing, inline scripts and referrers.
 */
@Component(service = Servlet.class, property = {
    "osgi.http.whiteboard.servlet.pattern=/kim",
    "osgi.http.whiteboard.servlet.pattern=/kim/*",
    "osgi.http.whiteboard.servlet.name=kim-web"})
public final class WorkspaceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    private final transient Bundle bundle;

    @Activate
    public WorkspaceServlet(BundleContext context) {
        this.bundle = context.getBundle();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getContextPath() + request.getServletPath() + "/");
            return;
        }
        secure(response);
        WebPath asset = WebPath.of(path);
        if (asset == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        URL resource = bundle.getEntry("web/" + asset.file());
        if (resource == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(asset.contentType());
        response.setHeader("Cache-Control", asset.immutable() ? "public, max-age=31536000, immutable" : "no-cache");
        try (InputStream in = resource.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
