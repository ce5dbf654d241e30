package de.kim.core.internal.access;

import de.kim.api.NotFoundException;
import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ReferralEntity;
import java.util.EnumSet;
import java.util.List;
import javax.persistence.EntityManager;

/**
 * The referrals as one caller may reach them: through their case (the case team and what the case's
 * scope allows), and the receiving office answering a referral sent to it. Services of kim-core read
 * referrals for a caller only through this store.
 */
public final class ReferralStore {
    private final EntityManager em;
    private final AccessGuard guard;
    private final Caller caller;

    ReferralStore(EntityManager em, AccessGuard guard, Caller caller) {
        this.em = em;
        this.guard = guard;
        this.caller = caller;
    }

    /** The referral, if the caller may do {@code operation} on its case; audited. */
    public ReferralEntity get(long id, Operation operation) {
        ReferralEntity referral = em.find(ReferralEntity.class, id);
        guard.kimCase(em, caller, referral == null ? -1 : referral.kimCase().id(), operation);
        return found(referral, id);
    }

    /**
     * The referral for a status change: the receiving office may accept, reject or complete a referral
     * sent to it (audited as allowed); everything else is decided on the referral's case.
     */
    public ReferralEntity forAnswer(long id, Operation operation, boolean answer) {
        ReferralEntity referral = em.find(ReferralEntity.class, id);
        if (answer && referral != null && caller.officeId() != null && caller.officeId().equals(referral.toOfficeId())
                && caller.hasAny(EnumSet.of(Role.CASE_MANAGER, Role.ABH_CLERK))) {
            guard.allowed(em, caller, operation.action(), referral.kimCase().clientId(), referral.kimCase().id());
        } else {
            guard.kimCase(em, caller, referral == null ? -1 : referral.kimCase().id(), operation);
        }
        return found(referral, id);
    }

    /** The referrals of a case the caller may read; audited. */
    public List<ReferralEntity> ofCase(long caseId, Operation operation) {
        guard.kimCase(em, caller, caseId, operation);
        return em.createQuery("SELECT r FROM ReferralEntity r WHERE r.kimCase = :c ORDER BY r.id",
                ReferralEntity.class).setParameter("c", em.find(CaseEntity.class, caseId)).getResultList();
    }

    private static ReferralEntity found(ReferralEntity referral, long id) {
        if (referral == null) {
            throw new NotFoundException("no referral with id " + id);
        }
        return referral;
    }
}
