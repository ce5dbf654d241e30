package de.kim.core.internal.handover;

import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ConsentEntity;
import de.kim.core.internal.store.ReferralEntity;
import de.kim.api.ConflictException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.CasePhase;
import de.kim.api.model.Office;
import de.kim.api.model.Purpose;
import de.kim.api.model.Referral;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;

/**
 * Opening referrals inside a transaction, with the checks every referral passes: a covering consent,
 * an open case, and one hand-over at a time. Shared by the referral and the timeline service.
 */
public final class Referrals {
    private static final Set<Referral.Status> UNDER_WAY = EnumSet.of(Referral.Status.PROPOSED, Referral.Status.SENT,
            Referral.Status.ACCEPTED);

    private final EntityManager em;

    public Referrals(EntityManager em) {
        this.em = em;
    }

    /** The client's open case that was opened last, if any. */
    public Optional<CaseEntity> openCaseOf(String clientId) {
        return em.createQuery("SELECT c FROM CaseEntity c WHERE c.clientId = :client AND c.phase <> :closed"
                + " ORDER BY c.openedOn DESC, c.id DESC", CaseEntity.class)
                .setParameter("client", clientId).setParameter("closed", CasePhase.CLOSED)
                .setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Why passing the client's data to {@code office} for {@code purpose} on {@code day} is not allowed, if it is not. */
    public Optional<String> uncovered(String clientId, Office office, Purpose purpose, LocalDate day) {
        List<ConsentEntity> consents = em.createQuery("SELECT c FROM ConsentEntity c WHERE c.clientId = :client",
                ConsentEntity.class).setParameter("client", clientId).getResultList();
        if (consents.stream().anyMatch(c -> c.covers(office.id(), office.kind(), purpose, day))) {
            return Optional.empty();
        }
        boolean withdrawn = consents.stream().anyMatch(c -> c.withdrawnOn() != null && !c.withdrawnOn().isAfter(day)
                && c.names(office.id(), office.kind(), purpose));
        return Optional.of((withdrawn ? "the consent of client " + clientId + " covering " : "client " + clientId
                + " has no consent covering ") + "data passed to " + office.name() + " (" + office.kind()
                + ") for purpose " + purpose + (withdrawn ? " was withdrawn" : ""));
    }

    /**
     * Opens a referral in status PROPOSED.
     *
     * @throws ConflictException if the case is closed, no consent covers it, or a hand-over is under way
     */
    public ReferralEntity open(CaseEntity kimCase, Office office, Referral referral, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (referral.kind() == null) {
            violations.add(new Violation("kind", "is required: HANDOVER or SERVICE"));
        }
        if (referral.purpose() == null) {
            violations.add(new Violation("purpose", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (kimCase.phase() == CasePhase.CLOSED) {
            throw new ConflictException("case " + kimCase.id() + " is closed", "case-closed");
        }
        Optional<String> refusal = uncovered(kimCase.clientId(), office, referral.purpose(), today);
        if (refusal.isPresent()) {
            throw new ConflictException("referral refused: " + refusal.get(), "no-consent");
        }
        if (referral.kind() == Referral.Kind.HANDOVER) {
            long underWay = em.createQuery("SELECT COUNT(r) FROM ReferralEntity r WHERE r.kimCase = :c"
                    + " AND r.kind = :handover AND r.status IN :underWay", Long.class)
                    .setParameter("c", kimCase).setParameter("handover", Referral.Kind.HANDOVER)
                    .setParameter("underWay", UNDER_WAY).getSingleResult();
            if (underWay > 0) {
                throw new ConflictException("case " + kimCase.id() + " already has a hand-over under way;"
                        + " a case has one holder at a time");
            }
        }
        ReferralEntity entity = new ReferralEntity(kimCase, referral, today);
        em.persist(entity);
        em.flush();
        return entity;
    }

}
