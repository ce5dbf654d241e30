package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import de.kim.api.model.DataCategory;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.OfficeKind;
import de.kim.api.model.Purpose;
import java.util.Arrays;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;

/**
 * Reference data that clients need to fill in codes: legal domains, office kinds and consent purposes.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public final class ReferenceDataResource implements RestPart {

    /** A code with its display name and, for laws, the law's title. */
    public record Code(String code, String displayName, String title) {
    }

    /** A purpose of consent with the categories of data a referral for it releases to the receiving office. */
    public record PurposeCode(String code, String displayName, List<DataCategory> releases) {
    }

    @Operation(operationId = "listLegalDomains", summary = "The legal domains (Rechtskreise) and their codes",
            tags = "Reference data",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @GET
    @Path("legal-domains")
    public List<Code> legalDomains() {
        return Arrays.stream(LegalDomain.values())
                .map(d -> new Code(d.code(), d.displayName(), d.title())).toList();
    }

    @Operation(operationId = "listOfficeKinds", summary = "The kinds of office and their codes",
            tags = "Reference data",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @GET
    @Path("office-kinds")
    public List<Code> officeKinds() {
        return Arrays.stream(OfficeKind.values())
                .map(k -> new Code(k.code(), k.displayName(), null)).toList();
    }

    @Operation(operationId = "listPurposes", summary = "The purposes of consent and what each releases",
            tags = "Reference data",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @GET
    @Path("purposes")
    public List<PurposeCode> purposes() {
        return Arrays.stream(Purpose.values())
                .map(p -> new PurposeCode(p.name(), p.displayName(),
                        p.releases().stream().sorted().toList()))
                .toList();
    }
}
