package de.kim.rest.internal;

import de.kim.api.model.CasePhase;
import de.kim.api.model.Referral;
import de.kim.api.model.StructuralFinding;
import java.time.LocalDate;

/**
 * Request bodies of the REST actions that move a record on (phase, status, end, withdrawal).
 */
final class Actions {
    private Actions() {
    }

    /** Moves a case to another DGCC phase; CLOSED needs a reason. */
    record PhaseChange(CasePhase phase, String reason,
            @io.swagger.v3.oas.annotations.media.Schema(description = "closing only: the day the case was closed, today if"
                    + " missing") java.time.LocalDate closedOn, Long version) {
    }

    /** Moves a referral on. */
    record ReferralStatusChange(Referral.Status status, String outcome, Long version) {
    }

    /** Moves a structural finding on. */
    record FindingStatusChange(StructuralFinding.Status status, Long version) {
    }

    /** Ends a legal-domain period on its last day. */
    record PeriodEnd(LocalDate to) {
    }

    /** Continues help for young adults (§41 SGB VIII) until a last day. */
    record YouthHelpContinuation(LocalDate until) {
    }

    /** Withdraws a consent, today if no date is given. */
    record ConsentWithdrawal(LocalDate withdrawnOn) {
    }

    static long version(Long version) {
        if (version == null) {
            throw new BadRequest("version", "send the version of the record you read (optimistic locking)");
        }
        return version;
    }

    /** Puts a case on legal hold ({@code hold} true, with a reason) or lifts it. */
    record LegalHold(Boolean hold, String reason) {
    }

    /** Completes a procedure task. */
    record TaskCompletion(String note) {
    }

    /** A follow-up reminder (Wiedervorlage): what to do, by when, and a note. */
    record FollowUp(@io.swagger.v3.oas.annotations.media.Schema(requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED, maxLength = 500) String text,
            @io.swagger.v3.oas.annotations.media.Schema(requiredMode = io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) java.time.LocalDate due,
            @io.swagger.v3.oas.annotations.media.Schema(maxLength = 2000) String note) {
    }
}
