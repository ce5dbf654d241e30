package de.kim.core.internal.cases;

import de.kim.api.ReferralService;
import de.kim.api.model.Referral;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Posts referral status changes on the EventAdmin, after the transaction that made them, so that
 * connectors can notify the receiving office.
 */
public final class ReferralEvents {
    private ReferralEvents() {
    }

    public static void post(EventAdmin events, List<Referral> referrals) {
        if (events == null) {
            return;
        }
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
            events.postEvent(new Event(ReferralService.EVENT_TOPIC_PREFIX + r.status().name(), properties));
        }
    }
}
