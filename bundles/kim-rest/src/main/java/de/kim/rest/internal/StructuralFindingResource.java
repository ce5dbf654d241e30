package de.kim.rest.internal;

import de.kim.api.StructuralFindingService;
import de.kim.api.model.StructuralFinding;
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

@Component(service = StructuralFindingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("structural-findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class StructuralFindingResource {
    private final StructuralFindingService findings;

    @Activate
    public StructuralFindingResource(@Reference StructuralFindingService findings) {
        this.findings = findings;
    }

    @GET
    public List<StructuralFinding> list(@Context SecurityContext security, @QueryParam("status") String status) {
        return findings.findings(CallerPrincipal.of(security), Parameters.code(StructuralFinding.Status.class, "status", status));
    }

    @POST
    public Response report(@Context SecurityContext security, StructuralFinding finding, @Context UriInfo uri) {
        StructuralFinding reported = findings.report(CallerPrincipal.of(security), Parameters.body(finding));
        return ClientResource.created(uri, reported.id(), reported);
    }

    @GET
    @Path("{id}")
    public StructuralFinding get(@Context SecurityContext security, @PathParam("id") String id) {
        return findings.finding(CallerPrincipal.of(security), Parameters.id(id));
    }

    @PUT
    @Path("{id}")
    public StructuralFinding update(@Context SecurityContext security, @PathParam("id") String id, StructuralFinding finding) {
        return findings.update(CallerPrincipal.of(security), Parameters.id(id), Parameters.body(finding));
    }

    @POST
    @Path("{id}/status")
    public StructuralFinding status(@Context SecurityContext security, @PathParam("id") String id, Actions.FindingStatusChange change) {
        Parameters.body(change);
        return findings.changeStatus(CallerPrincipal.of(security), Parameters.id(id), change.status(), Actions.version(change.version()));
    }
}
