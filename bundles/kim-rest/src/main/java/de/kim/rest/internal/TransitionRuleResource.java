package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import de.kim.api.RuleSetReview;
import de.kim.api.TransitionRuleService;
import de.kim.api.model.OfferedRuleSet;
import de.kim.api.model.RuleSetDiff;
import de.kim.api.model.TransitionRuleSet;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Rechtskreiswechsel and deadline rules in force, with the file they come from and its last refusal; rule sets
 * offered by extension bundles (a change of law), their dry run and activation.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("transition-rules")
@Produces(MediaType.APPLICATION_JSON)
public final class TransitionRuleResource implements RestPart {
    private final TransitionRuleService rules;
    private final RuleSetReview review;

    @Activate
    public TransitionRuleResource(@Reference TransitionRuleService rules, @Reference RuleSetReview review) {
        this.rules = rules;
        this.review = review;
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

    private static final String REVIEWERS = "KIM_COORDINATOR (each client, by pseudonymous id), KIM_ADMIN (how many"
            + " clients only)";

    @Operation(operationId = "listOfferedRuleSets", summary = "Rule sets offered by deployed extension bundles"
            + " (a change of law), not yet in force", description = "Roles: " + REVIEWERS + ".", tags = "Timeline",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = REVIEWERS)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("offered")
    public List<OfferedRuleSet> offered(@Context SecurityContext security) {
        return review.offered(CallerPrincipal.of(security));
    }

    @Operation(operationId = "diffRuleSet", summary = "Dry run of an offered rule set over every timeline: the rules"
            + " and the clients whose transitions or deadlines would differ", description = "Roles: " + REVIEWERS
            + ". Nothing is changed; the run is audited.", tags = "Timeline",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = REVIEWERS)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "The offered rule set is refused (its problems named)",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @GET
    @Path("diff")
    public RuleSetDiff diff(@Context SecurityContext security, @io.swagger.v3.oas.annotations.Parameter(description = "the offered rule set", required = true) @QueryParam("name") String name) {
        return review.diff(CallerPrincipal.of(security), name(name));
    }

    /** Which offered rule set to put in force. */
    record RuleSetActivation(String name) {
    }

    @Operation(operationId = "activateRuleSet", summary = "Put an offered rule set in force (the rules file before is"
            + " kept beside it)", description = "Roles: KIM_ADMIN.", tags = "Timeline",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = "KIM_ADMIN")))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "The offered rule set is refused (its problems named)",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("activation")
    @Consumes(MediaType.APPLICATION_JSON)
    public TransitionRuleSet activate(@Context SecurityContext security, RuleSetActivation activation) {
        return review.activate(CallerPrincipal.of(security), name(Parameters.body(activation).name()));
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new BadRequest("name", "the name of an offered rule set (1 to 200 characters)");
        }
        return name;
    }
}
