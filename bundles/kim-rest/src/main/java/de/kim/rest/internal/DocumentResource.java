package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import de.kim.api.DocumentService;
import de.kim.api.model.Document;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Documents kept with a person: the body of an upload is the file itself (PDF, JPEG or PNG, at most 10 MB; its
 * type is read from the content, not believed from the header); a download comes as an attachment.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("clients/{id}/documents")
public final class DocumentResource implements RestPart {
    private static final String ROLES = "KIM_CASE_MANAGER (own municipality keeps and reads; at a receiving office"
            + " reads where a consented referral's purpose releases documents),"
            + " KIM_ABH_CLERK (released ones only), KIM_COORDINATOR (none: pseudonymised)";

    private final DocumentService documents;

    @Activate
    public DocumentResource(@Reference DocumentService documents) {
        this.documents = documents;
    }

    @Operation(operationId = "listClientDocuments", summary = "The person's documents the caller may see, newest first",
            description = "Roles: " + ROLES + ".", tags = "Clients",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = ROLES),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Document> list(@Context SecurityContext security,
            @Parameter(description = "pseudonymous client id") @PathParam("id") String id) {
        return documents.documents(CallerPrincipal.of(security), id);
    }

    @Operation(operationId = "keepClientDocument", summary = "Keeps a document with the person (the body is the file)",
            description = "Roles: " + ROLES + ". The body is the file (Content-Type application/pdf, image/jpeg or"
                    + " image/png; with HTTP Basic also the header X-Requested-By); at most 10 MB (413); a file that is"
                    + " none of these by its content 415. Audited as document.keep.", tags = "Clients",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = ROLES),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @RequestBody(content = {@Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "201", description = "Kept", content = @Content(schema = @Schema(implementation = Document.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "413", description = "Larger than 10 MB",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "415", ref = "#/components/responses/UnsupportedMediaType")
    @ApiResponse(responseCode = "422", description = "The input breaks a rule",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response keep(@Context SecurityContext security, @Context UriInfo uri,
            @Parameter(description = "pseudonymous client id") @PathParam("id") String id,
            @Parameter(description = "CONSENT, DECISION, CERTIFICATE, IDENTITY_PAPER or OTHER") @QueryParam("kind") String kind,
            @Parameter(description = "the file's name") @QueryParam("fileName") String fileName,
            @Parameter(description = "the case it belongs to") @QueryParam("caseId") String caseId,
            InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes((int) DocumentService.MAX_BYTES + 1);
        if (content.length > DocumentService.MAX_BYTES) {
            return Response.fromResponse(Authentication.refusal(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "a document has at most 10 MB")).build();
        }
        Document kept;
        try {
            // the core asks the guard first (a stranger learns nothing of the content), then reads the type
            kept = documents.keep(CallerPrincipal.of(security), id,
                    caseId == null || caseId.isBlank() ? null : Parameters.id(caseId),
                    Parameters.code(Document.Kind.class, "kind", kind), fileName, content);
        } catch (de.kim.api.ValidationException e) {
            if (e.violations().stream().anyMatch(v -> "unsupported-type".equals(v.code()))) {
                return Response.fromResponse(Authentication.refusal(Response.Status.UNSUPPORTED_MEDIA_TYPE,
                        "a document is a PDF, JPEG or PNG file; this content is none of them, whatever its name or"
                                + " Content-Type say")).build();
            }
            throw e;
        }
        return ClientResource.created(uri, kept.id(), kept);
    }

    @Operation(operationId = "getClientDocumentContent", summary = "One document's file, as an attachment",
            description = "Roles: " + ROLES + ". Audited as document.read.", tags = "Clients",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = ROLES),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "The file", content = {
        @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Path("{documentId}/content")
    @Produces({"application/pdf", "image/png", "image/jpeg"})
    public Response content(@Context SecurityContext security,
            @Parameter(description = "pseudonymous client id") @PathParam("id") String id,
            @PathParam("documentId") String documentId) {
        DocumentService.Content file = documents.content(CallerPrincipal.of(security), id, Parameters.id(documentId));
        String name = file.document().fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(file.bytes(), file.document().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(file.document().fileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
