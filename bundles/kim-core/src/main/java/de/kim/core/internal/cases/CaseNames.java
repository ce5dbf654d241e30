package de.kim.core.internal.cases;

import de.kim.api.model.Case;
import de.kim.api.model.ClientName;
import de.kim.core.internal.access.Guarded;
import de.kim.core.internal.access.Redaction;
import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ClientEntity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;

/**
 * Cases as a caller sees them, each with its client's name and date of birth: read in one query for a page of
 * cases, and dropped again by the redaction for callers whose access does not show the client's identity.
 */
final class CaseNames {
    private static final int CHUNK = 500;

    private CaseNames() {
    }

    static List<Case> named(EntityManager em, List<Guarded<CaseEntity>> cases) {
        List<String> ids = cases.stream().map(c -> c.record().clientId()).distinct().toList();
        Map<String, ClientName> names = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (ClientEntity client : em.createQuery("SELECT c FROM ClientEntity c WHERE c.id IN :ids", ClientEntity.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))).getResultList()) {
                names.put(client.id(), client.name());
            }
        }
        return cases.stream().map(c -> Redaction.kimCase(c.record().toModel().withClient(names.get(c.record().clientId())),
                c.access())).toList();
    }
}
