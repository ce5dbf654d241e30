package de.kim.rest.internal;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.OfficeKind;
import java.util.Arrays;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Reference data that clients need to fill in codes: legal domains and office kinds.
 */
@Component(service = ReferenceDataResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public final class ReferenceDataResource {

    /** A code with its display name and, for laws, the law's title. */
    public record Code(String code, String displayName, String title) {
    }

    @GET
    @Path("legal-domains")
    public List<Code> legalDomains() {
        return Arrays.stream(LegalDomain.values())
                .map(d -> new Code(d.code(), d.displayName(), d.title())).toList();
    }

    @GET
    @Path("office-kinds")
    public List<Code> officeKinds() {
        return Arrays.stream(OfficeKind.values())
                .map(k -> new Code(k.code(), k.displayName(), null)).toList();
    }
}
