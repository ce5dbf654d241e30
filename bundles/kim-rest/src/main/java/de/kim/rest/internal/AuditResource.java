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
import de.kim.api.access.AuditEntry;
import de.kim.api.access.AuditQuery;
import de.kim.api.access.AuditTrail;
import de.kim.api.access.ChainVerification;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The audit trail for the data-protection officer: rows as JSON or as a CSV export, and the check
 * of the hash chain. Roles: data-protection officer (the check: also the administrator).
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public final class AuditResource implements RestPart {
    private static final String[] HEADER = {"id", "seal", "at", "user", "role", "officeId", "scope", "action",
        "clientId", "caseId", "purpose", "outcome", "detail"};

    private final AuditTrail audit;

    @Activate
    public AuditResource(@Reference AuditTrail audit) {
        this.audit = audit;
    }

    @Operation(operationId = "listAuditEntries", summary = "Audit trail rows, newest first",
            description = "Roles: KIM_DPO.",
            tags = "Audit",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_DPO"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    public List<AuditEntry> entries(@Context SecurityContext security, @Parameter(description = "whose data") @QueryParam("client") String client,
            @Parameter(description = "who") @QueryParam("user") String user, @Parameter(description = "at or after (date or instant)") @QueryParam("from") String from, @Parameter(description = "before (date or instant)") @QueryParam("to") String to,
            @Parameter(description = "at most this many rows (the first page of this size; default: page and size)") @QueryParam("limit") String limit,
            @Parameter(description = "rows of searches for this term (a name, or a date of birth as yyyy-MM-dd):"
                    + " the trail keeps search terms as keyed hashes only") @QueryParam("searched") String searched,
            @Context UriInfo uri) {
        ListPaging.PageRequest page = ListPaging.of(uri.getQueryParameters());
        int size = limit == null || limit.isEmpty() ? page.size() : Parameters.number("limit", limit, page.size());
        if (size < 1) {
            throw new BadRequest("limit", "must be 1 or more");
        }
        AuditQuery query = query(client, user, from, to, limit);
        return new PagedList<>(audit.entryPage(CallerPrincipal.of(security), new AuditQuery(query.clientId(),
                query.user(), query.from(), query.to(), query.limit(), searched),
                limit == null || limit.isEmpty() ? page.page() : 0, size));
    }

    /** The same rows as CSV (UTF-8, comma-separated, with a header row). */
    @Operation(operationId = "exportAuditEntries", summary = "Audit trail rows as CSV",
            description = "Roles: KIM_DPO.",
            tags = "Audit",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_DPO"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@Context SecurityContext security, @Parameter(description = "whose data") @QueryParam("client") String client,
            @Parameter(description = "who") @QueryParam("user") String user, @Parameter(description = "at or after (date or instant)") @QueryParam("from") String from, @Parameter(description = "before (date or instant)") @QueryParam("to") String to,
            @Parameter(description = "at most this many rows (default 1000)") @QueryParam("limit") String limit) {
        List<AuditEntry> rows = audit.entries(CallerPrincipal.of(security), query(client, user, from, to, limit));
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).build().print(writer)) {
                for (AuditEntry e : rows) {
                    printer.printRecord(e.id(), e.seal(), e.at(), e.user(), e.role(), e.officeId(), e.scope(), e.action(),
                            e.clientId(), e.caseId(), e.purpose(), e.outcome(), e.detail());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kim-audit.csv\"").build();
    }

    @Operation(operationId = "verifyAuditChain", summary = "Checks the hash chain of the whole audit trail",
            description = "Roles: KIM_DPO, KIM_ADMIN.",
            tags = "Audit",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_DPO, KIM_ADMIN")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("verification")
    public ChainVerification verify(@Context SecurityContext security) {
        return audit.verify(CallerPrincipal.of(security), checked -> { });
    }

    private static AuditQuery query(String client, String user, String from, String to, String limit) {
        return new AuditQuery(client, user, instant("from", from), instant("to", to),
                Parameters.number("limit", limit, 1000));
    }

    /** An instant, or a day (its start in Berlin) as given by a person. */
    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant()
                    : Instant.parse(value);
        } catch (RuntimeException e) {
            throw new BadRequest(name, "must be a date (2026-11-25) or an instant (2026-11-25T10:00:00Z)");
        }
    }
}
