package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import de.kim.api.StructuralFindingService;
import de.kim.api.model.StructuralFinding;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("structural-findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class StructuralFindingResource implements RestPart {
    private final StructuralFindingService findings;

    @Activate
    public StructuralFindingResource(@Reference StructuralFindingService findings) {
        this.findings = findings;
    }

    @Operation(operationId = "listStructuralFindings", summary = "Findings, newest first",
            description = "Roles: KIM_CASE_MANAGER, KIM_COORDINATOR.",
            tags = "Structural findings",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER, " +
                    "KIM_COORDINATOR"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public List<StructuralFinding> list(@Context SecurityContext security, @QueryParam("status") String status) {
        return findings.findings(CallerPrincipal.of(security), Parameters.code(StructuralFinding.Status.class, "status", status));
    }

    @Operation(operationId = "createStructuralFinding", summary = "Report a finding",
            description = "Roles: KIM_CASE_MANAGER, KIM_COORDINATOR.",
            tags = "Structural findings",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER, " +
                    "KIM_COORDINATOR"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Reported",
            content = @Content(schema = @Schema(implementation = StructuralFinding.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @POST
    public Response report(@Context SecurityContext security, StructuralFinding finding, @Context UriInfo uri) {
        StructuralFinding reported = findings.report(CallerPrincipal.of(security), Parameters.body(finding));
        return ClientResource.created(uri, reported.id(), reported);
    }

    @Operation(operationId = "getStructuralFinding", summary = "One finding",
            description = "Roles: KIM_CASE_MANAGER, KIM_COORDINATOR.",
            tags = "Structural findings",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER, " +
                    "KIM_COORDINATOR"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("{id}")
    public StructuralFinding get(@Context SecurityContext security, @PathParam("id") String id) {
        return findings.finding(CallerPrincipal.of(security), Parameters.id(id));
    }

    @Operation(operationId = "updateStructuralFinding", summary = "Change title, description, linked cases",
            description = "Roles: KIM_CASE_MANAGER, KIM_COORDINATOR.",
            tags = "Structural findings",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER, " +
                    "KIM_COORDINATOR"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state (overlap, phase, consent, stale version)",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @PUT
    @Path("{id}")
    public StructuralFinding update(@Context SecurityContext security, @PathParam("id") String id, StructuralFinding finding) {
        return findings.update(CallerPrincipal.of(security), Parameters.id(id), Parameters.body(finding));
    }

    @Operation(operationId = "changeStructuralFindingStatus", summary = "Move a finding on (OPEN → RAISED → RESOLVED)",
            description = "Roles: KIM_CASE_MANAGER, KIM_COORDINATOR.",
            tags = "Structural findings",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER, " +
                    "KIM_COORDINATOR"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state (overlap, phase, consent, stale version)",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("{id}/status")
    public StructuralFinding status(@Context SecurityContext security, @PathParam("id") String id, Actions.FindingStatusChange change) {
        Parameters.body(change);
        return findings.changeStatus(CallerPrincipal.of(security), Parameters.id(id), change.status(), Actions.version(change.version()));
    }
}
