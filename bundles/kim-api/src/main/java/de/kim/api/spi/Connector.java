package de.kim.api.spi;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Passes the platform's events to another system (a specialist procedure, a state export). Called
 * after the transaction that caused the event committed.
 */
@ConsumerType
public interface Connector {

    String id();

    /**
     * @param topic e.g. {@code de/kim/form/SUBMITTED}, {@code de/kim/referral/SENT}
     */
    void accept(String topic, Map<String, Object> properties);
}
