package de.kim.rest.internal;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * The API has one address, {@code /api/v1}. The JAX-RS whiteboard's default application (which every whiteboard
 * has, moved to {@value #BASE} by {@code etc/org.apache.aries.jax.rs.whiteboard.default.cfg}) shares the CXF bus
 * with the application "kim" and would answer the resources there too, past the gate of {@code /api/v1}: this
 * filter in front of it answers 404 for everything.
 */
@Component(service = Filter.class, property = {
            "osgi.http.whiteboard.filter.pattern=/*",
            "osgi.http.whiteboard.filter.name=kim-default-application-fence",
            // the servlet context the whiteboard makes for its default application (path: its base)
            "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=context.for.default)"})
public final class DefaultApplicationFence implements Filter {
    static final String BASE = "/.jaxrs-default";
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException {
        HttpServletResponse response = (HttpServletResponse) res;
        ApiBoundary.secure(response);
        ApiBoundary.problem(response, 404, "Not Found", "the API is at /api/v1");
    }
}
