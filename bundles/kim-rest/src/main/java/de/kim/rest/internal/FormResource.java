package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import de.kim.api.FormService;
import de.kim.api.model.FormDefinition;
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

/** Forms contributed by extension bundles: the current version and every earlier one. */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("forms")
@Produces(MediaType.APPLICATION_JSON)
public final class FormResource implements RestPart {
    private final FormService forms;

    @Activate
    public FormResource(@Reference FormService forms) {
        this.forms = forms;
    }

    @Operation(operationId = "listForms", summary = "Forms in use (and with inactive=true those whose bundle stopped)",
            description = "Roles: any authenticated user.",
            tags = "Extensions",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "any authenticated user")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public List<FormDefinition> list(@Parameter(description = "also forms no longer in use", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "boolean")) @QueryParam("inactive") String inactiveValue) {
        boolean inactive = Parameters.flag("inactive", inactiveValue);
        return forms.forms(inactive);
    }

    @Operation(operationId = "getForm", summary = "A form: the version in use, or the given version",
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
    public FormDefinition form(@Parameter(description = "form id") @PathParam("id") String id, @Parameter(description = "a version declared earlier") @QueryParam("version") String version) {
        return forms.form(id, version);
    }

    @Operation(operationId = "listFormVersions", summary = "Every version of a form ever declared, newest first",
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
    @Path("{id}/versions")
    public List<FormDefinition> versions(@Parameter(description = "form id") @PathParam("id") String id) {
        return forms.versions(id);
    }
}
