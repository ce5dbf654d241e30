package de.kim.api.access;

import java.time.Instant;

/**
 * Filters of the audit trail; null means any.
 *
 * @param clientId whose data
 * @param user     who
 * @param from     at or after
 * @param to       before
 * @param limit    at most this many rows, newest first
 */
public record AuditQuery(String clientId, String user, Instant from, Instant to, int limit) {
}
