package de.kim.core.internal.retention;

import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ReferralEntity;
import de.kim.core.internal.store.StructuralFindingEntity;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.events.OutboxEventEntity;
import de.kim.core.internal.procedures.ProcedureInstanceEntity;
import java.util.List;
import javax.persistence.EntityManager;

/**
 * Deletes a case, or a client with everything about them, inside the caller's transaction. The
 * tables of every package that stores data on a case or client are listed here, in one place; the schema's
 * classification of every table and column (kim-schema, {@code personal-data.properties}) names them, and a test
 * fails for a table nobody classified.
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
        bulk("DELETE FROM DocumentEntity d WHERE d.caseId = :id", id);
        em.createQuery("SELECT i FROM ProcedureInstanceEntity i WHERE i.caseId = :id", ProcedureInstanceEntity.class)
                .setParameter("id", id).getResultList().forEach(em::remove);
        em.createQuery("SELECT r FROM ReferralEntity r WHERE r.kimCase = :c", ReferralEntity.class)
                .setParameter("c", kimCase).getResultList().forEach(em::remove);
        em.createQuery("SELECT f FROM StructuralFindingEntity f WHERE :id MEMBER OF f.caseIds",
                StructuralFindingEntity.class).setParameter("id", id).getResultList()
                .forEach(f -> f.unlinkCase(id));
        deleteEvents("\"caseId\":" + id);
        em.remove(kimCase);
        em.flush();
    }

    /**
     * Events of the outbox whose payload names the person or case ({@code mark}, a JSON member), with their
     * deliveries: an event already delivered is the receiver's now; the copy here goes with the person.
     */
    private void deleteEvents(String mark) {
        List<OutboxEventEntity> events = em.createQuery("SELECT e FROM OutboxEventEntity e WHERE e.payload LIKE :mark",
                OutboxEventEntity.class).setParameter("mark", "%" + mark + "%").getResultList();
        for (OutboxEventEntity event : events) {
            // "caseId":12 must not take "caseId":123
            int at = event.payload().indexOf(mark);
            char next = at < 0 || at + mark.length() >= event.payload().length() ? '}'
                    : event.payload().charAt(at + mark.length());
            if (at >= 0 && !Character.isDigit(next)) {
                em.createQuery("DELETE FROM DeliveryEntity d WHERE d.event = :e").setParameter("e", event).executeUpdate();
                em.remove(event);
            }
        }
    }

    void deleteClient(ClientEntity client) {
        String id = client.id();
        for (CaseEntity c : em.createQuery("SELECT c FROM CaseEntity c WHERE c.clientId = :id", CaseEntity.class)
                .setParameter("id", id).getResultList()) {
            deleteCase(c);
        }
        for (String table : List.of("ClientNameKeyEntity", "ResidenceStatusEntity", "LegalDomainPeriodEntity",
                "PlannedTransitionEntity", "ClientTaskEntity", "ConsentEntity", "OccupationEntity", "ExternalKeyEntity",
                "DocumentEntity")) {
            bulk("DELETE FROM " + table + " x WHERE x.clientId = :id", id);
        }
        deleteEvents("\"clientId\":\"" + id + "\"");
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
