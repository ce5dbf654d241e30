package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import de.kim.api.operations.ReadOnlyException;
import de.kim.api.operations.ReadOnlyMode;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * While the platform is read-only, refuses every request that would change data with 503 and a problem
 * naming the mode, after authentication (an unknown caller still gets 401). Reads, exports, logins
 * (tokens), backups and the switch itself pass.
 */
@Component(service = {RestPart.class, ContainerRequestFilter.class})
@Priority(Priorities.USER + 100)
@JaxrsExtension
@JaxrsApplicationSelect(KimApplication.SELECT)
public final class ReadOnlyGate implements RestPart, ContainerRequestFilter {
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** What passes besides reads: logins, the switch, backups, and the state export (it reads and writes a file). */
    private static final Set<String> ALLOWED = Set.of("auth/token", "auth/refresh", "auth/logout", "operations/read-only",
            "operations/backups", "exports/state");

    private final ReadOnlyMode mode;

    @Activate
    public ReadOnlyGate(@Reference ReadOnlyMode mode) {
        this.mode = mode;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod()) || !mode.isOn()) {
            return;
        }
        String path = request.getUriInfo().getPath().replaceFirst("^/", "").replaceFirst("/$", "");
        if (ALLOWED.contains(path)) {
            return;
        }
        Problem problem = ProblemMapper.toProblem(new ReadOnlyException(mode.state()));
        request.abortWith(Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", 600).entity(problem).build());
    }
}
