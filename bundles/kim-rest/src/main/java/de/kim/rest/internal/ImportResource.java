package de.kim.rest.internal;

import de.kim.api.connect.ClientImport;
import de.kim.api.connect.ImportJob;
import de.kim.api.connect.ImportMapping;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
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
import org.apache.cxf.jaxrs.ext.multipart.Attachment;
import org.apache.cxf.jaxrs.ext.MessageContext;
import org.apache.cxf.jaxrs.ext.multipart.MultipartBody;
import org.apache.cxf.jaxrs.utils.multipart.AttachmentUtils;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Import of client lists (CSV, XLSX) with a mapping file: started as a background job, polled until done.
 * The parts: {@code file} (the list), {@code mapping} (JSON), {@code dryRun} (true: check only).
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
public final class ImportResource implements RestPart {
    private static final String ROLES = "KIM_CASE_MANAGER (rows of the municipality they work for; each client"
            + " audited like one entered by hand)";

    /** The parts of the upload, as the OpenAPI description shows them. */
    @Schema(name = "ImportUpload")
    record Upload(@Schema(type = "string", format = "binary", description = "the list: .csv or .xlsx",
            requiredMode = Schema.RequiredMode.REQUIRED) String file,
            @Schema(type = "string", format = "binary", description = "the mapping file (JSON)",
                    requiredMode = Schema.RequiredMode.REQUIRED) String mapping,
            @Schema(description = "true: check every row, write nothing") Boolean dryRun) {
    }

    private final ClientImport imports;

    @Activate
    public ImportResource(@Reference ClientImport imports) {
        this.imports = imports;
    }

    @Operation(operationId = "startImport", summary = "Start the import of a client list (multipart: file,"
            + " mapping, dryRun); poll the job it answers with", description = "Roles: " + ROLES + ". CSV (; or ,"
            + " separated, UTF-8 with or without BOM or Windows-1252, German dates) or XLSX. A dry run reports every"
            + " bad row and writes nothing; a real run commits in batches and skips rows whose key an earlier run"
            + " imported.", tags = "Connectors",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = ROLES)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "202", description = "Started; Location names the job",
            content = @Content(schema = @Schema(implementation = ImportJob.class)))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "413", description = "The upload is larger than upload.max.bytes",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "415", description = "Not multipart/form-data",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "422", description = "The mapping is not a mapping",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = Upload.class)))
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@Context SecurityContext security, @Context MessageContext context) {
        MultipartBody body;
        try {
            body = AttachmentUtils.getMultipartBody(context);
        } catch (RuntimeException e) {
            throw new BadRequest("body", "not a multipart/form-data body with the parts file and mapping ("
                    + e.getMessage() + ")");
        }
        Attachment file = body == null ? null : body.getAttachment("file");
        Attachment mapping = body == null ? null : body.getAttachment("mapping");
        if (file == null) {
            throw new BadRequest("file", "send the list as the part 'file'");
        }
        if (mapping == null) {
            throw new BadRequest("mapping", "send the mapping (JSON) as the part 'mapping'");
        }
        Attachment dry = body.getAttachment("dryRun");
        boolean dryRun = dry != null && Boolean.parseBoolean(new String(bytes(dry), java.nio.charset.StandardCharsets.UTF_8)
                .strip());
        String name = file.getContentDisposition() == null ? null : file.getContentDisposition().getFilename();
        ImportMapping m = imports.mapping(bytes(mapping));
        ImportJob job = imports.start(CallerPrincipal.of(security), name == null ? "list.csv" : name, bytes(file), m,
                dryRun);
        return Response.accepted(job).location(URI.create("imports/" + job.id())).build();
    }

    @Operation(operationId = "getImport", summary = "An import job: rows done of all, and the result once done",
            description = "Roles: " + ROLES + "; only who started it.", tags = "Connectors",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = ROLES)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Path("{id}")
    public ImportJob job(@Context SecurityContext security, @PathParam("id") String id) {
        return imports.job(CallerPrincipal.of(security), id);
    }

    @Operation(operationId = "listImports", summary = "The caller's import jobs since the start, newest first",
            description = "Roles: " + ROLES + ".", tags = "Connectors",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = ROLES)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public List<ImportJob> jobs(@Context SecurityContext security) {
        return imports.jobs(CallerPrincipal.of(security));
    }

    private static byte[] bytes(Attachment part) {
        try (InputStream in = part.getDataHandler().getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new BadRequest(part.getContentId() == null ? "file" : part.getContentId(), "cannot be read: "
                    + e.getMessage());
        }
    }
}
