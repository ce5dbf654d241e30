package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import de.kim.api.ProcedureService;
import de.kim.api.model.ProcedureInstance;
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

/** The procedures attached to a case, with their milestones. */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("cases/{caseId}/procedures")
@Produces(MediaType.APPLICATION_JSON)
public final class CaseProcedureResource implements RestPart {
    private final ProcedureService procedures;

    @Activate
    public CaseProcedureResource(@Reference ProcedureService procedures) {
        this.procedures = procedures;
    }

    @Operation(operationId = "listCaseProcedures", summary = "The procedures attached to a case, with milestones reached",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office what " +
            "a consented referral released), KIM_ABH_CLERK (released data only, never KIM notes), " +
            "KIM_COORDINATOR (pseudonymised, read only).",
            tags = "Extensions",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office what a consented referral released), " +
                    "KIM_ABH_CLERK (released data only, never KIM notes), KIM_COORDINATOR " +
                    "(pseudonymised, read only)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public List<ProcedureInstance> list(@Context SecurityContext security, @Parameter(description = "case id") @PathParam("caseId") String caseId) {
        return procedures.instances(CallerPrincipal.of(security), Parameters.id(caseId));
    }
}
