package de.kim.rest.internal;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * What the server answers outside {@code /api/v1} and the web workspace: {@code /} leads to the workspace, any
 * other path is a problem JSON 404 with the security headers, instead of the servlet container's HTML page.
 */
@Component(service = Servlet.class, property = {
            "osgi.http.whiteboard.servlet.pattern=/",
            "osgi.http.whiteboard.servlet.name=kim-root-fallback",
            "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=default)"})
public final class RootFallback extends HttpServlet {
    private static final long serialVersionUID = 1L;
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiBoundary.secure(response);
        String path = request.getRequestURI();
        if (("/".equals(path) || path.isEmpty()) && "GET".equals(request.getMethod())) {
            response.sendRedirect("/kim/");
            return;
        }
        ApiBoundary.problem(response, 404, "Not Found",
                "nothing here: the API is at /api/v1, the web workspace at /kim/");
    }
}
