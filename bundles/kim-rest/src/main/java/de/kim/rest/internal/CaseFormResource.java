package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import de.kim.api.FormService;
import de.kim.api.model.FormDefinition;
import de.kim.api.model.FormSubmission;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
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

/** The forms that apply to a case, and filling one in: validated against the form's JSON Schema, stored with its version. */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("cases/{caseId}/forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CaseFormResource implements RestPart {
    private final FormService forms;

    @Activate
    public CaseFormResource(@Reference FormService forms) {
        this.forms = forms;
    }

    @Operation(operationId = "listCaseForms", summary = "The forms in use that apply to the case: for its town and for a Rechtskreis its client has had",
            description = "A form names the towns (municipalities) and Rechtskreise (legalDomains) it is for; forms"
            + " that name neither apply to every case. Roles: KIM_CASE_MANAGER (own municipality; at the receiving"
            + " office while a consented referral releases the case), KIM_ABH_CLERK (released cases), KIM_COORDINATOR.",
            tags = "Extensions",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own " +
                    "municipality; at the receiving office while a consented referral releases the case), " +
                    "KIM_ABH_CLERK (released cases), KIM_COORDINATOR"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public List<FormDefinition> offered(@Parameter(description = "case id") @PathParam("caseId") String caseId,
            @Context SecurityContext security) {
        return forms.offered(CallerPrincipal.of(security), Parameters.id(caseId));
    }

    @Operation(operationId = "submitCaseForm", summary = "Submits a form for a case: validated against the form's JSON Schema (and the validators of extensions), stored with form version and definition hash",
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
    @ApiResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = FormSubmission.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "409", description = "The form is no longer in use or the case is closed",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "Invalid data: one violation per failing field",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @POST
    @Path("{formId}")
    public Response submit(@Parameter(description = "case id") @PathParam("caseId") String caseId, @Parameter(description = "form id") @PathParam("formId") String formId,
            Map<String, Object> data, @Context SecurityContext security, @Context UriInfo uri) {
        FormSubmission stored = forms.submit(CallerPrincipal.of(security), Parameters.id(caseId), formId, data);
        UriBuilder location = uri.getBaseUriBuilder().path("cases").path(caseId).path("submissions")
                .path(String.valueOf(stored.id()));
        return Response.created(location.build()).entity(stored).build();
    }
}
