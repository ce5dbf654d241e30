package de.kim.rest.internal;

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
import de.kim.api.CaseService;
import de.kim.api.ReferralService;
import de.kim.api.RetentionService;
import de.kim.api.model.Activity;
import de.kim.api.model.Assessment;
import de.kim.api.model.Case;
import de.kim.api.model.CasePhase;
import de.kim.api.model.Goal;
import de.kim.api.model.Referral;
import de.kim.api.model.TopicArea;
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

/**
 * Cases with their phases, assessments, goals, activities and referrals.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CaseResource implements RestPart {
    private final CaseService cases;
    private final ReferralService referrals;
    private final RetentionService retention;

    @Activate
    public CaseResource(@Reference CaseService cases, @Reference ReferralService referrals,
            @Reference RetentionService retention) {
        this.retention = retention;
        this.cases = cases;
        this.referrals = referrals;
    }

    @Operation(operationId = "listCases", summary = "Cases, newest first",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public List<Case> list(@Context SecurityContext security, @Parameter(description = "client id") @QueryParam("client") String client, @QueryParam("phase") String phase,
            @Parameter(description = "AGS of the owner municipality") @QueryParam("municipality") String municipality,
            @Parameter(description = "the beginning of a file number (Aktenzeichen), any case")
            @QueryParam("fileNumber") String fileNumber,
            @Context UriInfo uri) {
        ListPaging.PageRequest page = ListPaging.of(uri.getQueryParameters());
        return new PagedList<>(cases.casePage(CallerPrincipal.of(security), client,
                Parameters.code(CasePhase.class, "phase", phase), Parameters.optionalAgs("municipality", municipality),
                fileNumber, page.page(), page.size()));
    }

    @Operation(operationId = "createCase", summary = "Open a case (phase INTAKE)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = Case.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "The client has an open case in this target group"
            + " (type urn:kim:problem:duplicate-case): repeat with secondCase=true to open a second one",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    public Response open(@Context SecurityContext security, Case kimCase, @Context UriInfo uri,
            @Parameter(description = "true: open the case although the client has an open one in the target group",
                    schema = @Schema(type = "boolean")) @QueryParam("secondCase") String secondCase) {
        Case opened = cases.openCase(CallerPrincipal.of(security), Parameters.body(kimCase),
                Parameters.flag("secondCase", secondCase));
        return ClientResource.created(uri, opened.id(), opened);
    }

    @Operation(operationId = "getCase", summary = "One case with assessments, goals and activities",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
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
    public Case get(@Context SecurityContext security, @PathParam("id") String id) {
        return cases.caseById(CallerPrincipal.of(security), Parameters.id(id));
    }

    @Operation(operationId = "updateCase", summary = "Change case manager, target group, owner (send the version you read)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
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
    public Case update(@Context SecurityContext security, @PathParam("id") String id, Case kimCase) {
        return cases.updateCase(CallerPrincipal.of(security), Parameters.id(id), Parameters.body(kimCase));
    }

    @Operation(operationId = "changeCasePhase", summary = "Move to another DGCC phase (409 if not allowed)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
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
    @Path("{id}/phase")
    public Case phase(@Context SecurityContext security, @PathParam("id") String id, Actions.PhaseChange change) {
        Parameters.body(change);
        if (change.phase() == CasePhase.CLOSED) {
            return cases.closeCase(CallerPrincipal.of(security), Parameters.id(id), change.reason(), change.closedOn(),
                    Actions.version(change.version()));
        }
        return cases.moveToPhase(CallerPrincipal.of(security), Parameters.id(id), change.phase(), change.reason(), Actions.version(change.version()));
    }

    @Operation(operationId = "updateCaseAssessment", summary = "Assess a topic area",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
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
    @Path("{id}/assessments/{area}")
    public Case assess(@Context SecurityContext security, @PathParam("id") String id, @Parameter(description = "topic area") @PathParam("area") String area, Assessment assessment) {
        Assessment body = Parameters.body(assessment);
        TopicArea topic = Parameters.code(TopicArea.class, "area", area);
        return cases.assess(CallerPrincipal.of(security), Parameters.id(id), new Assessment(topic, body.need(), body.note(), body.assessedOn()));
    }

    @Operation(operationId = "createCaseGoal", summary = "Agree a goal",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = Case.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state (overlap, phase, consent, stale version)",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("{id}/goals")
    public Response addGoal(@Context SecurityContext security, @PathParam("id") String id, Goal goal) {
        return Response.status(Response.Status.CREATED)
                .entity(cases.addGoal(CallerPrincipal.of(security), Parameters.id(id), Parameters.body(goal))).build();
    }

    @Operation(operationId = "updateCaseGoal", summary = "Change a goal (status, due date)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
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
    @PUT
    @Path("{id}/goals/{goalId}")
    public Case updateGoal(@Context SecurityContext security, @PathParam("id") String id, @PathParam("goalId") String goalId, Goal goal) {
        return cases.updateGoal(CallerPrincipal.of(security), Parameters.id(id), Parameters.id(goalId), Parameters.body(goal));
    }

    @Operation(operationId = "createCaseActivity", summary = "Document a contact or activity (never changes who holds the case)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = Case.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @POST
    @Path("{id}/activities")
    public Response addActivity(@Context SecurityContext security, @PathParam("id") String id, Activity activity) {
        return Response.status(Response.Status.CREATED)
                .entity(cases.addActivity(CallerPrincipal.of(security), Parameters.id(id), Parameters.body(activity))).build();
    }

    @Operation(operationId = "listCaseReferrals", summary = "The case's referrals",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Referrals",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("{id}/referrals")
    public List<Referral> referrals(@Context SecurityContext security, @PathParam("id") String id) {
        return referrals.referrals(CallerPrincipal.of(security), Parameters.id(id));
    }

    @Operation(operationId = "createCaseReferral", summary = "Refer the case (409 without a covering consent)",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Referrals",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = Referral.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "Conflicts with the current state (overlap, phase, consent, stale version)",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Path("{id}/referrals")
    public Response refer(@Context SecurityContext security, @PathParam("id") String id, Referral referral, @Context UriInfo uri) {
        Referral opened = referrals.refer(CallerPrincipal.of(security), Parameters.id(id), Parameters.body(referral));
        return Response.created(uri.getBaseUriBuilder().path("referrals").path(String.valueOf(opened.id())).build())
                .entity(opened).build();
    }

    /** Puts the case on legal hold (kept beyond retention, not erasable) or lifts the hold. */
    @Operation(operationId = "setCaseLegalHold", summary = "Puts the case on legal hold or lifts it",
            description = "Roles: KIM_CASE_MANAGER of the client's municipality (the case team).",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER of the " +
                    "client's municipality (the case team)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "204", description = "Done")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "422", description = "A hold needs a reason",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @PUT
    @Path("{id}/legal-hold")
    public Response legalHold(@Context SecurityContext security, @PathParam("id") String id, Actions.LegalHold hold) {
        Parameters.body(hold);
        retention.legalHold(CallerPrincipal.of(security), Parameters.id(id), Boolean.TRUE.equals(hold.hold()),
                hold.reason());
        return Response.noContent().build();
    }
}
