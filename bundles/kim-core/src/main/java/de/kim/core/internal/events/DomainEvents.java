package de.kim.core.internal.events;

import de.kim.api.spi.Connector;
import de.kim.core.internal.extension.CodeExtensions;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the world what happened, after the transaction committed: on the EventAdmin and to every
 * connector an extension registered. A failing connector is logged and does not stop the others.
 */
@Component(service = DomainEvents.class)
public final class DomainEvents {
    private static final Logger LOG = LoggerFactory.getLogger(DomainEvents.class);
    private final CodeExtensions code;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public DomainEvents(@Reference CodeExtensions code) {
        this.code = code;
    }

    public void publish(String topic, Map<String, Object> properties) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(topic, properties));
        }
        for (Connector connector : code.connectors()) {
            try {
                connector.accept(topic, Map.copyOf(properties));
            } catch (RuntimeException e) {
                LOG.warn("Connector {} failed on {}", connector.id(), topic, e);
            }
        }
    }
}
