package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import de.kim.api.operations.HealthCheck;
import de.kim.api.operations.HealthState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Liveness and readiness. Public: they say nothing about any record. Ready means: the application
 * answers with all its resources (it is registered only complete, see {@link KimApplication}) and
 * every health check of the platform (database, extender, rules) is up.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource implements RestPart {
    private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();

    /** The readiness answer: UP or DOWN and each check. */
    public record Readiness(String status, List<HealthState> checks) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(HealthCheck check) {
        checks.add(check);
    }

    void removeCheck(HealthCheck check) {
        checks.remove(check);
    }

    @Operation(operationId = "getHealth", summary = "Liveness: whether the REST API answers",
            tags = "Platform",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @GET
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }

    @Operation(operationId = "getReadiness", summary = "Readiness: database, extender, rules and all resources",
            description = "503 with the failing checks while the platform is not ready to serve.",
            tags = "Platform",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "Ready",
            content = @Content(schema = @Schema(implementation = Readiness.class)))
    @ApiResponse(responseCode = "503", description = "Not ready",
            content = @Content(schema = @Schema(implementation = Readiness.class)))
    @GET
    @Path("ready")
    public Response ready() {
        List<HealthState> states = new ArrayList<>();
        if (checks.isEmpty()) {
            states.add(new HealthState("core", false, "the core's health check is not registered yet"));
        }
        for (HealthCheck check : checks) {
            try {
                states.addAll(check.check());
            } catch (RuntimeException e) {
                states.add(new HealthState("health check", false, "a health check failed"));
            }
        }
        boolean up = states.stream().allMatch(HealthState::up);
        return Response.status(up ? 200 : 503).entity(new Readiness(up ? "UP" : "DOWN", states)).build();
    }
}
