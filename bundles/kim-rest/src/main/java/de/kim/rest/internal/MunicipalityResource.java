package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("municipalities")
@Produces(MediaType.APPLICATION_JSON)
public final class MunicipalityResource implements RestPart {
    private final DirectoryService directory;

    @Activate
    public MunicipalityResource(@Reference DirectoryService directory) {
        this.directory = directory;
    }

    @Operation(operationId = "listMunicipalities", summary = "List the municipalities of the district, ordered by name",
            tags = "Municipalities",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @GET
    public List<Municipality> list(@Parameter(description = "true: only KIM participants") @QueryParam("kim") String kim) {
        return directory.municipalities(kimOnly(kim));
    }

    @Operation(operationId = "getMunicipality", summary = "One municipality",
            tags = "Municipalities",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Path("{ags}")
    public Municipality get(@Parameter(description = "Amtlicher Gemeindeschlüssel, 8 digits") @PathParam("ags") String ags) {
        return directory.municipality(Parameters.ags("ags", ags));
    }

    @Operation(operationId = "getMunicipalityResponsible", summary = "The office responsible for a legal domain in a municipality",
            description = "Public authorities come before other providers; among them the most " +
            "local office wins.",
            tags = "Municipalities",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "public")}))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Path("{ags}/responsible")
    public Office responsible(@Parameter(description = "Amtlicher Gemeindeschlüssel, 8 digits") @PathParam("ags") String ags, @Parameter(description = "the Rechtskreis, e.g. SGB2 or AufenthG", required = true) @QueryParam("legalDomain") String legalDomain) {
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
