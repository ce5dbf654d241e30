package de.kim.api.access;

import de.kim.api.model.Page;
import java.util.List;
import java.util.function.LongConsumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The audit trail of every read and write of personal data: append-only, hash-chained by a sealer
 * that links committed rows in order, in batches.
 */
@ProviderType
public interface AuditTrail {

    /**
     * Rows matching the query, newest first. For the data-protection officer.
     *
     * @throws ForbiddenException for any other role
     */
    List<AuditEntry> entries(Caller caller, AuditQuery query);

    /** One page of the rows {@code query} selects (its limit ignored), newest first, with how many there are in all. */
    Page<AuditEntry> entryPage(Caller caller, AuditQuery query, int page, int size);

    /**
     * Checks the whole chain: every sealed row's hash, and that no position is missing.
     *
     * @param progress told the number of rows checked so far, now and then
     * @throws ForbiddenException unless the caller is the data-protection officer or an administrator
     */
    ChainVerification verify(Caller caller, LongConsumer progress);

    /**
     * Records a request an edge refused before there was a caller: no or bad credentials.
     *
     * @param user   the user name the request claimed, null if none
     * @param action what was asked for, e.g. {@code GET /clients/K-1}
     */
    void refused(String user, String action, String reason);

    /**
     * Records an event at an administrative entry that touches no personal data, in a transaction of its
     * own: a console login, a configuration change, a bundle or feature installed, the audit trail switched
     * off or on.
     *
     * @param user   who did it ({@code system:<what>} where no user is known, e.g. a file changed under etc/)
     * @param action what happened, e.g. {@code SSH login} or {@code configuration changed}
     * @param detail what it touched: the PID and the names of the changed keys, never secret values
     */
    void recorded(String user, String action, String detail);

    /**
     * Records an administrative action (read-only switch, backup) of {@code caller} in its own
     * transaction, also while the platform is read-only.
     */
    void administered(Caller caller, String action, String detail);

    /**
     * Adds a new audit key and signs from now on with it; older rows keep verifying with the older keys, which
     * stay in the key file. Recorded in the audit trail.
     *
     * @return the id of the new key
     * @throws ForbiddenException unless the caller is an administrator
     */
    String rotateKey(Caller caller);

    /** Links the rows committed so far into the chain; the number linked. */
    int seal();
}
