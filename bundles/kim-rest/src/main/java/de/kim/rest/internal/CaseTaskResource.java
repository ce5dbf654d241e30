package de.kim.rest.internal;

import de.kim.api.ProcedureService;
import de.kim.api.model.CaseTask;
import java.util.List;
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

/** The procedure tasks of a case. */
@Component(service = CaseTaskResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("cases/{caseId}/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CaseTaskResource {
    private final ProcedureService procedures;

    @Activate
    public CaseTaskResource(@Reference ProcedureService procedures) {
        this.procedures = procedures;
    }

    @GET
    public List<CaseTask> list(@Context SecurityContext security, @PathParam("caseId") String caseId) {
        return procedures.tasks(CallerPrincipal.of(security), Parameters.id(caseId));
    }

    /** Completes a task; the body ({@code note}) is optional. */
    @POST
    @Path("{taskId}/completion")
    public CaseTask complete(@PathParam("caseId") String caseId, @PathParam("taskId") String taskId,
            Actions.TaskCompletion completion, @Context SecurityContext security) {
        return procedures.complete(CallerPrincipal.of(security), Parameters.id(caseId), Parameters.id(taskId),
                completion == null ? null : completion.note());
    }
}
