package de.kim.rest.internal;

import de.kim.api.FormService;
import de.kim.api.model.FormSubmission;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriBuilder;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Filling in a form for a case: validated against the form's JSON Schema, stored with its version. */
@Component(service = CaseFormResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("cases/{caseId}/forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CaseFormResource {
    private final FormService forms;

    @Activate
    public CaseFormResource(@Reference FormService forms) {
        this.forms = forms;
    }

    @POST
    @Path("{formId}")
    public Response submit(@PathParam("caseId") String caseId, @PathParam("formId") String formId,
            Map<String, Object> data, @Context SecurityContext security, @Context UriInfo uri) {
        FormSubmission stored = forms.submit(CallerPrincipal.of(security), Parameters.id(caseId), formId, data);
        UriBuilder location = uri.getBaseUriBuilder().path("cases").path(caseId).path("submissions")
                .path(String.valueOf(stored.id()));
        return Response.created(location.build()).entity(stored).build();
    }
}
