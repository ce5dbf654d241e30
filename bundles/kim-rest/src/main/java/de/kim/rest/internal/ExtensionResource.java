package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import de.kim.api.ExtensionService;
import de.kim.api.model.Extension;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The extension bundles: state, what they contributed, what was refused. */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("extensions")
@Produces(MediaType.APPLICATION_JSON)
public final class ExtensionResource implements RestPart {
    private final ExtensionService extensions;

    @Activate
    public ExtensionResource(@Reference ExtensionService extensions) {
        this.extensions = extensions;
    }

    @Operation(operationId = "listExtensions", summary = "Extension bundles: state, contributions, refused files",
            description = "Roles: any authenticated user.",
            tags = "Extensions",
            extensions = @io.swagger.v3.oas.annotations.extensions.Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "any authenticated user")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public List<Extension> list() {
        return extensions.extensions();
    }
}
