package de.kim.rest.internal;

import de.kim.api.connect.StateExport;
import de.kim.api.connect.StateExportRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The export to the state's KIM database (KIM-Landesmeldung): made on demand, listed, and its JSON Schema. */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("exports/state")
public final class ExportResource implements RestPart {
    private static final String ROLES = "KIM_COORDINATOR, KIM_STEERING (aggregates with small-cell suppression)";

    private final StateExport export;

    @Activate
    public ExportResource(@Reference StateExport export) {
        this.export = export;
    }

    @Operation(operationId = "createStateExport", summary = "Make the export of a year for the state's KIM database"
            + " (recorded with its SHA-256) and download it", description = "Roles: " + ROLES + ". The standard"
            + " indicators by municipality, legal domain and target group; suppressed cells are null.",
            tags = "Connectors", extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = ROLES),
                    @ExtensionProperty(name = "kim-personal-data", value = "false", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "201", description = "The export; headers X-KIM-Export-Id and X-KIM-SHA256", content = {
            @Content(mediaType = "application/json", schema = @Schema(type = "object")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @POST
    @Produces({"application/json", "text/csv", "application/problem+json"})
    public Response create(@Context SecurityContext security,
            @Parameter(description = "the year, default the last year") @QueryParam("period") String period,
            @Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        int year = Parameters.number("period", period, LocalDate.now().getYear() - 1);
        if (year < 2000 || year > 2100) {
            throw new BadRequest("period", "a year between 2000 and 2100, e.g. period=2025");
        }
        StateExport.Format f;
        try {
            f = format == null || format.isBlank() ? StateExport.Format.JSON
                    : StateExport.Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("format", "'" + format + "' is not a format: json or csv");
        }
        StateExport.File file = export.export(CallerPrincipal.of(security), year, f);
        return Response.status(Response.Status.CREATED).entity(file.content())
                .type(f == StateExport.Format.CSV ? "text/csv; charset=UTF-8" : f.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.record().fileName() + "\"")
                .header("X-KIM-Export-Id", file.record().id()).header("X-KIM-SHA256", file.record().sha256()).build();
    }

    @Operation(operationId = "listStateExports", summary = "The exports made (what, when, by whom, SHA-256), newest first",
            description = "Roles: " + ROLES + ".", tags = "Connectors",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = ROLES)))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<StateExportRecord> records(@Context SecurityContext security,
            @Parameter(description = "default 100") @QueryParam("limit") String limit) {
        int n = Parameters.number("limit", limit, 100);
        if (n < 1 || n > 1000) {
            throw new BadRequest("limit", "between 1 and 1000");
        }
        return export.records(CallerPrincipal.of(security), n);
    }

    @Operation(operationId = "getStateExportSchema", summary = "The JSON Schema of the export's JSON format",
            description = "Roles: any signed-in user (describes a format, holds no data).", tags = "Connectors",
            extensions = @Extension(properties = @ExtensionProperty(name = "kim-roles", value = "any signed-in user")))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "200", description = "JSON Schema (draft 2020-12)",
            content = @Content(mediaType = "application/schema+json", schema = @Schema(type = "object")))
    @GET
    @Path("schema")
    @Produces({"application/schema+json", "application/json"})
    public Response schema() {
        return Response.ok(export.schema(), "application/schema+json").build();
    }
}
