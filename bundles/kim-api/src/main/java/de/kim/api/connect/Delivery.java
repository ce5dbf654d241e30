package de.kim.api.connect;

import java.time.Instant;

/**
 * One event on its way to one receiver (a webhook subscription or a connector), delivered at least once.
 *
 * @param id            the delivery
 * @param eventId       the event's id, also the {@code Idempotency-Key} of every attempt
 * @param eventType     the event's code, e.g. {@code form.submitted}
 * @param target        {@code webhook:<id>} or {@code connector:<id>}
 * @param state         pending (next attempt due), delivered, or failed (given up: the dead-letter list)
 * @param attempts      attempts so far
 * @param occurredAt    when the event happened
 * @param nextAttemptAt when the next attempt is due, null unless pending
 * @param deliveredAt   when the receiver acknowledged it, null unless delivered
 * @param lastStatus    the HTTP status of the last attempt, null if none came back
 * @param lastError     why the last attempt failed, null if it did not
 */
public record Delivery(long id, String eventId, String eventType, String target, State state, int attempts,
        Instant occurredAt, Instant nextAttemptAt, Instant deliveredAt, Integer lastStatus, String lastError) {

    public enum State {
        PENDING, DELIVERED, FAILED
    }
}
