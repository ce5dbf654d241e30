package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import de.kim.api.TransitionRuleService;
import de.kim.api.model.TransitionRuleSet;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Rechtskreiswechsel and deadline rules in force, with the file they come from and its last refusal.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("transition-rules")
@Produces(MediaType.APPLICATION_JSON)
public final class TransitionRuleResource implements RestPart {
    private final TransitionRuleService rules;

    @Activate
    public TransitionRuleResource(@Reference TransitionRuleService rules) {
        this.rules = rules;
    }

    @Operation(operationId = "getTransitionRules", summary = "The Rechtskreiswechsel and deadline rules in force, the rules file and its last refusal",
            description = "Roles: any authenticated user.",
            tags = "Timeline",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "any authenticated user")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public TransitionRuleSet rules() {
        return rules.rules();
    }
}
