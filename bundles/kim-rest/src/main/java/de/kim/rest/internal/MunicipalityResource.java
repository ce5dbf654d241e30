package de.kim.rest.internal;

import de.kim.api.DirectoryService;
import de.kim.api.model.Municipality;
import de.kim.api.model.Office;
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

@Component(service = MunicipalityResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
public final class MunicipalityResource {
    private final DirectoryService directory;

    @Activate
    public MunicipalityResource(@Reference DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    public List<Municipality> list(@QueryParam("kim") String kim) {
        return directory.municipalities(kimOnly(kim));
    }

    @GET
    @Path("{ags}")
    public Municipality get(@PathParam("ags") String ags) {
        return directory.municipality(Parameters.ags("ags", ags));
    }

    @GET
    @Path("{ags}/responsible")
    public Office responsible(@PathParam("ags") String ags, @QueryParam("legalDomain") String legalDomain) {
        return directory.responsibleOffice(Parameters.ags("ags", ags),
                Parameters.legalDomain("legalDomain", legalDomain, true));
    }

    private static boolean kimOnly(String kim) {
        if (kim == null || kim.isEmpty() || "false".equals(kim)) {
            return false;
        }
        if ("true".equals(kim)) {
            return true;
        }
        throw new BadRequest("kim", "must be true or false, not '" + kim + "'");
    }
}
