package ${package};

import de.kim.api.spi.Connector;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Passes the KIM platform's events on to ${system}. The platform calls {@link #accept} from its outbox
 * worker, never in a user's request, at least once per event: throw to have an event tried again later
 * (with back-off; after the last attempt it is listed by {@code kim:webhooks --failed}), and use
 * {@code kim.eventId} to recognise an event that comes twice. Events carry ids and codes, never names.
 */
@Component(service = Connector.class)
public final class Forwarder implements Connector {
    private static final System.Logger LOG = System.getLogger(Forwarder.class.getName());

    @Override
    public String id() {
        return "${connectorId}";
    }

    /**
     * @param topic      e.g. {@code de/kim/case/CLOSED}; {@code kim.eventType} has the code ({@code case.closed})
     * @param properties ids and codes of the event (caseId, referralId, status…) and kim.eventId, kim.occurredAt
     */
    @Override
    public void accept(String topic, Map<String, Object> properties) {
        // TODO: hand the event to ${system}; throw if it did not take it
        LOG.log(System.Logger.Level.INFO, "${connectorId}: {0} {1}", topic, properties);
    }
}
