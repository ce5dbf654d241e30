package de.kim.core.internal.clients;

import de.kim.api.KimException;
import de.kim.api.access.Caller;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.access.Operation;
import de.kim.core.internal.handover.Periods;
import de.kim.core.internal.rules.TransitionEngine;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.store.HouseholdLinkEmbeddable;
import de.kim.core.internal.store.PlannedTransitionEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.persistence.EntityManager;

/**
 * The other members of a client's household, as the Rechtskreiswechsel rules see them: whether they can work and
 * which legal domain applies to them (§ 7 Abs. 2, 3 SGB II: the household of an employable person who draws SGB II
 * draws it too).
 */
final class Household {

    /** One other member: the record, and its periods and planned changes. */
    record Member(ClientEntity client, TransitionEngine.Member view) {

        /**
         * Whether the caller may plan a change for this member; a refusal is audited and the member left as it is
         * (the member's own office plans it when it records the member's status).
         */
        boolean writableBy(AccessGuard guard, EntityManager em, Caller caller) {
            try {
                guard.clients(em, caller).get(client.id(), Operation.write("period.plan-household"));
                return true;
            } catch (KimException refused) {
                return false;
            }
        }
    }

    private Household() {
    }

    static List<Member> of(EntityManager em, ClientEntity client) {
        List<Member> members = new ArrayList<>();
        for (HouseholdLinkEmbeddable link : client.household()) {
            ClientEntity other = em.find(ClientEntity.class, link.otherClientId());
            if (other != null && !Objects.equals(other.id(), client.id())) {
                members.add(new Member(other, new TransitionEngine.Member(other.id(), other.employable(),
                        new Periods(em, other.id()).spans(), planned(em, other.id()))));
            }
        }
        return members;
    }

    /** The changes planned for a client and not yet applied. */
    static List<TransitionEngine.Change> planned(EntityManager em, String clientId) {
        return em.createQuery("SELECT t FROM PlannedTransitionEntity t WHERE t.clientId = :c AND t.status = :planned",
                PlannedTransitionEntity.class).setParameter("c", clientId)
                .setParameter("planned", PlannedTransitionEntity.PLANNED).getResultList().stream()
                .map(t -> new TransitionEngine.Change(t.from(), t.to(), t.effectiveDate())).toList();
    }
}
