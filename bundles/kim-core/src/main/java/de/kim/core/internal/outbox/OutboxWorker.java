package de.kim.core.internal.outbox;

import de.kim.core.internal.cluster.Leases;
import de.kim.core.internal.events.OutboxEventEntity;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import de.kim.api.connect.Delivery;
import de.kim.api.operations.ReadOnlyException;
import de.kim.api.spi.Connector;
import de.kim.core.internal.access.AuditLog;
import de.kim.core.internal.clock.Schedules;
import de.kim.core.internal.events.DomainEvents;
import de.kim.core.internal.extension.CodeExtensions;
import de.kim.core.internal.persistence.Transactions;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes the outbox on, at least once: fans each new event out into one delivery per matching webhook
 * subscription and per connector, and attempts the due deliveries on threads of its own (webhooks and
 * connectors on separate pools, so that a slow connector holds up neither the user nor the webhooks).
 * A failed attempt is retried with exponential back-off until the attempts run out; then the delivery
 * is failed (the dead-letter list) until someone redelivers it. Everything it knows is in the database:
 * after a crash or a restart the pending deliveries are attempted again.
 */
@Component(service = OutboxWorker.class, immediate = true, configurationPid = "de.kim.webhooks")
@Designate(ocd = OutboxWorker.Config.class)
public final class OutboxWorker {
    /** One node of a cluster delivers events (cluster/Leases). */
    static final String LEASE = "outbox";
    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 200;

    @ObjectClassDefinition(name = "KIM webhooks and connectors", description = "Delivery of outbox events")
    public @interface Config {
        @AttributeDefinition(description = "Seconds before the first retry; doubled with every further attempt")
        long retry_initial_seconds() default 5;

        @AttributeDefinition(description = "Longest wait between two attempts, in seconds")
        long retry_max_seconds() default 3600;

        @AttributeDefinition(description = "Attempts before a delivery is given up (failed, dead-letter list)")
        int retry_attempts() default 15;

        @AttributeDefinition(description = "Seconds a webhook receiver has to answer")
        long webhook_timeout_seconds() default 10;

        @AttributeDefinition(description = "Seconds a connector has to take an event")
        long connector_timeout_seconds() default 60;

        @AttributeDefinition(description = "Milliseconds between two looks at the outbox when nothing woke the worker")
        long poll_millis() default 1000;

        @AttributeDefinition(description = "Threads that call webhooks; as many call connectors")
        int threads() default 4;
    }

    private final Transactions tx;
    private final CodeExtensions code;
    private final AuditLog audit;
    private final DomainEvents events;
    private final Config config;
    private final Clock clock = Clock.systemUTC();
    private final WebhookCall webhooks;
    private final ScheduledExecutorService loop;
    private final ExecutorService webhookPool;
    private final ExecutorService connectorPool;
    private final ExecutorService connectorCalls;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean woken = new AtomicBoolean();
    private final Runnable wake = this::wake;
    private final Leases leases;

    @Activate
    public OutboxWorker(Config config, @Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference CodeExtensions code, @Reference AuditLog audit, @Reference DomainEvents events,
            @Reference Leases leases) {
        this.config = config;
        this.leases = leases;
        this.tx = new Transactions(jpa);
        this.code = code;
        this.audit = audit;
        this.events = events;
        this.webhooks = new WebhookCall(Duration.ofSeconds(Math.max(1, config.webhook_timeout_seconds())), clock);
        this.loop = Schedules.timer("kim-outbox");
        int threads = Math.max(1, config.threads());
        this.webhookPool = Executors.newFixedThreadPool(threads, Schedules.daemons("kim-webhook"));
        this.connectorPool = Executors.newFixedThreadPool(threads, Schedules.daemons("kim-connector"));
        this.connectorCalls = Executors.newCachedThreadPool(Schedules.daemons("kim-connector-call"));
        events.onCommit(wake);
        loop.scheduleWithFixedDelay(this::tick, 2000, Math.max(50, config.poll_millis()), TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void stop() {
        events.removeOnCommit(wake);
        loop.shutdownNow();
        webhookPool.shutdownNow();
        connectorPool.shutdownNow();
        connectorCalls.shutdownNow();
    }

    /** Looks at the outbox soon (after a commit that wrote events, or a redelivery). */
    public void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                loop.execute(this::tick);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                woken.set(false);
            }
        }
    }

    private void tick() {
        woken.set(false);
        try {
            if (!leases.holds(LEASE)) {
                return; // another node delivers for the cluster
            }
            dispatch();
            attemptDue();
        } catch (ReadOnlyException e) {
            LOG.debug("Outbox paused while the platform is read-only");
        } catch (RuntimeException e) {
            LOG.warn("Outbox: {}", e.toString());
        }
    }

    /** New events → one delivery per matching subscription and per connector. */
    private void dispatch() {
        List<String> connectors = code.connectors().stream().map(c -> "connector:" + c.id()).toList();
        tx.write(em -> {
            List<OutboxEventEntity> fresh = em.createQuery("SELECT e FROM OutboxEventEntity e WHERE e.dispatched = FALSE"
                    + " ORDER BY e.id", OutboxEventEntity.class).setMaxResults(BATCH).getResultList();
            if (fresh.isEmpty()) {
                return null;
            }
            List<WebhookEntity> subscriptions = em.createQuery("SELECT w FROM WebhookEntity w WHERE w.active = TRUE",
                    WebhookEntity.class).getResultList();
            Instant now = clock.instant();
            for (OutboxEventEntity event : fresh) {
                for (WebhookEntity w : subscriptions) {
                    if (w.wants(event.type())) {
                        em.persist(new DeliveryEntity(event, w.target(), now));
                    }
                }
                connectors.forEach(target -> em.persist(new DeliveryEntity(event, target, now)));
                event.dispatched();
            }
            return null;
        });
    }

    private void attemptDue() {
        List<DeliveryEntity> due = tx.read(em -> em.createQuery("SELECT d FROM DeliveryEntity d JOIN FETCH d.event"
                + " WHERE d.state = :pending AND d.nextAttemptAt <= :now ORDER BY d.nextAttemptAt, d.id",
                DeliveryEntity.class).setParameter("pending", Delivery.State.PENDING)
                .setParameter("now", clock.millis()).setMaxResults(BATCH).getResultList());
        for (DeliveryEntity d : due) {
            if (!inFlight.add(d.id())) {
                continue;
            }
            ExecutorService pool = d.target().startsWith("webhook:") ? webhookPool : connectorPool;
            try {
                pool.execute(() -> {
                    try {
                        attempt(d.id(), d.target(), d.event());
                    } catch (RuntimeException e) {
                        LOG.warn("Delivery {} to {}: {}", d.id(), d.target(), e.toString());
                    } finally {
                        inFlight.remove(d.id());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                inFlight.remove(d.id());
            }
        }
    }

    private void attempt(long id, String target, OutboxEventEntity event) {
        if (target.startsWith("webhook:")) {
            long subscription = Long.parseLong(target.substring("webhook:".length()));
            Optional<WebhookEntity> w = tx.read(em -> Optional.ofNullable(em.find(WebhookEntity.class, subscription)));
            if (w.isEmpty() || !w.get().active()) {
                record(id, event, null, null, "the subscription is switched off", true);
                return;
            }
            WebhookCall.Outcome outcome = webhooks.post(w.get().url(), w.get().secret(), event.type(),
                    event.eventKey(), id, envelope(event));
            record(id, event, outcome.delivered() ? Boolean.TRUE : Boolean.FALSE, outcome.status(), outcome.error(),
                    false);
        } else {
            String connectorId = target.substring("connector:".length());
            Optional<Connector> connector = code.connectors().stream().filter(c -> c.id().equals(connectorId))
                    .findFirst();
            if (connector.isEmpty()) {
                record(id, event, false, null, "connector " + connectorId + " is not installed", false);
                return;
            }
            String error = call(connector.get(), event);
            record(id, event, error == null, null, error, false);
        }
    }

    /** Calls a connector on a thread of its own and waits at most the configured time. */
    private String call(Connector connector, OutboxEventEntity event) {
        Map<String, Object> properties = new LinkedHashMap<>(data(event));
        properties.put("kim.eventId", event.eventKey());
        properties.put("kim.eventType", event.type());
        properties.put("kim.occurredAt", event.occurredAt().toString());
        Future<?> call = connectorCalls.submit(() -> connector.accept(event.topic(), Map.copyOf(properties)));
        try {
            call.get(Math.max(1, config.connector_timeout_seconds()), TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return "the connector threw " + e.getCause();
        } catch (TimeoutException e) {
            call.cancel(true);
            return "the connector did not return within " + config.connector_timeout_seconds() + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * Records an attempt: delivered ({@code delivered} true), failed (false: retried later or given up),
     * or postponed without counting ({@code postpone}).
     */
    private void record(long id, OutboxEventEntity event, Boolean delivered, Integer status, String error,
            boolean postpone) {
        tx.write(em -> {
            DeliveryEntity d = em.find(DeliveryEntity.class, id);
            if (d == null || d.state() != Delivery.State.PENDING) {
                return null; // removed with its subscription meanwhile, or redelivered elsewhere
            }
            Instant now = clock.instant();
            if (postpone) {
                d.postpone(now.plusSeconds(Math.max(1, config.retry_max_seconds())));
            } else if (Boolean.TRUE.equals(delivered)) {
                d.delivered(now, status);
                Object caseId = data(event).get("caseId");
                audit.allowed(em, de.kim.core.internal.access.CallerSeal.seal(new Caller(d.target(), Set.of(Role.SYSTEM), null, null,
                        null)), "event.delivered",
                        null, caseId instanceof Number n ? n.longValue() : null, event.type() + " " + event.eventKey());
            } else {
                Instant next = d.attempts() + 1 >= Math.max(1, config.retry_attempts()) ? null
                        : now.plus(backoff(d.attempts() + 1, config.retry_initial_seconds(), config.retry_max_seconds()));
                d.failed(status, error, next);
                if (next == null) {
                    LOG.warn("Delivery {} of {} to {} given up after {} attempts: {}", id, event.type(), d.target(),
                            d.attempts(), error);
                }
            }
            return null;
        });
    }

    /** The wait after the {@code attempts}-th failed attempt: initial, doubled each time, at most max. */
    static Duration backoff(int attempts, long initialSeconds, long maxSeconds) {
        long seconds = Math.max(1, initialSeconds);
        for (int i = 1; i < attempts && seconds < maxSeconds; i++) {
            seconds *= 2;
        }
        return Duration.ofSeconds(Math.min(seconds, Math.max(1, maxSeconds)));
    }

    /** The body POSTed to a webhook: the event's id, type, time and its data (ids and codes only). */
    static String envelope(OutboxEventEntity event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", event.eventKey());
        body.put("type", event.type());
        body.put("occurredAt", event.occurredAt().toString());
        body.put("data", data(event));
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> data(OutboxEventEntity event) {
        try {
            return JSON.readValue(event.payload(), new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            return Map.of();
        }
    }

}
