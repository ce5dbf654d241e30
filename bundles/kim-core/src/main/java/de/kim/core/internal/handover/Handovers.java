package de.kim.core.internal.handover;

import de.kim.core.internal.store.PlannedTransitionEntity;
import de.kim.api.ConflictException;
import de.kim.api.model.Office;
import de.kim.api.model.Purpose;
import de.kim.api.model.Referral;
import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ReferralEntity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

/**
 * Opens the hand-over referral of a planned legal-domain change inside a transaction, or notes on
 * the change why it could not be opened (no open case, no covering consent, a hand-over under way).
 */
public final class Handovers {
    private final EntityManager em;

    public Handovers(EntityManager em) {
        this.em = em;
    }

    /** Opens the hand-over of {@code planned} to {@code receiving}; the opened referral, if any. */
    public Optional<Referral> open(PlannedTransitionEntity planned, Office receiving, LocalDate today) {
        Referrals referrals = new Referrals(em);
        Optional<CaseEntity> openCase = referrals.openCaseOf(planned.clientId());
        if (openCase.isEmpty()) {
            planned.attach(null, "the client has no open case; open one to hand over");
            return Optional.empty();
        }
        String note = "Rechtskreiswechsel " + planned.from().displayName() + " → " + planned.to().displayName()
                + " zum " + planned.effectiveDate() + " (Regel " + planned.ruleId() + ")"
                + (planned.deadlineMoved() ? ". Frist auf den Tag des Wechsels gelegt: nach der Regel fiele sie"
                + " später, und die Leistung muss ab diesem Tag gesichert sein" : "");
        try {
            ReferralEntity referral = referrals.open(openCase.get(), receiving, new Referral(null, null,
                    receiving.id(), Referral.Kind.HANDOVER, Purpose.HANDOVER, note, null, null, planned.deadline(),
                    null, planned.id(), null), today);
            planned.attach(referral.id(), null);
            return Optional.of(referral.toModel());
        } catch (ConflictException refused) {
            planned.attach(null, refused.getMessage());
            return Optional.empty();
        }
    }

    /** The client's planned changes that have no hand-over yet, earliest first. */
    public List<PlannedTransitionEntity> withoutReferral(String clientId) {
        return em.createQuery("SELECT t FROM PlannedTransitionEntity t WHERE t.clientId = :c AND t.status = :planned"
                + " AND t.referralId IS NULL AND t.receivingOfficeId IS NOT NULL ORDER BY t.effectiveDate, t.id",
                PlannedTransitionEntity.class).setParameter("c", clientId)
                .setParameter("planned", PlannedTransitionEntity.PLANNED).getResultList();
    }
}
