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
import de.kim.api.IndicatorService;
import de.kim.api.model.Dimension;
import de.kim.api.model.IndicatorDefinition;
import de.kim.api.model.IndicatorValues;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Monitoring indicators and their values, with small-cell suppression. */
@Component(service = RestPart.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
public final class IndicatorResource implements RestPart {
    private final IndicatorService indicators;

    @Activate
    public IndicatorResource(@Reference IndicatorService indicators) {
        this.indicators = indicators;
    }

    @Operation(operationId = "listIndicators", summary = "Monitoring indicators (the standard KIM indicators and those of extensions)",
            description = "Roles: any authenticated user.",
            tags = "Indicators",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "any authenticated user")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    public List<IndicatorDefinition> list() {
        return indicators.indicators();
    }

    @Operation(operationId = "getIndicator", summary = "An indicator definition",
            description = "Roles: any authenticated user.",
            tags = "Indicators",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "any authenticated user")}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("{id}")
    public IndicatorDefinition indicator(@Parameter(description = "indicator id") @PathParam("id") String id) {
        return indicators.indicator(id);
    }

    @Operation(operationId = "getIndicatorValues", summary = "Indicator values, computed in the database, broken down by one dimension, with small-cell suppression",
            description = "Roles: KIM_CASE_MANAGER, KIM_COORDINATOR, KIM_STEERING (aggregates with " +
            "small-cell suppression).",
            tags = "Indicators",
            extensions = @Extension(properties = {@ExtensionProperty(name = "kim-roles", value = "KIM_CASE_MANAGER, " +
                    "KIM_COORDINATOR, KIM_STEERING (aggregates with small-cell suppression)"),
                    @ExtensionProperty(name = "kim-personal-data", value = "true", parseValue = true)}))
    @SecurityRequirement(name = "basic")
    @SecurityRequirement(name = "bearer")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", ref = "#/components/responses/BadRequest")
    @ApiResponse(responseCode = "404", ref = "#/components/responses/NotFound")
    @ApiResponse(responseCode = "422", description = "The indicator cannot be broken down by this dimension",
            content = @Content(mediaType = ApiDocument.PROBLEM, schema = @Schema(ref = ApiDocument.PROBLEM_SCHEMA)))
    @ApiResponse(responseCode = "401", ref = "#/components/responses/Unauthorized")
    @ApiResponse(responseCode = "403", ref = "#/components/responses/Forbidden")
    @GET
    @Path("{id}/values")
    public IndicatorValues values(@Context SecurityContext security, @Parameter(description = "indicator id") @PathParam("id") String id, @Parameter(description = "municipality, legalDomain, targetGroup, residenceStatus, period or topicArea") @QueryParam("by") String by,
            @Parameter(description = "a year, e.g. 2025") @QueryParam("period") String period) {
        Dimension dimension = null;
        if (by != null && !by.isBlank()) {
            try {
                dimension = Dimension.ofCode(by.strip());
            } catch (IllegalArgumentException e) {
                throw new BadRequest("by", e.getMessage() + "; use municipality, legalDomain, targetGroup,"
                        + " residenceStatus, period or topicArea");
            }
        }
        Integer year = null;
        if (period != null && !period.isBlank()) {
            year = Parameters.number("period", period, 0);
            if (year < 1990 || year > 2100) {
                throw new BadRequest("period", "must be a year such as 2025");
            }
        }
        return indicators.values(CallerPrincipal.of(security), id, dimension, year);
    }
}
