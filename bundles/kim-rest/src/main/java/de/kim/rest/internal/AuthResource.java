package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.Map;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Short-lived bearer tokens for users who logged in with HTTP Basic, so that a browser or script
 * does not send the password with every request. Roles: any authenticated user.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource implements RestPart {
    private final Authentication authentication;

    @Activate
    public AuthResource(@Reference Authentication authentication) {
        this.authentication = authentication;
    }

    /** A token for the Basic-authenticated user (a token cannot be traded for a longer one). */
    @Operation(operationId = "createToken", summary = "A short-lived bearer token (JWT) for the user authenticated with HTTP Basic",
            description = "Roles: any authenticated user.",
            tags = "Authentication",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "any authenticated user")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @POST
    @Path("token")
    public Map<String, Object> token(@Context SecurityContext security) {
        CallerPrincipal principal = CallerPrincipal.principal(security);
        if (!SecurityContext.BASIC_AUTH.equals(principal.scheme())) {
            throw new BadRequest("Authorization", "log in with HTTP Basic to get a token");
        }
        Tokens tokens = authentication.tokens();
        return Map.of("access_token", authentication.token(principal.getName(), principal.names()),
                "token_type", "Bearer", "expires_in", tokens.lifetimeSeconds());
    }
}
