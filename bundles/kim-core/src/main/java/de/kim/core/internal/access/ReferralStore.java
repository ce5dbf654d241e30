package de.kim.core.internal.access;

import de.kim.api.NotFoundException;
import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import de.kim.api.model.Referral;
import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ReferralEntity;
import java.util.EnumSet;
import java.util.List;
import javax.persistence.EntityManager;

/**
 * The referrals as one caller may reach them. A referral is seen by the case team of its case (the sending
 * municipality) and by the office it was sent to, while the case's scope allows; an office that received one
 * referral of a case does not see the case's referrals to other offices. The coordination sees them
 * pseudonymised: without note and outcome. Services of kim-core read referrals for a caller only through this
 * store.
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

    /** The referral as the caller may read it, if it may; audited. */
    public Referral read(long id, Operation operation) {
        ReferralEntity referral = em.find(ReferralEntity.class, id);
        long caseId = referral == null ? -1 : referral.kimCase().id();
        Access access = reached(id, () -> guard.checkCase(em, caller, caseId, operation));
        if (!visible(referral, access)) {
            guard.refused(caller, operation, referral.kimCase().clientId(), caseId,
                    "a referral to another office of a case released to the caller's office");
            throw new NotFoundException("no referral with id " + id);
        }
        guard.allowed(em, caller, operation.action(), referral.kimCase().clientId(), caseId);
        return shaped(referral, access);
    }

    /**
     * The referral for a status change: the receiving office may accept, reject or complete a referral
     * sent to it (audited as allowed); everything else is decided on the referral's case.
     */
    public ReferralEntity forAnswer(long id, Operation operation, boolean answer) {
        ReferralEntity referral = em.find(ReferralEntity.class, id);
        if (answer && referral != null && receivedBy(referral)) {
            guard.allowed(em, caller, operation.action(), referral.kimCase().clientId(), referral.kimCase().id());
        } else {
            reached(id, () -> guard.kimCase(em, caller, referral == null ? -1 : referral.kimCase().id(), operation));
        }
        return found(referral, id);
    }

    /**
     * What the caller may reach of the referral's case; "no referral with id" when nothing (the case's id is not
     * named: it would tell which case a referral belongs to).
     */
    private static Access reached(long id, java.util.function.Supplier<Access> decision) {
        try {
            return decision.get();
        } catch (NotFoundException e) {
            throw new NotFoundException("no referral with id " + id);
        }
    }

    /** The referral as the caller may see it after a change it was allowed to make (not audited again). */
    public Referral shapedForCaller(ReferralEntity referral) {
        Access access = guard.view(em, caller, referral.kimCase());
        return shaped(referral, visible(referral, access) ? access : Access.PSEUDONYMOUS);
    }

    /** The referrals of a case the caller may read, as far as it may see each; audited. */
    public List<Referral> ofCase(long caseId, Operation operation) {
        Access access = guard.kimCase(em, caller, caseId, operation);
        return em.createQuery("SELECT r FROM ReferralEntity r WHERE r.kimCase = :c ORDER BY r.id",
                ReferralEntity.class).setParameter("c", em.find(CaseEntity.class, caseId)).getResultList().stream()
                .filter(r -> visible(r, access)).map(r -> shaped(r, access)).toList();
    }

    /**
     * The referrals sent to the caller's office that it has to answer or holds, earliest deadline first, each with
     * its case's file number and, where the office may see it, the client's name; each read audited.
     */
    public List<de.kim.api.model.IncomingReferral> incoming(Operation operation) {
        if (caller.officeId() == null || !caller.hasAny(EnumSet.of(Role.CASE_MANAGER, Role.ABH_CLERK))) {
            return List.of();
        }
        List<ReferralEntity> rows = em.createQuery("SELECT r FROM ReferralEntity r WHERE r.toOfficeId = :office"
                + " AND r.status IN :open ORDER BY r.id", ReferralEntity.class).setParameter("office", caller.officeId())
                .setParameter("open", List.of(Referral.Status.SENT, Referral.Status.ACCEPTED)).getResultList();
        java.util.List<de.kim.api.model.IncomingReferral> out = new java.util.ArrayList<>();
        for (ReferralEntity r : rows) {
            CaseEntity kimCase = r.kimCase();
            Access access = guard.view(em, caller, kimCase);
            guard.allowed(em, caller, operation.action(), kimCase.clientId(), kimCase.id());
            de.kim.core.internal.store.ClientEntity client = em.find(de.kim.core.internal.store.ClientEntity.class,
                    kimCase.clientId());
            out.add(new de.kim.api.model.IncomingReferral(shaped(r, access), kimCase.fileNumber(),
                    kimCase.ownerMunicipality(),
                    client != null && access.sees(de.kim.api.model.DataCategory.IDENTITY) ? client.name() : null));
        }
        out.sort(java.util.Comparator.comparing((de.kim.api.model.IncomingReferral i) -> i.referral().deadline(),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        return out;
    }

    /** The case team and the coordination see every referral of the case; an office only those sent to it. */
    private boolean visible(ReferralEntity referral, Access access) {
        return access.full() || access.level() == Access.Level.PSEUDONYMOUS || receivedBy(referral);
    }

    private boolean receivedBy(ReferralEntity referral) {
        return caller.officeId() != null && caller.officeId().equals(referral.toOfficeId())
                && caller.hasAny(EnumSet.of(Role.CASE_MANAGER, Role.ABH_CLERK));
    }

    private static Referral shaped(ReferralEntity referral, Access access) {
        return Redaction.referral(referral.toModel(), access);
    }

    private static ReferralEntity found(ReferralEntity referral, long id) {
        if (referral == null) {
            throw new NotFoundException("no referral with id " + id);
        }
        return referral;
    }
}
