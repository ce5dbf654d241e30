package de.kim.rest.internal;

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
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Monitoring indicators and their values, with small-cell suppression. */
@Component(service = IndicatorResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KimApplication.SELECT)
@Path("indicators")
@Produces(MediaType.APPLICATION_JSON)
public final class IndicatorResource {
    private final IndicatorService indicators;

    @Activate
    public IndicatorResource(@Reference IndicatorService indicators) {
        this.indicators = indicators;
    }

    @GET
    public List<IndicatorDefinition> list() {
        return indicators.indicators();
    }

    @GET
    @Path("{id}")
    public IndicatorDefinition indicator(@PathParam("id") String id) {
        return indicators.indicator(id);
    }

    @GET
    @Path("{id}/values")
    public IndicatorValues values(@Context SecurityContext security, @PathParam("id") String id, @QueryParam("by") String by,
            @QueryParam("period") String period) {
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
