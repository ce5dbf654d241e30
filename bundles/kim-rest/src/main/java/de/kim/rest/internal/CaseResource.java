package de.kim.rest.internal;

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
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Cases with their phases, assessments, goals, activities and referrals.
 */
@Component(service = CaseResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CaseResource {
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

    @GET
    public List<Case> list(@Context SecurityContext security, @QueryParam("client") String client, @QueryParam("phase") String phase,
            @QueryParam("municipality") String municipality) {
        return cases.cases(CallerPrincipal.of(security), client, Parameters.code(CasePhase.class, "phase", phase),
                Parameters.optionalAgs("municipality", municipality));
    }

    @POST
    public Response open(@Context SecurityContext security, Case kimCase, @Context UriInfo uri) {
        Case opened = cases.openCase(CallerPrincipal.of(security), Parameters.body(kimCase));
        return ClientResource.created(uri, opened.id(), opened);
    }

    @GET
    @Path("{id}")
    public Case get(@Context SecurityContext security, @PathParam("id") String id) {
        return cases.caseById(CallerPrincipal.of(security), Parameters.id(id));
    }

    @PUT
    @Path("{id}")
    public Case update(@Context SecurityContext security, @PathParam("id") String id, Case kimCase) {
        return cases.updateCase(CallerPrincipal.of(security), Parameters.id(id), Parameters.body(kimCase));
    }

    @POST
    @Path("{id}/phase")
    public Case phase(@Context SecurityContext security, @PathParam("id") String id, Actions.PhaseChange change) {
        Parameters.body(change);
        return cases.moveToPhase(CallerPrincipal.of(security), Parameters.id(id), change.phase(), change.reason(), Actions.version(change.version()));
    }

    @PUT
    @Path("{id}/assessments/{area}")
    public Case assess(@Context SecurityContext security, @PathParam("id") String id, @PathParam("area") String area, Assessment assessment) {
        Assessment body = Parameters.body(assessment);
        TopicArea topic = Parameters.code(TopicArea.class, "area", area);
        return cases.assess(CallerPrincipal.of(security), Parameters.id(id), new Assessment(topic, body.need(), body.note(), body.assessedOn()));
    }

    @POST
    @Path("{id}/goals")
    public Response addGoal(@Context SecurityContext security, @PathParam("id") String id, Goal goal) {
        return Response.status(Response.Status.CREATED)
                .entity(cases.addGoal(CallerPrincipal.of(security), Parameters.id(id), Parameters.body(goal))).build();
    }

    @PUT
    @Path("{id}/goals/{goalId}")
    public Case updateGoal(@Context SecurityContext security, @PathParam("id") String id, @PathParam("goalId") String goalId, Goal goal) {
        return cases.updateGoal(CallerPrincipal.of(security), Parameters.id(id), Parameters.id(goalId), Parameters.body(goal));
    }

    @POST
    @Path("{id}/activities")
    public Response addActivity(@Context SecurityContext security, @PathParam("id") String id, Activity activity) {
        return Response.status(Response.Status.CREATED)
                .entity(cases.addActivity(CallerPrincipal.of(security), Parameters.id(id), Parameters.body(activity))).build();
    }

    @GET
    @Path("{id}/referrals")
    public List<Referral> referrals(@Context SecurityContext security, @PathParam("id") String id) {
        return referrals.referrals(CallerPrincipal.of(security), Parameters.id(id));
    }

    @POST
    @Path("{id}/referrals")
    public Response refer(@Context SecurityContext security, @PathParam("id") String id, Referral referral, @Context UriInfo uri) {
        Referral opened = referrals.refer(CallerPrincipal.of(security), Parameters.id(id), Parameters.body(referral));
        return Response.created(uri.getBaseUriBuilder().path("referrals").path(String.valueOf(opened.id())).build())
                .entity(opened).build();
    }

    /** Puts the case on legal hold (kept beyond retention, not erasable) or lifts the hold. */
    @PUT
    @Path("{id}/legal-hold")
    public Response legalHold(@Context SecurityContext security, @PathParam("id") String id, Actions.LegalHold hold) {
        Parameters.body(hold);
        retention.legalHold(CallerPrincipal.of(security), Parameters.id(id), Boolean.TRUE.equals(hold.hold()),
                hold.reason());
        return Response.noContent().build();
    }
}
