package de.kim.rest.internal;

import de.kim.api.ExtensionService;
import de.kim.api.model.Extension;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The extension bundles: state, what they contributed, what was refused. */
@Component(service = ExtensionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("extensions")
@Produces(MediaType.APPLICATION_JSON)
public final class ExtensionResource {
    private final ExtensionService extensions;

    @Activate
    public ExtensionResource(@Reference ExtensionService extensions) {
        this.extensions = extensions;
    }

    @GET
    public List<Extension> list() {
        return extensions.extensions();
    }
}
