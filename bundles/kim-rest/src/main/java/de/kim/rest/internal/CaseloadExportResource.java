package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import de.kim.api.CaseService;
import de.kim.api.model.Case;
import de.kim.api.model.ClientName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The caller's caseload as a CSV file for a spreadsheet: semicolons and a byte-order mark, as German Excel
 * opens them, German headers and dates; the read is audited as {@code cases.export}.
 */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("cases/export")
public final class CaseloadExportResource implements RestPart {
    private static final String[] HEADER = {"Aktenzeichen", "Familienname", "Vornamen", "Geburtsdatum", "Kommune (AGS)",
        "Zielgruppe", "Phase", "Eröffnet am", "Abgeschlossen am", "Case Manager", "Fall-ID", "Personen-ID"};
    private static final java.util.Map<de.kim.api.model.CasePhase, String> PHASES = java.util.Map.of(
            de.kim.api.model.CasePhase.INTAKE, "Erstgespräch", de.kim.api.model.CasePhase.ASSESSMENT, "Analyse",
            de.kim.api.model.CasePhase.PLANNING, "Hilfeplanung",
            de.kim.api.model.CasePhase.LINKING_MONITORING, "Umsetzung und Monitoring",
            de.kim.api.model.CasePhase.CLOSED, "Abgeschlossen");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CaseService cases;

    @Activate
    public CaseloadExportResource(@Reference CaseService cases) {
        this.cases = cases;
    }

    @Operation(operationId = "exportCaseload", summary = "The caller's caseload as CSV (semicolon-separated, UTF-8 with BOM) or XLSX",
            description = "Roles: KIM_CASE_MANAGER (own municipality; at the receiving office its held cases),"
                    + " KIM_ABH_CLERK (released data only), KIM_COORDINATOR (pseudonymised: no names). Audited as cases.export.",
            tags = "Cases",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER (own"
                    + " municipality; at the receiving office its held cases), KIM_ABH_CLERK (released data only),"
                    + " KIM_COORDINATOR (pseudonymised: no names)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Produces({"text/csv", XLSX})
    public Response export(@Context SecurityContext security,
            @io.swagger.v3.oas.annotations.Parameter(description = "csv (default) or xlsx")
            @javax.ws.rs.QueryParam("format") String format) {
        boolean xlsx = "xlsx".equals(format);
        if (format != null && !xlsx && !"csv".equals(format)) {
            throw new BadRequest("format", "csv or xlsx");
        }
        List<Case> rows = cases.caseloadExport(CallerPrincipal.of(security));
        if (xlsx) {
            StreamingOutput sheet = out -> {
                org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "KIM Platform", "1.0");
                org.dhatim.fastexcel.Worksheet ws = workbook.newWorksheet("Fallliste");
                for (int c = 0; c < HEADER.length; c++) {
                    ws.value(0, c, HEADER[c]);
                    ws.style(0, c).bold().set();
                }
                int r = 1;
                for (Case c : rows) {
                    Object[] values = values(c);
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] instanceof LocalDate date) {
                            ws.value(r, i, date);
                            ws.style(r, i).format("dd.mm.yyyy").set();
                        } else if (values[i] instanceof Long number) {
                            ws.value(r, i, number);
                        } else if (values[i] != null) {
                            ws.value(r, i, values[i].toString());
                        }
                    }
                    r++;
                }
                ws.freezePane(0, 1);
                workbook.finish();
            };
            return Response.ok(sheet, XLSX).header("Content-Disposition", "attachment; filename=\"kim-fallliste-"
                    + LocalDate.now() + ".xlsx\"").build();
        }
        StreamingOutput csv = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter printer = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(HEADER).build().print(writer)) {
                for (Case c : rows) {
                    Object[] values = values(c);
                    for (int i = 0; i < values.length; i++) {
                        values[i] = values[i] instanceof LocalDate date ? german(date) : values[i];
                    }
                    printer.printRecord(values);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"kim-fallliste-" + LocalDate.now() + ".csv\"").build();
    }

    /** One row: the header's columns, dates as dates. */
    private static Object[] values(Case c) {
        ClientName name = c.client();
        return new Object[] {c.fileNumber(), name == null ? null : name.familyName(), name == null ? null : name.givenNames(),
            name == null ? null : name.dateOfBirth(), c.ownerMunicipality(),
            c.targetGroup() == null ? null : c.targetGroup().displayName(), c.phase() == null ? null : PHASES.get(c.phase()),
            c.openedOn(), c.closedOn(), c.caseManager(), c.id(), c.clientId()};
    }

    private static String german(LocalDate date) {
        return date == null ? null : GERMAN.format(date);
    }
}
