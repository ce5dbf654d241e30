package de.kim.rest.internal;

import de.kim.api.CaseService;
import de.kim.api.ClientService;
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

    @Activate
    public ClientResource(@Reference ClientService clients, @Reference TimelineService timelines,
            @Reference ReferralService referrals, @Reference CaseService cases) {
        this.clients = clients;
        this.timelines = timelines;
        this.referrals = referrals;
        this.cases = cases;
    }

    @GET
    public Page<Client> search(@QueryParam("q") String name, @QueryParam("dateOfBirth") String dateOfBirth,
            @QueryParam("municipality") String municipality, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return clients.searchClients(new ClientQuery(name, Parameters.date("dateOfBirth", dateOfBirth),
                Parameters.optionalAgs("municipality", municipality), Parameters.number("page", page, 0),
                Parameters.number("size", size, 20)));
    }

    @POST
    public Response create(Client client, @Context UriInfo uri) {
        Client created = clients.createClient(Parameters.body(client));
        return created(uri, created.id(), created);
    }

    @GET
    @Path("{id}")
    public Client get(@PathParam("id") String id) {
        return clients.client(id);
    }

    @PUT
    @Path("{id}")
    public Client update(@PathParam("id") String id, Client client) {
        return clients.updateClient(id, Parameters.body(client));
    }

    @POST
    @Path("{id}/household")
    public Client link(@PathParam("id") String id, HouseholdLink link) {
        return clients.link(id, Parameters.body(link));
    }

    @DELETE
    @Path("{id}/household/{other}")
    public Client unlink(@PathParam("id") String id, @PathParam("other") String other) {
        return clients.unlink(id, other);
    }

    @GET
    @Path("{id}/timeline")
    public Timeline timeline(@PathParam("id") String id) {
        return timelines.timeline(id);
    }

    @POST
    @Path("{id}/residence-statuses")
    public Response recordStatus(@PathParam("id") String id, ResidenceStatus status) {
        StatusChange change = timelines.recordResidenceStatus(id, Parameters.body(status));
        return Response.status(Response.Status.CREATED).entity(change).build();
    }

    @POST
    @Path("{id}/legal-domain-periods")
    public Response addPeriod(@PathParam("id") String id, LegalDomainPeriod period) {
        return Response.status(Response.Status.CREATED).entity(timelines.addPeriod(id, Parameters.body(period))).build();
    }

    @POST
    @Path("{id}/legal-domain-periods/{periodId}/end")
    public LegalDomainPeriod endPeriod(@PathParam("id") String id, @PathParam("periodId") String periodId,
            Actions.PeriodEnd end) {
        return timelines.endPeriod(id, Parameters.id(periodId), Parameters.body(end).to());
    }

    @GET
    @Path("{id}/consents")
    public List<Consent> consents(@PathParam("id") String id) {
        return referrals.consents(id);
    }

    @POST
    @Path("{id}/consents")
    public Response recordConsent(@PathParam("id") String id, Consent consent) {
        return Response.status(Response.Status.CREATED).entity(referrals.recordConsent(id, Parameters.body(consent)))
                .build();
    }

    @POST
    @Path("{id}/consents/{consentId}/withdrawal")
    public Consent withdraw(@PathParam("id") String id, @PathParam("consentId") String consentId,
            Actions.ConsentWithdrawal withdrawal) {
        return referrals.withdrawConsent(id, Parameters.id(consentId), withdrawal == null ? null : withdrawal.withdrawnOn());
    }

    @GET
    @Path("{id}/cases")
    public List<Case> cases(@PathParam("id") String id) {
        clients.client(id);
        return cases.cases(id, null, null);
    }

    static Response created(UriInfo uri, Object id, Object entity) {
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(id)).build();
        return Response.created(location).entity(entity).build();
    }
}
