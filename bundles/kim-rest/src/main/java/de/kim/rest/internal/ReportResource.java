package de.kim.rest.internal;

import de.kim.api.steering.EvaluationReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.extensions.Extension;
import io.swagger.v3.oas.annotations.extensions.ExtensionProperty;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.Locale;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The evaluation report of a year for the steering group and political decision-makers, as PDF or HTML. */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("reports")
public final class ReportResource implements RestPart {
    private static final String ROLES = "KIM_COORDINATOR, KIM_STEERING (aggregates with small-cell suppression)";

    private final EvaluationReport report;

    @Activate
    public ReportResource(@Reference EvaluationReport report) {
        this.report = report;
    }

    @Operation(operationId = "getEvaluationReport", summary = "The evaluation report of a year (Evaluationsbericht), in"
            + " German, as PDF or HTML", description = "Roles: " + ROLES + ". Summary, every indicator as a chart by"
            + " municipality and over time, needs assessment, posts and caseloads, structural findings and decisions.",
            tags = "Steering", extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = ROLES),
                    @ExtensionProperty(name = "kim-personal-data", value = "false", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/html", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("evaluation")
    @Produces({"application/pdf", "text/html", "application/json", "application/problem+json"})
    public Response evaluation(@Context SecurityContext security,
            @Parameter(description = "the year, e.g. 2025", required = true) @QueryParam("period") String period,
            @Parameter(description = "pdf (default) or html") @QueryParam("format") String format) {
        int year = Parameters.number("period", period, -1);
        if (year < 2000 || year > 2100) {
            throw new BadRequest("period", "a year between 2000 and 2100 is required, e.g. period=2025");
        }
        EvaluationReport.Format f;
        try {
            f = format == null || format.isEmpty() ? EvaluationReport.Format.PDF
                    : EvaluationReport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("format", "'" + format + "' is not a format: pdf or html");
        }
        byte[] body = report.render(CallerPrincipal.of(security), year, f, EvaluationReport.Progress.none());
        return Response.ok(body, f.mediaType()).header("Content-Disposition", "inline; filename=\"KIM-Evaluationsbericht-"
                + year + (f == EvaluationReport.Format.PDF ? ".pdf" : ".html") + "\"").build();
    }
}
