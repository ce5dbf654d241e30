package de.kim.rest.internal;

import de.kim.api.access.AuditTrail;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import de.kim.api.DirectoryService;
import de.kim.api.model.Office;
import de.kim.api.model.OfficeQuery;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("offices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OfficeResource implements RestPart {
    private final DirectoryService directory;
    /** Directory writes are administration: audited with who, what and which record. */
    private final AuditTrail audit;

    @Activate
    public OfficeResource(@Reference DirectoryService directory, @Reference AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @Operation(operationId = "listOffices", summary = "List offices",
            tags = "Offices",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @GET
    public List<Office> list(@Parameter(description = "AGS of a municipality") @QueryParam("municipality") String municipality,
            @QueryParam("legalDomain") String legalDomain, @QueryParam("kind") String kind) {
        return directory.offices(new OfficeQuery(Parameters.optionalAgs("municipality", municipality),
                Parameters.legalDomain("legalDomain", legalDomain, false), Parameters.officeKind("kind", kind)));
    }

    @Operation(operationId = "getOffice", summary = "One office",
            tags = "Offices",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Path("{id}")
    public Office get(@PathParam("id") String id) {
        return directory.office(Parameters.id(id));
    }

    @Operation(operationId = "createOffice", summary = "Create office",
            description = "Roles: KIM_ADMIN.",
            tags = "Offices",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_ADMIN")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new resource",
            content = @Content(schema = @Schema(implementation = Office.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule of the model",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    public Response create(@Context SecurityContext security, Office office, @Context UriInfo uri) {
        Office created = directory.createOffice(Parameters.body(office));
        audit.administered(CallerPrincipal.of(security), "directory.office.create", "office " + created.id() + ": "
                + created.name());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @Operation(operationId = "updateOffice", summary = "Replace office",
            description = "Roles: KIM_ADMIN.",
            tags = "Offices",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_ADMIN")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule of the model",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @PUT
    @Path("{id}")
    public Office update(@Context SecurityContext security, @PathParam("id") String id, Office office) {
        Office updated = directory.updateOffice(Parameters.id(id), Parameters.body(office));
        audit.administered(CallerPrincipal.of(security), "directory.office.update", "office " + updated.id() + ": "
                + updated.name());
        return updated;
    }

    @Operation(operationId = "deleteOffice", summary = "Delete office",
            description = "Roles: KIM_ADMIN.",
            tags = "Offices",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_ADMIN")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Still referred to",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule of the model",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @DELETE
    @Path("{id}")
    public Response delete(@Context SecurityContext security, @PathParam("id") String id) {
        directory.deleteOffice(Parameters.id(id));
        audit.administered(CallerPrincipal.of(security), "directory.office.delete", "office " + id);
        return Response.noContent().build();
    }
}
