package de.kim.api.connect;

import de.kim.api.access.Caller;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Webhook subscriptions and the deliveries of the outbox. Administrators (integrators) only: every
 * method throws {@link de.kim.api.access.ForbiddenException} for other roles.
 */
@ProviderType
public interface Webhooks {

    List<WebhookSubscription> subscriptions(Caller caller);

    /**
     * Subscribes a receiver; the answer carries the secret, the only time it is shown.
     *
     * @throws de.kim.api.ValidationException for a URL that is not http(s), an unknown event, no purpose
     */
    WebhookSubscription subscribe(Caller caller, WebhookSubscription subscription);

    /** Switches deliveries to a subscription on or off. */
    WebhookSubscription activate(Caller caller, long id, boolean active);

    /** Removes a subscription; its pending deliveries are dropped. */
    void unsubscribe(Caller caller, long id);

    /**
     * Deliveries, newest first.
     *
     * @param state  only those in this state, null for all
     * @param target only those to this target ({@code webhook:3}, {@code connector:file}), null for all
     */
    List<Delivery> deliveries(Caller caller, Delivery.State state, String target, int limit);

    /** Puts a delivery back in the queue with its attempts reset: the next attempt is now. */
    Delivery redeliver(Caller caller, long deliveryId);

    /** Redelivers every failed delivery; the number put back. */
    int redeliverFailed(Caller caller);
}
