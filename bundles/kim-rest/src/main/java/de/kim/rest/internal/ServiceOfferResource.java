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
import de.kim.api.model.ServiceOffer;
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
@Path("services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ServiceOfferResource implements RestPart {
    private final DirectoryService directory;
    /** Directory writes are administration: audited with who, what and which record. */
    private final AuditTrail audit;

    @Activate
    public ServiceOfferResource(@Reference DirectoryService directory, @Reference AuditTrail audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @Operation(operationId = "listServices", summary = "List services",
            tags = "Services",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @GET
    public List<ServiceOffer> list(@Parameter(description = "AGS of a municipality") @QueryParam("municipality") String municipality) {
        return directory.services(Parameters.optionalAgs("municipality", municipality));
    }

    @Operation(operationId = "getService", summary = "One service",
            tags = "Services",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Path("{id}")
    public ServiceOffer get(@PathParam("id") String id) {
        return directory.service(Parameters.id(id));
    }

    @Operation(operationId = "createService", summary = "Create service",
            description = "Roles: KIM_ADMIN.",
            tags = "Services",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_ADMIN")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new resource",
            content = @Content(schema = @Schema(implementation = ServiceOffer.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule of the model",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    public Response create(@Context SecurityContext security, ServiceOffer service, @Context UriInfo uri) {
        ServiceOffer created = directory.createService(Parameters.body(service));
        audit.administered(CallerPrincipal.of(security), "directory.service.create", "service " + created.id() + ": "
                + created.name());
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @Operation(operationId = "updateService", summary = "Replace service",
            description = "Roles: KIM_ADMIN.",
            tags = "Services",
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
    public ServiceOffer update(@Context SecurityContext security, @PathParam("id") String id, ServiceOffer service) {
        ServiceOffer updated = directory.updateService(Parameters.id(id), Parameters.body(service));
        audit.administered(CallerPrincipal.of(security), "directory.service.update", "service " + updated.id() + ": "
                + updated.name());
        return updated;
    }

    @Operation(operationId = "deleteService", summary = "Delete service",
            description = "Roles: KIM_ADMIN.",
            tags = "Services",
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
        directory.deleteService(Parameters.id(id));
        audit.administered(CallerPrincipal.of(security), "directory.service.delete", "service " + id);
        return Response.noContent().build();
    }
}
