package de.kim.api;

import de.kim.api.access.Caller;
import de.kim.api.model.RetentionReport;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Retention of case files: periods per record type from {@code etc/de.kim.retention.cfg}, a legal
 * hold per case, and the run that deletes what has expired and records each deletion.
 */
@ProviderType
public interface RetentionService {

    /**
     * Finds the closed cases whose retention period has passed (and clients left without a case) and,
     * unless {@code dryRun}, deletes them with a deletion record each. Cases on legal hold stay.
     *
     * @throws de.kim.api.access.ForbiddenException unless the caller is an administrator or the
     *                                              data-protection officer
     */
    RetentionReport run(Caller caller, boolean dryRun);

    /**
     * Puts a case on legal hold (no deletion, no erasure) or lifts it.
     *
     * @throws NotFoundException if the case is not in the caller's scope
     */
    void legalHold(Caller caller, long caseId, boolean hold, String reason);
}
