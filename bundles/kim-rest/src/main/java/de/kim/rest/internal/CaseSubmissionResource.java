package de.kim.rest.internal;

import de.kim.api.FormService;
import de.kim.api.model.FormSubmission;
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

/** The form submissions of a case, readable whether or not their form is still in use. */
@Component(service = CaseSubmissionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("cases/{caseId}/submissions")
@Produces(MediaType.APPLICATION_JSON)
public final class CaseSubmissionResource {
    private final FormService forms;

    @Activate
    public CaseSubmissionResource(@Reference FormService forms) {
        this.forms = forms;
    }

    @GET
    public List<FormSubmission> list(@Context SecurityContext security, @PathParam("caseId") String caseId) {
        return forms.submissions(CallerPrincipal.of(security), Parameters.id(caseId));
    }

    @GET
    @Path("{submissionId}")
    public FormSubmission submission(@Context SecurityContext security, @PathParam("caseId") String caseId,
            @PathParam("submissionId") String submissionId) {
        return forms.submission(CallerPrincipal.of(security), Parameters.id(caseId), Parameters.id(submissionId));
    }
}
