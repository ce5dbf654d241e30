package de.kim.rest.internal;

import de.kim.api.ProcedureService;
import de.kim.api.TimelineService;
import de.kim.api.model.CaseTask;
import de.kim.api.model.ClientTask;
import de.kim.api.model.PlannedTransition;
import java.time.LocalDate;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * What is due within the next days: planned legal-domain changes and deadlines, overdue ones included.
 */
@Component(service = DueResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("due")
@Produces(MediaType.APPLICATION_JSON)
public final class DueResource {
    private final TimelineService timelines;
    private final ProcedureService procedures;

    @Activate
    public DueResource(@Reference TimelineService timelines, @Reference ProcedureService procedures) {
        this.timelines = timelines;
        this.procedures = procedures;
    }

    /** Open procedure tasks due before the end of the given day offset ({@code days=0}: overdue today). */
    @GET
    @Path("tasks")
    public List<CaseTask> tasksDue(@Context SecurityContext security, @QueryParam("days") String days) {
        return procedures.overdue(CallerPrincipal.of(security), until(days == null ? "0" : days).plusDays(1));
    }

    @GET
    @Path("transitions")
    public List<PlannedTransition> transitionsDue(@Context SecurityContext security, @QueryParam("days") String days) {
        return timelines.transitionsDue(CallerPrincipal.of(security), until(days));
    }

    @GET
    @Path("deadlines")
    public List<ClientTask> deadlinesDue(@Context SecurityContext security, @QueryParam("days") String days) {
        return timelines.tasksDue(CallerPrincipal.of(security), until(days));
    }

    private static LocalDate until(String days) {
        int n = Parameters.number("days", days, 30);
        if (n < 0 || n > 3660) {
            throw new BadRequest("days", "must be between 0 and 3660");
        }
        return LocalDate.now().plusDays(n);
    }
}
