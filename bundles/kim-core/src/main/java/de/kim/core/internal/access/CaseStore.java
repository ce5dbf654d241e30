package de.kim.core.internal.access;

import de.kim.api.ConflictException;
import de.kim.api.access.Caller;
import de.kim.api.model.CasePhase;
import de.kim.api.model.Page;
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
            throw new ConflictException("case " + id + " is closed", "case-closed");
        }
        return kimCase;
    }

    /** The case for work that records its own audit row later; a refusal is audited at once. */
    public CaseEntity checked(long id, Operation operation) {
        guard.checkCase(em, caller, id, operation);
        return em.find(CaseEntity.class, id);
    }

    /** All the caller's cases, newest first, optionally of one client, in one phase, of one owner; audited. */
    public List<Guarded<CaseEntity>> list(String clientId, CasePhase phase, String ownerMunicipality) {
        return list(clientId, phase, ownerMunicipality, 0, Integer.MAX_VALUE).items();
    }

    /** One page of the caller's cases, newest first, with how many match in all; audited. */
    public Page<Guarded<CaseEntity>> list(String clientId, CasePhase phase, String ownerMunicipality, int page, int size) {
        return list(clientId, phase, ownerMunicipality, null, page, size);
    }

    /** One page of the caller's cases whose file number begins with {@code fileNumber} (any case), newest first; audited. */
    public Page<Guarded<CaseEntity>> list(String clientId, CasePhase phase, String ownerMunicipality, String fileNumber,
            int page, int size) {
        return list("cases.list", clientId, phase, ownerMunicipality, fileNumber, page, size);
    }

    /** Like {@link #list(String, CasePhase, String, String, int, int)}, audited as {@code action} (e.g. an export). */
    public Page<Guarded<CaseEntity>> list(String action, String clientId, CasePhase phase, String ownerMunicipality,
            String fileNumber, int page, int size) {
        Scope scope = guard.scope(em, caller, action, "client=" + clientId + " phase=" + phase
                + " municipality=" + ownerMunicipality + (fileNumber == null ? "" : " fileNumber=" + fileNumber)
                + (size == Integer.MAX_VALUE ? "" : " page=" + page + " size=" + size));
        String where = where(scope, clientId, phase, ownerMunicipality)
                + (fileNumber == null ? "" : " AND UPPER(c.fileNumber) LIKE :file ESCAPE '\\'");
        String file = fileNumber == null ? null : fileNumber.strip().toUpperCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<CaseEntity> rows = file(bind(scope.bind(em.createQuery("SELECT c FROM CaseEntity c WHERE " + where
                + " ORDER BY c.id DESC", CaseEntity.class)), clientId, phase, ownerMunicipality), file)
                .setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * size)).setMaxResults(size).getResultList();
        long total = rows.size() < size && (page == 0 || !rows.isEmpty()) ? (long) page * size + rows.size()
                : file(bind(scope.bind(em.createQuery("SELECT COUNT(c) FROM CaseEntity c WHERE " + where, Long.class)),
                        clientId, phase, ownerMunicipality), file).getSingleResult();
        return new Page<>(rows.stream().map(c -> new Guarded<>(c, guard.view(em, caller, c))).toList(), page,
                size, total);
    }

    private static String where(Scope scope, String clientId, CasePhase phase, String ownerMunicipality) {
        StringBuilder jpql = new StringBuilder(scope.cases("c"));
        if (clientId != null) {
            jpql.append(" AND c.clientId = :client");
        }
        if (phase != null) {
            jpql.append(" AND c.phase = :phase");
        }
        if (ownerMunicipality != null) {
            jpql.append(" AND c.ownerMunicipality = :ags");
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> file(TypedQuery<T> q, String pattern) {
        return pattern == null ? q : q.setParameter("file", pattern);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, String clientId, CasePhase phase, String ownerMunicipality) {
        if (clientId != null) {
            q.setParameter("client", clientId);
        }
        if (phase != null) {
            q.setParameter("phase", phase);
        }
        if (ownerMunicipality != null) {
            q.setParameter("ags", ownerMunicipality);
        }
        return q;
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
