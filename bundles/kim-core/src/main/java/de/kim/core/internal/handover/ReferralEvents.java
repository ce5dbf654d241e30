package de.kim.core.internal.handover;

import de.kim.api.ReferralService;
import de.kim.api.model.Referral;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import de.kim.core.internal.events.DomainEvents;

/**
 * Writes referral status changes to the outbox, in the transaction that made them, so that webhooks
 * and connectors can notify the receiving office (see DomainEvents).
 */
public final class ReferralEvents {
    private ReferralEvents() {
    }

    public static void post(DomainEvents events, EntityManager em, List<Referral> referrals) {
        for (Referral r : referrals) {
            Map<String, Object> properties = new HashMap<>();
            properties.put("referralId", r.id());
            properties.put("caseId", r.caseId());
            properties.put("officeId", r.toOfficeId());
            properties.put("kind", r.kind().name());
            properties.put("purpose", r.purpose().name());
            properties.put("status", r.status().name());
            if (r.deadline() != null) {
                properties.put("deadline", r.deadline().toString());
            }
            events.publish(em, ReferralService.EVENT_TOPIC_PREFIX + r.status().name(), properties);
        }
    }
}
