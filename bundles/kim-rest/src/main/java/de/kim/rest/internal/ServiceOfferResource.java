package de.kim.rest.internal;

import de.kim.api.DirectoryService;
import de.kim.api.model.ServiceOffer;
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

@Component(service = ServiceOfferResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ServiceOfferResource {
    private final DirectoryService directory;

    @Activate
    public ServiceOfferResource(@Reference DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    public List<ServiceOffer> list(@QueryParam("municipality") String municipality) {
        return directory.services(Parameters.optionalAgs("municipality", municipality));
    }

    @GET
    @Path("{id}")
    public ServiceOffer get(@PathParam("id") String id) {
        return directory.service(Parameters.id(id));
    }

    @POST
    public Response create(ServiceOffer service, @Context UriInfo uri) {
        ServiceOffer created = directory.createService(Parameters.body(service));
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build();
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public ServiceOffer update(@PathParam("id") String id, ServiceOffer service) {
        return directory.updateService(Parameters.id(id), Parameters.body(service));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        directory.deleteService(Parameters.id(id));
        return Response.noContent().build();
    }
}
