package de.kim.core.internal.outbox;

import de.kim.core.internal.events.OutboxEventEntity;
import de.kim.api.connect.Delivery;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/** One event on its way to one target; pending until the target acknowledged it or the attempts ran out. */
@Entity
@SequenceGenerator(name = "KIM_DELIVERY_ID", sequenceName = "KIM_DELIVERY_ID", allocationSize = 100)
@Table(name = "KIM_DELIVERY", indexes = {@Index(columnList = "STATE,NEXT_ATTEMPT_AT"), @Index(columnList = "TARGET")})
public class DeliveryEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_DELIVERY_ID")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "EVENT_ID")
    private OutboxEventEntity event;

    @Column(name = "TARGET", length = 120, nullable = false)
    private String target;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", length = 12, nullable = false)
    private Delivery.State state = Delivery.State.PENDING;

    private int attempts;

    /** Epoch milliseconds (compared and sorted in queries: an Instant column is not comparable here). */
    @Column(name = "NEXT_ATTEMPT_AT")
    private Long nextAttemptAt;

    private Instant deliveredAt;

    private Integer lastStatus;

    @Column(length = 500)
    private String lastError;

    protected DeliveryEntity() {
    }

    public DeliveryEntity(OutboxEventEntity event, String target, Instant now) {
        this.event = event;
        this.target = target;
        this.nextAttemptAt = now.toEpochMilli();
    }

    public Long id() {
        return id;
    }

    public OutboxEventEntity event() {
        return event;
    }

    public String target() {
        return target;
    }

    public Delivery.State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    void delivered(Instant at, Integer status) {
        attempts++;
        state = Delivery.State.DELIVERED;
        deliveredAt = at;
        nextAttemptAt = null;
        lastStatus = status;
        lastError = null;
    }

    /** A failed attempt: the next is due at {@code next}, or none if {@code next} is null (given up). */
    void failed(Integer status, String error, Instant next) {
        attempts++;
        lastStatus = status;
        lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        state = next == null ? Delivery.State.FAILED : Delivery.State.PENDING;
        nextAttemptAt = next == null ? null : next.toEpochMilli();
    }

    /** Postpones the next attempt without counting one (the subscription is switched off). */
    void postpone(Instant next) {
        nextAttemptAt = next.toEpochMilli();
    }

    void requeue(Instant now) {
        attempts = 0;
        state = Delivery.State.PENDING;
        nextAttemptAt = now.toEpochMilli();
    }

    Delivery toModel() {
        return new Delivery(id, event.eventKey(), event.type(), target, state, attempts, event.occurredAt(),
                nextAttemptAt == null ? null : Instant.ofEpochMilli(nextAttemptAt), deliveredAt, lastStatus, lastError);
    }
}
