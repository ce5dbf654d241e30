package de.kim.rest.internal;

import de.kim.api.CaseService;
import de.kim.api.ClientService;
import de.kim.api.DataSubjectService;
import de.kim.api.model.ClientRecord;
import de.kim.api.ReferralService;
import de.kim.api.TimelineService;
import de.kim.api.model.Case;
import de.kim.api.model.Client;
import de.kim.api.model.ClientQuery;
import de.kim.api.model.Consent;
import de.kim.api.model.HouseholdLink;
import de.kim.api.model.LegalDomainPeriod;
import de.kim.api.model.Page;
import de.kim.api.model.ResidenceStatus;
import de.kim.api.model.StatusChange;
import de.kim.api.model.Timeline;
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
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Clients with their timeline (residence statuses, legal-domain periods) and consents.
 */
@Component(service = ClientResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ClientResource {
    private final ClientService clients;
    private final TimelineService timelines;
    private final ReferralService referrals;
    private final CaseService cases;
    private final DataSubjectService subjects;

    @Activate
    public ClientResource(@Reference ClientService clients, @Reference TimelineService timelines,
            @Reference ReferralService referrals, @Reference CaseService cases, @Reference DataSubjectService subjects) {
        this.subjects = subjects;
        this.clients = clients;
        this.timelines = timelines;
        this.referrals = referrals;
        this.cases = cases;
    }

    @GET
    public Page<Client> search(@Context SecurityContext security, @QueryParam("q") String name, @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("municipality") String municipality, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return clients.searchClients(CallerPrincipal.of(security), new ClientQuery(name, Parameters.date("dateOfBirth", dateOfBirth),
                Parameters.optionalAgs("municipality", municipality), Parameters.number("page", page, 0),
                Parameters.number("size", size, 20)));
    }

    @POST
    public Response create(@Context SecurityContext security, Client client, @Context UriInfo uri) {
        Client created = clients.createClient(CallerPrincipal.of(security), Parameters.body(client));
        return created(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    public Client get(@Context SecurityContext security, @PathParam("id") String id) {
        return clients.client(CallerPrincipal.of(security), id);
    }

    /** Everything stored on the client (DSGVO Art. 15); the case team only. */
    @GET
    @Path("{id}/export")
    public ClientRecord export(@Context SecurityContext security, @PathParam("id") String id) {
        return subjects.export(CallerPrincipal.of(security), id);
    }

    /** Erases the client with all cases (DSGVO Art. 17); 409 naming the rule while one keeps a case. */
    @DELETE
    @Path("{id}")
    public Response erase(@Context SecurityContext security, @PathParam("id") String id) {
        subjects.erase(CallerPrincipal.of(security), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}")
    public Client update(@Context SecurityContext security, @PathParam("id") String id, Client client) {
        return clients.updateClient(CallerPrincipal.of(security), id, Parameters.body(client));
    }

    @POST
    @Path("{id}/household")
    public Client link(@Context SecurityContext security, @PathParam("id") String id, HouseholdLink link) {
        return clients.link(CallerPrincipal.of(security), id, Parameters.body(link));
    }

    @DELETE
    @Path("{id}/household/{other}")
    public Client unlink(@Context SecurityContext security, @PathParam("id") String id, @PathParam("other") String other) {
        return clients.unlink(CallerPrincipal.of(security), id, other);
    }

    @GET
    @Path("{id}/timeline")
    public Timeline timeline(@Context SecurityContext security, @PathParam("id") String id) {
        return timelines.timeline(CallerPrincipal.of(security), id);
    }

    @POST
    @Path("{id}/residence-statuses")
    public Response recordStatus(@Context SecurityContext security, @PathParam("id") String id, ResidenceStatus status) {
        StatusChange change = timelines.recordResidenceStatus(CallerPrincipal.of(security), id, Parameters.body(status));
        return Response.status(Response.Status.CREATED).entity(change).build();
    }

    @POST
    @Path("{id}/legal-domain-periods")
    public Response addPeriod(@Context SecurityContext security, @PathParam("id") String id, LegalDomainPeriod period) {
        return Response.status(Response.Status.CREATED).entity(timelines.addPeriod(CallerPrincipal.of(security), id, Parameters.body(period))).build();
    }

    @POST
    @Path("{id}/legal-domain-periods/{periodId}/end")
    public LegalDomainPeriod endPeriod(@Context SecurityContext security, @PathParam("id") String id, @PathParam("periodId") String periodId,
            Actions.PeriodEnd end) {
        return timelines.endPeriod(CallerPrincipal.of(security), id, Parameters.id(periodId), Parameters.body(end).to());
    }

    @GET
    @Path("{id}/consents")
    public List<Consent> consents(@Context SecurityContext security, @PathParam("id") String id) {
        return referrals.consents(CallerPrincipal.of(security), id);
    }

    @POST
    @Path("{id}/consents")
    public Response recordConsent(@Context SecurityContext security, @PathParam("id") String id, Consent consent) {
        return Response.status(Response.Status.CREATED).entity(referrals.recordConsent(CallerPrincipal.of(security), id, Parameters.body(consent)))
                .build();
    }

    @POST
    @Path("{id}/consents/{consentId}/withdrawal")
    public Consent withdraw(@Context SecurityContext security, @PathParam("id") String id, @PathParam("consentId") String consentId,
            Actions.ConsentWithdrawal withdrawal) {
        return referrals.withdrawConsent(CallerPrincipal.of(security), id, Parameters.id(consentId), withdrawal == null ? null : withdrawal.withdrawnOn());
    }

    @GET
    @Path("{id}/cases")
    public List<Case> cases(@Context SecurityContext security, @PathParam("id") String id) {
        clients.client(CallerPrincipal.of(security), id);
        return cases.cases(CallerPrincipal.of(security), id, null, null);
    }

    static Response created(UriInfo uri, Object id, Object entity) {
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(id)).build();
        return Response.created(location).entity(entity).build();
    }
}
