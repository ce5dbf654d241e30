package de.kim.api.spi;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Passes the platform's events to another system (a specialist procedure, a state export). The events
 * come from the transactional outbox: only events of committed changes, delivered by a background worker
 * on a thread of its own, never in a user's request, and at least once (also after a restart). Throwing
 * means "not taken": the event is tried again later with back-off and, after the last attempt, listed
 * as a failed delivery ({@code kim:webhooks --failed}) until it is redelivered. The properties carry ids
 * and codes, never names, and {@code kim.eventId} (the same for every attempt), {@code kim.eventType}
 * (e.g. {@code case.closed}) and {@code kim.occurredAt}.
 */
@ConsumerType
public interface Connector {

    String id();

    /**
     * @param topic e.g. {@code de/kim/form/SUBMITTED}, {@code de/kim/referral/SENT}, {@code de/kim/case/CLOSED},
     *              {@code de/kim/handover/DEADLINE_DUE}
     */
    void accept(String topic, Map<String, Object> properties);
}
