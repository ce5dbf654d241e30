package de.kim.core.internal.access;

import de.kim.api.ConflictException;
import de.kim.api.access.Caller;
import de.kim.api.model.CasePhase;
import de.kim.core.internal.store.CaseEntity;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * The cases as one caller may reach them: a single case only through the access guard (outside the
 * scope: not found, and the attempt audited), every list with the caller's scope inside its query,
 * also for the records that hang on a case (tasks, submissions). Services of kim-core read cases for a
 * caller only through this store.
 */
public final class CaseStore {
    /** The most cases one list returns. */
    public static final int MAX_LIST = 500;

    private final EntityManager em;
    private final AccessGuard guard;
    private final Caller caller;

    CaseStore(EntityManager em, AccessGuard guard, Caller caller) {
        this.em = em;
        this.guard = guard;
        this.caller = caller;
    }

    /** The case, if the caller may do {@code operation} on it; audited. */
    public Guarded<CaseEntity> get(long id, Operation operation) {
        Access access = guard.kimCase(em, caller, id, operation);
        return new Guarded<>(em.find(CaseEntity.class, id), access);
    }

    /** The case for a change that needs it open; 409 when it is closed. Audited. */
    public CaseEntity open(long id, Operation operation) {
        CaseEntity kimCase = get(id, operation).record();
        if (kimCase.phase() == CasePhase.CLOSED) {
            throw new ConflictException("case " + id + " is closed");
        }
        return kimCase;
    }

    /** The case for work that records its own audit row later; a refusal is audited at once. */
    public CaseEntity checked(long id, Operation operation) {
        guard.checkCase(em, caller, id, operation);
        return em.find(CaseEntity.class, id);
    }

    /** The caller's cases, newest first, optionally of one client, in one phase, of one owner; audited. */
    public List<Guarded<CaseEntity>> list(String clientId, CasePhase phase, String ownerMunicipality) {
        Scope scope = guard.scope(em, caller, "cases.list", "client=" + clientId + " phase=" + phase
                + " municipality=" + ownerMunicipality);
        StringBuilder jpql = new StringBuilder("SELECT c FROM CaseEntity c WHERE ").append(scope.cases("c"));
        if (clientId != null) {
            jpql.append(" AND c.clientId = :client");
        }
        if (phase != null) {
            jpql.append(" AND c.phase = :phase");
        }
        if (ownerMunicipality != null) {
            jpql.append(" AND c.ownerMunicipality = :ags");
        }
        TypedQuery<CaseEntity> q = scope.bind(em.createQuery(jpql + " ORDER BY c.id DESC", CaseEntity.class));
        if (clientId != null) {
            q.setParameter("client", clientId);
        }
        if (phase != null) {
            q.setParameter("phase", phase);
        }
        if (ownerMunicipality != null) {
            q.setParameter("ags", ownerMunicipality);
        }
        return q.setMaxResults(MAX_LIST).getResultList().stream()
                .map(c -> new Guarded<>(c, guard.view(em, caller, c))).toList();
    }

    /**
     * Records of type {@code type} (alias {@code t}, with a {@code caseId}) that hang on the caller's
     * cases and meet {@code condition}; audited as {@code action} with {@code detail}.
     */
    public <T> List<T> onCases(String action, String detail, Class<T> type, String condition,
            Map<String, Object> parameters, String order) {
        Scope scope = guard.scope(em, caller, action, detail);
        TypedQuery<T> q = scope.bind(em.createQuery("SELECT t FROM " + type.getSimpleName() + " t WHERE "
                + condition + " AND EXISTS (SELECT k FROM CaseEntity k WHERE k.id = t.caseId AND " + scope.cases("k")
                + ") ORDER BY " + order, type));
        parameters.forEach(q::setParameter);
        return q.getResultList();
    }
}
