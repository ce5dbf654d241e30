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
import de.kim.api.model.ProcedureDefinition;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Procedures contributed by extension bundles. */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("procedures")
@Produces(MediaType.APPLICATION_JSON)
public final class ProcedureResource implements RestPart {
    private final ProcedureService procedures;

    @Activate
    public ProcedureResource(@Reference ProcedureService procedures) {
        this.procedures = procedures;
    }

    @Operation(operationId = "listProcedures", summary = "Procedures in use (and with inactive=true those whose bundle stopped)",
            description = "Roles: any authenticated user.",
            tags = "Extensions",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "any authenticated user")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public List<ProcedureDefinition> list(@Parameter(description = "also procedures no longer in use", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "boolean")) @QueryParam("inactive") String inactiveValue) {
        boolean inactive = Parameters.flag("inactive", inactiveValue);
        return procedures.procedures(inactive);
    }

    @Operation(operationId = "getProcedure", summary = "A procedure definition",
            description = "Roles: any authenticated user.",
            tags = "Extensions",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "any authenticated user")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("{id}")
    public ProcedureDefinition procedure(@Parameter(description = "procedure id") @PathParam("id") String id) {
        return procedures.procedure(id);
    }
}
