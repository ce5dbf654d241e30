package de.kim.core.internal.retention;

import de.kim.api.access.AuditEntry;
import de.kim.api.model.ClientRecord;
import de.kim.core.internal.access.AuditEntity;
import de.kim.core.internal.store.CaseEntity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;

/**
 * What a subject-access export adds to the records the requesting office may read (DSGVO Art. 15): the
 * municipalities holding the person's other cases, without content, and who accessed the person's data.
 */
final class SubjectAccessLog {
    /** Rows of the access log in one export at most; the audit trail (KIM_DPO) has them all. */
    static final int MAX_ROWS = 10_000;

    private SubjectAccessLog() {
    }

    /** Every case of the person, in every municipality. */
    static List<CaseEntity> cases(EntityManager em, String clientId) {
        return em.createQuery("SELECT c FROM CaseEntity c WHERE c.clientId = :id", CaseEntity.class)
                .setParameter("id", clientId).getResultList();
    }

    /** The municipalities with cases of the person ({@code cases}) that {@code record} does not contain. */
    static List<ClientRecord.CasesElsewhere> elsewhere(EntityManager em, List<CaseEntity> cases, ClientRecord record) {
        Set<Long> exported = record.cases().stream().map(c -> c.kimCase().id()).collect(Collectors.toSet());
        Map<String, Integer> counts = new TreeMap<>();
        for (CaseEntity c : cases) {
            if (!exported.contains(c.id())) {
                counts.merge(c.ownerMunicipality(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(e -> new ClientRecord.CasesElsewhere(e.getKey(), em.createQuery(
                "SELECT m.name FROM MunicipalityEntity m WHERE m.ags = :ags", String.class).setParameter("ags",
                        e.getKey()).getResultList().stream().findFirst().orElse(null), e.getValue())).toList();
    }

    /** Every access to the person's data and cases recorded in the audit trail, oldest first. */
    static List<ClientRecord.Access> of(EntityManager em, String clientId, List<CaseEntity> all) {
        List<Long> cases = all.stream().map(CaseEntity::id).toList();
        var query = em.createQuery("SELECT a FROM AuditEntity a WHERE a.clientId = :id"
                + (cases.isEmpty() ? "" : " OR a.caseId IN :cases") + " ORDER BY a.id", AuditEntity.class)
                .setParameter("id", clientId);
        if (!cases.isEmpty()) {
            query.setParameter("cases", cases);
        }
        return query.setMaxResults(MAX_ROWS).getResultList().stream()
                .map(a -> a.toModel(null)).map(SubjectAccessLog::access).toList();
    }

    private static ClientRecord.Access access(AuditEntry a) {
        return new ClientRecord.Access(a.at(), a.user(), a.role(), a.officeId(), a.action(), a.caseId(), a.purpose(),
                a.outcome());
    }
}
