package de.kim.rest.internal;

import de.kim.api.ProcedureService;
import de.kim.api.model.ProcedureInstance;
import java.util.List;
import javax.ws.rs.GET;
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

/** The procedures attached to a case, with their milestones. */
@Component(service = CaseProcedureResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("cases/{caseId}/procedures")
@Produces(MediaType.APPLICATION_JSON)
public final class CaseProcedureResource {
    private final ProcedureService procedures;

    @Activate
    public CaseProcedureResource(@Reference ProcedureService procedures) {
        this.procedures = procedures;
    }

    @GET
    public List<ProcedureInstance> list(@Context SecurityContext security, @PathParam("caseId") String caseId) {
        return procedures.instances(CallerPrincipal.of(security), Parameters.id(caseId));
    }
}
