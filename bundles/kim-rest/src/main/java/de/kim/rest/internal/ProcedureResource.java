package de.kim.rest.internal;

import de.kim.api.ProcedureService;
import de.kim.api.model.ProcedureDefinition;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Procedures contributed by extension bundles. */
@Component(service = ProcedureResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("procedures")
@Produces(MediaType.APPLICATION_JSON)
public final class ProcedureResource {
    private final ProcedureService procedures;

    @Activate
    public ProcedureResource(@Reference ProcedureService procedures) {
        this.procedures = procedures;
    }

    @GET
    public List<ProcedureDefinition> list(@QueryParam("inactive") boolean inactive) {
        return procedures.procedures(inactive);
    }

    @GET
    @Path("{id}")
    public ProcedureDefinition procedure(@PathParam("id") String id) {
        return procedures.procedure(id);
    }
}
