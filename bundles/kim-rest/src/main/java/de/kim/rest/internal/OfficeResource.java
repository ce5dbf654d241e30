package de.kim.rest.internal;

import de.kim.api.DirectoryService;
import de.kim.api.model.Office;
import de.kim.api.model.OfficeQuery;
import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

@Component(service = OfficeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("offices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class OfficeResource {
    private final DirectoryService directory;

    @Activate
    public OfficeResource(@Reference DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    public List<Office> list(@QueryParam("municipality") String municipality,
            @QueryParam("legalDomain") String legalDomain, @QueryParam("kind") String kind) {
        return directory.offices(new OfficeQuery(Parameters.optionalAgs("municipality", municipality),
                Parameters.legalDomain("legalDomain", legalDomain, false), Parameters.officeKind("kind", kind)));
    }

    @GET
    @Path("{id}")
    public Office get(@PathParam("id") String id) {
        return directory.office(Parameters.id(id));
    }

    @POST
    public Response create(Office office, @Context UriInfo uri) {
        Office created = directory.createOffice(Parameters.body(office));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public Office update(@PathParam("id") String id, Office office) {
        return directory.updateOffice(Parameters.id(id), Parameters.body(office));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        directory.deleteOffice(Parameters.id(id));
        return Response.noContent().build();
    }
}
