package de.kim.rest.internal;

import de.kim.api.FormService;
import de.kim.api.model.FormDefinition;
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

/** Forms contributed by extension bundles: the current version and every earlier one. */
@Component(service = FormResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("forms")
@Produces(MediaType.APPLICATION_JSON)
public final class FormResource {
    private final FormService forms;

    @Activate
    public FormResource(@Reference FormService forms) {
        this.forms = forms;
    }

    @GET
    public List<FormDefinition> list(@QueryParam("inactive") boolean inactive) {
        return forms.forms(inactive);
    }

    @GET
    @Path("{id}")
    public FormDefinition form(@PathParam("id") String id, @QueryParam("version") String version) {
        return forms.form(id, version);
    }

    @GET
    @Path("{id}/versions")
    public List<FormDefinition> versions(@PathParam("id") String id) {
        return forms.versions(id);
    }
}
