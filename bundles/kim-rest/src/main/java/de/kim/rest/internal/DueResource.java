package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import de.kim.api.ProcedureService;
import de.kim.api.TimelineService;
import de.kim.api.model.CaseTask;
import de.kim.api.model.ClientTask;
import de.kim.api.model.PlannedTransition;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What is due within the next days: planned legal-domain changes and deadlines, overdue ones included.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("due")
@Produces(MediaType.APPLICATION_JSON)
public final class DueResource implements RestPart {
    private final TimelineService timelines;
    private final ProcedureService procedures;

    @Activate
    public DueResource(@Reference TimelineService timelines, @Reference ProcedureService procedures) {
        this.timelines = timelines;
        this.procedures = procedures;
    }

    /** Open procedure tasks due before the end of the given day offset ({@code days=0}: overdue today). */
    @Operation(operationId = "listDueTasks", summary = "Open procedure tasks due within the next days (overdue included; days=0: due today or earlier)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Extensions",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Path("tasks")
    public List<CaseTask> tasksDue(@Context SecurityContext security, @Parameter(description = "default 0") @QueryParam("days") String days) {
        return procedures.overdue(CallerPrincipal.of(security), until(days == null ? "0" : days).plusDays(1));
    }

    @Operation(operationId = "listDueTransitions", summary = "Planned legal-domain changes effective within the next days (overdue included)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Timeline",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("transitions")
    public List<PlannedTransition> transitionsDue(@Context SecurityContext security, @Parameter(description = "default 30") @QueryParam("days") String days) {
        return timelines.transitionsDue(CallerPrincipal.of(security), until(days));
    }

    @Operation(operationId = "listDueDeadlines", summary = "Deadlines whose warning period starts within the next days",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Timeline",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("deadlines")
    public List<ClientTask> deadlinesDue(@Context SecurityContext security, @Parameter(description = "default 30") @QueryParam("days") String days) {
        return timelines.tasksDue(CallerPrincipal.of(security), until(days));
    }

    private static LocalDate until(String days) {
        int n = Parameters.number("days", days, 30);
        if (n < 0 || n > 3660) {
            throw new BadRequest("days", "must be between 0 and 3660");
        }
        return LocalDate.now().plusDays(n);
    }
}
