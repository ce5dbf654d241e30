package de.kim.core.internal.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kim.api.connect.EventType;
import de.kim.core.internal.events.OutboxEventEntity;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.persistence.EntityManager;
import javax.transaction.RollbackException;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Tells the world what happened. An event is written to the outbox in the transaction of the change
 * ({@link OutboxEventEntity}): it exists exactly if the change committed, and the outbox worker
 * passes it on to webhooks and connectors, never in the caller's thread. After the commit it is also
 * posted on the EventAdmin, and whoever waits for new events is woken.
 */
@Component(service = DomainEvents.class)
public final class DomainEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TransactionManager transactions;
    private final List<Runnable> onCommit = new CopyOnWriteArrayList<>();
    private final Clock clock = Clock.systemUTC();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public DomainEvents(@Reference TransactionManager transactions) {
        this.transactions = transactions;
    }

    /** Writes the event with {@code em}'s transaction, which must be active. */
    public void publish(EntityManager em, String topic, Map<String, Object> properties) {
        publish(em, UUID.randomUUID().toString(), topic, properties);
    }

    /**
     * Writes the event under {@code key}, unless an event with that key was written before (events
     * about a state that is found again and again, such as a deadline that is due).
     *
     * @return whether it was written now
     */
    public boolean publishOnce(EntityManager em, String key, String topic, Map<String, Object> properties) {
        boolean known = !em.createQuery("SELECT e.id FROM OutboxEventEntity e WHERE e.eventKey = :k")
                .setParameter("k", key).setMaxResults(1).getResultList().isEmpty();
        if (known) {
            return false;
        }
        publish(em, key, topic, properties);
        return true;
    }

    /** Runs {@code listener} after every commit that wrote events (the outbox worker's wake-up). */
    public void onCommit(Runnable listener) {
        onCommit.add(listener);
    }

    public void removeOnCommit(Runnable listener) {
        onCommit.remove(listener);
    }

    private void publish(EntityManager em, String key, String topic, Map<String, Object> properties) {
        Map<String, Object> data = new TreeMap<>(properties);
        EventType type = EventType.ofTopic(topic).orElse(null);
        if (type != null) {
            try {
                em.persist(new OutboxEventEntity(key, type.code(), topic, JSON.writeValueAsString(data),
                        Instant.now(clock)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("event " + topic + " cannot be written as JSON", e);
            }
        }
        afterCommit(() -> {
            EventAdmin admin = events;
            if (admin != null) {
                admin.postEvent(new Event(topic, data));
            }
            onCommit.forEach(Runnable::run);
        });
    }

    private void afterCommit(Runnable work) {
        try {
            Transaction tx = transactions.getTransaction();
            if (tx == null) {
                throw new IllegalStateException("events are written in the transaction of the change");
            }
            tx.registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        work.run();
                    }
                }
            });
        } catch (RollbackException | SystemException e) {
            throw new IllegalStateException("the transaction of the change is over", e);
        }
    }
}
