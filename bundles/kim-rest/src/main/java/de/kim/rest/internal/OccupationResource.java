package de.kim.rest.internal;

import de.kim.api.TimelineService;
import de.kim.api.model.Occupation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.LocalDate;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * School, training, qualifications and employment of a client (read with the timeline), which the §25a
 * checklist and the EU worker's job-loss check read.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("clients/{id}/occupations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OccupationResource implements RestPart {
    private static final String ROLES = "KIM_CASE_MANAGER (own municipality; at the receiving office what a consented"
            + " referral released)";

    /** Ends an occupation; for employment, whether the job was lost involuntarily. */
    record OccupationEnd(LocalDate to, Boolean involuntary) {
    }

    private final TimelineService timelines;

    @Activate
    public OccupationResource(@Reference TimelineService timelines) {
        this.timelines = timelines;
    }

    @Operation(operationId = "recordClientOccupation", summary = "Record school, training, a qualification or employment",
            description = "Roles: " + ROLES + ". An ended employment of an EU citizen opens the task with the"
                    + " worker-status checklist (§2 Abs. 3 FreizügG/EU).",
            tags = "Timeline", extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = ROLES),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = Occupation.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    public Response record(@Context SecurityContext security,
            @Parameter(description = "pseudonymous client id") @PathParam("id") String id, Occupation occupation) {
        return Response.status(Response.Status.CREATED)
                .entity(timelines.recordOccupation(CallerPrincipal.of(security), id, Parameters.body(occupation))).build();
    }

    @Operation(operationId = "endClientOccupation", summary = "End an occupation (for employment: lost involuntarily?)",
            description = "Roles: " + ROLES + ".", tags = "Timeline",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = ROLES),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Already ended",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("{occupationId}/end")
    public Occupation end(@Context SecurityContext security,
            @Parameter(description = "pseudonymous client id") @PathParam("id") String id,
            @PathParam("occupationId") String occupationId, OccupationEnd end) {
        OccupationEnd body = Parameters.body(end);
        return timelines.endOccupation(CallerPrincipal.of(security), id, Parameters.id(occupationId), body.to(),
                body.involuntary());
    }
}
