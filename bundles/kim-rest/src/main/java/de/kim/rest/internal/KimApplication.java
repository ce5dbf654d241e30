package de.kim.rest.internal;

import javax.ws.rs.core.Application;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The one JAX-RS application of the platform, at {@code /api/v1}; every resource and extension of
 * this bundle selects it by name.
 */
@Component(service = Application.class)
@JaxrsName(KimApplication.NAME)
@JaxrsApplicationBase("api/v1")
public final class KimApplication extends Application {
    public static final String NAME = "kim";
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
}
