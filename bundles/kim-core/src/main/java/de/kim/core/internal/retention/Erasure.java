package de.kim.core.internal.retention;

import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ReferralEntity;
import de.kim.core.internal.store.StructuralFindingEntity;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.procedures.ProcedureInstanceEntity;
import java.util.List;
import javax.persistence.EntityManager;

/**
 * Deletes a case, or a client with everything about them, inside the caller's transaction. The
 * tables of every package that stores data on a case or client are listed here, in one place.
 */
final class Erasure {
    private final EntityManager em;

    Erasure(EntityManager em) {
        this.em = em;
    }

    void deleteCase(CaseEntity kimCase) {
        long id = kimCase.id();
        bulk("DELETE FROM FormFieldEntity f WHERE f.caseId = :id", id);
        bulk("DELETE FROM FormSubmissionEntity s WHERE s.caseId = :id", id);
        bulk("DELETE FROM CaseTaskEntity t WHERE t.caseId = :id", id);
        em.createQuery("SELECT i FROM ProcedureInstanceEntity i WHERE i.caseId = :id", ProcedureInstanceEntity.class)
                .setParameter("id", id).getResultList().forEach(em::remove);
        em.createQuery("SELECT r FROM ReferralEntity r WHERE r.kimCase = :c", ReferralEntity.class)
                .setParameter("c", kimCase).getResultList().forEach(em::remove);
        em.createQuery("SELECT f FROM StructuralFindingEntity f WHERE :id MEMBER OF f.caseIds",
                StructuralFindingEntity.class).setParameter("id", id).getResultList()
                .forEach(f -> f.unlinkCase(id));
        em.remove(kimCase);
        em.flush();
    }

    void deleteClient(ClientEntity client) {
        String id = client.id();
        for (CaseEntity c : em.createQuery("SELECT c FROM CaseEntity c WHERE c.clientId = :id", CaseEntity.class)
                .setParameter("id", id).getResultList()) {
            deleteCase(c);
        }
        for (String table : List.of("ClientNameKeyEntity", "ResidenceStatusEntity", "LegalDomainPeriodEntity",
                "PlannedTransitionEntity", "ClientTaskEntity", "ConsentEntity")) {
            bulk("DELETE FROM " + table + " x WHERE x.clientId = :id", id);
        }
        for (ClientEntity other : em.createQuery("SELECT DISTINCT c FROM ClientEntity c JOIN c.household h"
                + " WHERE h.otherClientId = :id", ClientEntity.class).setParameter("id", id).getResultList()) {
            other.unlinkHousehold(id);
        }
        em.remove(client);
        em.flush();
    }

    private void bulk(String jpql, Object id) {
        em.createQuery(jpql).setParameter("id", id).executeUpdate();
    }
}
