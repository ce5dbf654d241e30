package de.kim.rest.internal;

import java.util.List;
import de.kim.api.operations.HealthCheck;
import javax.ws.rs.core.Application;
import javax.ws.rs.ext.MessageBodyWriter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The one JAX-RS application of the platform, at {@code /api/v1}; every resource and extension of
 * this bundle (a {@link RestPart}, and the {@link JsonProvider}, which may implement no other interface:
 * CXF reads the type a writer writes from its first interface) selects it by name. It is registered
 * only once all {@value #PARTS} parts and the JSON provider are registered (the reference's minimum
 * cardinality), so that the whiteboard
 * builds it with all of them in one go at the start instead of re-creating it for each part that
 * comes late, while requests already arrive (records answered 404 for a moment then). It also waits for
 * the core's demo seed to be done ({@value #SEEDED}; registered at once when the demo is switched off), so
 * that the API never answers with a half-loaded demo.
 */
@Component(service = Application.class, property = "parts.cardinality.minimum:Integer=" + KimApplication.PARTS)
@JaxrsName(KimApplication.NAME)
@JaxrsApplicationBase("api/v1")
public final class KimApplication extends Application {
    public static final String NAME = "kim";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
    /** How many {@link RestPart}s this bundle has; a unit test counts them. */
    static final int PARTS = 40;
    /** The health check the core's demo seed registers when it is done (DemoCaseSeed.DONE). */
    static final String SEEDED = "(kim.seed.done=true)";

    @Activate
    public KimApplication(@Reference(name = "parts", service = RestPart.class, cardinality = ReferenceCardinality.AT_LEAST_ONE,
            policy = ReferencePolicy.STATIC) List<RestPart> parts,
            @Reference(name = "json", target = "(component.name=de.kim.rest.internal.JsonProvider)") MessageBodyWriter<?> json,
            @Reference(name = "seeded", target = SEEDED) HealthCheck seeded) {
        // only waits for the parts: the whiteboard attaches them by their application select
    }
}
