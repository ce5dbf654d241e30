package de.kim.rest.internal;

import de.kim.api.ReferralService;
import de.kim.api.model.Referral;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Referrals by id; they are opened on their case ({@code POST /cases/{id}/referrals}).
 */
@Component(service = ReferralResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ReferralResource {
    private final ReferralService referrals;

    @Activate
    public ReferralResource(@Reference ReferralService referrals) {
        this.referrals = referrals;
    }

    @GET
    @Path("{id}")
    public Referral get(@Context SecurityContext security, @PathParam("id") String id) {
        return referrals.referral(CallerPrincipal.of(security), Parameters.id(id));
    }

    @POST
    @Path("{id}/status")
    public Referral status(@Context SecurityContext security, @PathParam("id") String id, Actions.ReferralStatusChange change) {
        Parameters.body(change);
        return referrals.changeStatus(CallerPrincipal.of(security), Parameters.id(id), change.status(), change.outcome(),
                Actions.version(change.version()));
    }
}
