package de.kim.core.internal.outbox;

import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.access.AuditTrail;
import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.api.connect.Delivery;
import de.kim.api.connect.WebhookSubscription;
import de.kim.api.connect.Webhooks;
import de.kim.core.internal.persistence.Transactions;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Webhook subscriptions and deliveries, for administrators (integrators); every change is audited. */
@Component(service = Webhooks.class)
public final class JpaWebhooks implements Webhooks {
    private final Transactions tx;
    private final AuditTrail audit;
    private final OutboxWorker worker;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaWebhooks(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa, @Reference AuditTrail audit,
            @Reference OutboxWorker worker) {
        this.tx = new Transactions(jpa);
        this.audit = audit;
        this.worker = worker;
    }

    @Override
    public List<WebhookSubscription> subscriptions(Caller caller) {
        admin(caller);
        return tx.read(em -> em.createQuery("SELECT w FROM WebhookEntity w ORDER BY w.id", WebhookEntity.class)
                .getResultList().stream().map(w -> w.toModel(false)).toList());
    }

    @Override
    public WebhookSubscription subscribe(Caller caller, WebhookSubscription s) {
        admin(caller);
        List<Violation> violations = check(s);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        String secret = s.secret() == null || s.secret().isBlank() ? Signature.newSecret() : s.secret();
        WebhookSubscription created = tx.write(em -> {
            WebhookEntity entity = new WebhookEntity(s.url().strip(), s.events(), s.purpose().strip(), secret,
                    clock.instant(), caller.user());
            if (Boolean.FALSE.equals(s.active())) {
                entity.activate(false);
            }
            em.persist(entity);
            em.flush();
            return entity.toModel(true);
        });
        audit.administered(caller, "webhook.subscribe", "webhook " + created.id() + " " + created.url() + " events "
                + created.events() + " purpose: " + created.purpose());
        return created;
    }

    @Override
    public WebhookSubscription activate(Caller caller, long id, boolean active) {
        admin(caller);
        WebhookSubscription changed = tx.write(em -> {
            WebhookEntity entity = em.find(WebhookEntity.class, id);
            if (entity == null) {
                throw new NotFoundException("webhook subscription " + id);
            }
            entity.activate(active);
            if (active) {
                em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.target = :t AND d.state = :pending",
                        DeliveryEntity.class).setParameter("t", entity.target())
                        .setParameter("pending", Delivery.State.PENDING).getResultList()
                        .forEach(d -> d.postpone(clock.instant()));
            }
            return entity.toModel(false);
        });
        audit.administered(caller, active ? "webhook.activate" : "webhook.deactivate", "webhook " + id);
        worker.wake();
        return changed;
    }

    @Override
    public void unsubscribe(Caller caller, long id) {
        admin(caller);
        tx.write(em -> {
            WebhookEntity entity = em.find(WebhookEntity.class, id);
            if (entity == null) {
                throw new NotFoundException("webhook subscription " + id);
            }
            em.createQuery("DELETE FROM DeliveryEntity d WHERE d.target = :t AND d.state = :pending")
                    .setParameter("t", entity.target()).setParameter("pending", Delivery.State.PENDING).executeUpdate();
            em.remove(entity);
            return null;
        });
        audit.administered(caller, "webhook.unsubscribe", "webhook " + id);
    }

    @Override
    public List<Delivery> deliveries(Caller caller, Delivery.State state, String target, int limit) {
        admin(caller);
        return tx.read(em -> {
            TypedQuery<DeliveryEntity> q = em.createQuery("SELECT d FROM DeliveryEntity d JOIN FETCH d.event WHERE 1 = 1"
                    + (state == null ? "" : " AND d.state = :state") + (target == null ? "" : " AND d.target = :target")
                    + " ORDER BY d.id DESC", DeliveryEntity.class);
            if (state != null) {
                q.setParameter("state", state);
            }
            if (target != null) {
                q.setParameter("target", target);
            }
            return q.setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList().stream()
                    .map(DeliveryEntity::toModel).toList();
        });
    }

    @Override
    public Delivery redeliver(Caller caller, long deliveryId) {
        admin(caller);
        Delivery requeued = tx.write(em -> {
            DeliveryEntity d = em.find(DeliveryEntity.class, deliveryId);
            if (d == null) {
                throw new NotFoundException("delivery " + deliveryId);
            }
            d.requeue(clock.instant());
            return d.toModel();
        });
        audit.administered(caller, "webhook.redeliver", "delivery " + deliveryId + " to " + requeued.target());
        worker.wake();
        return requeued;
    }

    @Override
    public int redeliverFailed(Caller caller) {
        admin(caller);
        int n = tx.write(em -> {
            List<DeliveryEntity> failed = em.createQuery("SELECT d FROM DeliveryEntity d WHERE d.state = :failed",
                    DeliveryEntity.class).setParameter("failed", Delivery.State.FAILED).getResultList();
            failed.forEach(d -> d.requeue(clock.instant()));
            return failed.size();
        });
        audit.administered(caller, "webhook.redeliver", n + " failed deliveries");
        worker.wake();
        return n;
    }

    private static void admin(Caller caller) {
        if (caller == null || !caller.has(Role.ADMIN) && !caller.has(Role.SYSTEM)) {
            throw new ForbiddenException("only administrators manage webhooks and deliveries");
        }
    }

    static List<Violation> check(WebhookSubscription s) {
        List<Violation> v = new ArrayList<>();
        if (s == null) {
            return List.of(new Violation("body", "a subscription (url, events, purpose) is required"));
        }
        if (s.url() == null || s.url().isBlank()) {
            v.add(new Violation("url", "is required"));
        } else if (s.url().length() > 2000) {
            v.add(new Violation("url", "is longer than 2,000 characters"));
        } else {
            try {
                URI uri = new URI(s.url().strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                    v.add(new Violation("url", "must be an http or https URL with a host"));
                } else if (uri.getUserInfo() != null) {
                    v.add(new Violation("url", "must not carry a user and password (the signature authenticates)"));
                }
            } catch (URISyntaxException e) {
                v.add(new Violation("url", "is not a URL: " + e.getReason()));
            }
        }
        if (s.events().isEmpty()) {
            v.add(new Violation("events", "name at least one event, or *"));
        }
        for (String e : s.events()) {
            if (e == null || !WebhookEntity.known(e)) {
                v.add(new Violation("events", "'" + e + "' is not an event: referral.status-changed,"
                        + " handover.deadline-due, form.submitted, case.closed or *"));
            }
        }
        if (String.join(",", s.events()).length() > 400) {
            v.add(new Violation("events", "too many"));
        }
        if (s.purpose() == null || s.purpose().isBlank()) {
            v.add(new Violation("purpose", "say what the receiver does with the events"));
        } else if (s.purpose().length() > 400) {
            v.add(new Violation("purpose", "is longer than 400 characters"));
        }
        if (s.secret() != null && !s.secret().isBlank() && (s.secret().length() < 16 || s.secret().length() > 200)) {
            v.add(new Violation("secret", "needs 16 to 200 characters (or leave it out and one is generated)"));
        }
        return v;
    }
}
