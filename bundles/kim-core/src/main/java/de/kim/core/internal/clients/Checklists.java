package de.kim.core.internal.clients;

import de.kim.api.model.ClientTask;
import de.kim.api.model.Occupation;
import de.kim.api.model.ResidenceStatus;
import de.kim.core.internal.rules.Preconditions;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.store.ClientTaskEntity;
import de.kim.core.internal.store.OccupationEntity;
import de.kim.core.internal.store.ResidenceStatusEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/** Attaches to client tasks the checklist of preconditions their rule names, as of today. */
final class Checklists {
    private final EntityManager em;
    private final LocalDate today;
    private final Map<String, Preconditions.Facts> facts = new HashMap<>();

    Checklists(EntityManager em, LocalDate today) {
        this.em = em;
        this.today = today;
    }

    List<ClientTask> attach(List<ClientTaskEntity> tasks) {
        List<ClientTask> result = new ArrayList<>(tasks.size());
        for (ClientTaskEntity task : tasks) {
            ClientTask model = task.toModel();
            if (task.checklist() != null && !task.toModel().done()) {
                model = model.withChecklist(Preconditions.check(task.checklist(),
                        facts.computeIfAbsent(task.clientId(), this::load), today));
            }
            result.add(model);
        }
        return result;
    }

    private Preconditions.Facts load(String clientId) {
        ClientEntity client = em.find(ClientEntity.class, clientId);
        return new Preconditions.Facts(client == null ? null : client.dateOfBirth(),
                client == null ? null : client.arrivalDate(), statuses(em, clientId), occupations(em, clientId));
    }

    static List<ResidenceStatus> statuses(EntityManager em, String clientId) {
        return em.createQuery("SELECT s FROM ResidenceStatusEntity s WHERE s.clientId = :c ORDER BY s.validFrom",
                ResidenceStatusEntity.class).setParameter("c", clientId).getResultList().stream()
                .map(ResidenceStatusEntity::toModel).toList();
    }

    static List<Occupation> occupations(EntityManager em, String clientId) {
        return em.createQuery("SELECT o FROM OccupationEntity o WHERE o.clientId = :c ORDER BY o.from, o.id",
                OccupationEntity.class).setParameter("c", clientId).getResultList().stream()
                .map(OccupationEntity::toModel).toList();
    }
}
