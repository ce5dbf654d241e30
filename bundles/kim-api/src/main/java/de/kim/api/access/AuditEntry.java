package de.kim.api.access;

import java.time.Instant;

/**
 * One row of the audit trail: who did what with whose data, and whether it was allowed.
 *
 * @param id        the row's id
 * @param seal      its position in the hash chain, null while not yet sealed
 * @param at        when
 * @param user      who
 * @param role      with which role
 * @param officeId  for which office, may be null
 * @param scope     the caller's municipality scope, may be null
 * @param action    what, e.g. {@code client.read}, {@code case.write}, {@code clients.search}
 * @param clientId  whose data, may be null (lists, aggregates)
 * @param caseId    which case, may be null
 * @param purpose   why, may be null
 * @param outcome   {@code ALLOWED} or {@code DENIED}
 * @param detail    more about it (a query, the reason of a denial), may be null
 */
public record AuditEntry(long id, Long seal, Instant at, String user, String role, Long officeId, String scope,
        String action, String clientId, Long caseId, String purpose, String outcome, String detail) {

    public static final String ALLOWED = "ALLOWED";
    public static final String DENIED = "DENIED";

    public boolean sealed() {
        return seal != null;
    }
}
