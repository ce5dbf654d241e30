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
 * @param searched a search term (a name, a date of birth as yyyy-MM-dd): the rows of searches for it, which keep
 *                 it as a keyed hash only
 */
public record AuditQuery(String clientId, String user, Instant from, Instant to, int limit, String searched) {

    public AuditQuery(String clientId, String user, Instant from, Instant to, int limit) {
        this(clientId, user, from, to, limit, null);
    }
}
