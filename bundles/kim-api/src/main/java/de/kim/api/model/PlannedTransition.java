package de.kim.api.model;

import java.time.LocalDate;

/**
 * A change of legal domain (Rechtskreiswechsel) that a rule derived from a status change.
 *
 * @param id               assigned by the platform
 * @param clientId         the client
 * @param ruleId           the rule that derived it
 * @param from             the legal domain that ends
 * @param to               the legal domain that begins
 * @param effectiveDate    the first day of the new legal domain
 * @param receivingOfficeId the office responsible for {@code to} in the client's municipality (null if none)
 * @param deadline         by when the hand-over must be done
 * @param referralId       the hand-over referral opened for it, or null
 * @param note             why no referral was opened, or other remarks
 * @param status           PLANNED, APPLIED or CANCELLED
 * @param deadlineMoved    true if the rule's deadline would have fallen after the effective date and was
 *                         moved to it (such hand-overs come first in the due list)
 * @param legalBasis       the provision and law's version the rule followed when it derived the change
 *                         ("§ 1 Abs. 3 AsylbLG, Stand …"); null for changes derived before rules had sources
 */
public record PlannedTransition(Long id, String clientId, String ruleId, LegalDomain from, LegalDomain to,
        LocalDate effectiveDate, Long receivingOfficeId, LocalDate deadline, Long referralId, String note,
        String status, boolean deadlineMoved, String legalBasis) {
}
