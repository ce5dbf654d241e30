package de.kim.core.internal.events;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/**
 * An event written in the same transaction as the change it tells of (the transactional outbox): it
 * exists exactly if the change committed. The worker fans it out into deliveries.
 */
@Entity
@SequenceGenerator(name = "KIM_OUTBOX_ID", sequenceName = "KIM_OUTBOX_ID", allocationSize = 100)
@Table(name = "KIM_OUTBOX_EVENT", uniqueConstraints = @UniqueConstraint(columnNames = "EVENT_KEY"),
        indexes = @Index(columnList = "DISPATCHED"))
public class OutboxEventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_OUTBOX_ID")
    private Long id;

    /** Unique: a UUID, or a key made of what the event is about when it must be written once only. */
    @Column(name = "EVENT_KEY", length = 120, nullable = false)
    private String eventKey;

    @Column(length = 40, nullable = false)
    private String type;

    @Column(length = 120, nullable = false)
    private String topic;

    @Lob
    private String payload;

    private Instant occurredAt;

    @Column(name = "DISPATCHED")
    private boolean dispatched;

    protected OutboxEventEntity() {
    }

    public OutboxEventEntity(String eventKey, String type, String topic, String payload, Instant occurredAt) {
        this.eventKey = eventKey;
        this.type = type;
        this.topic = topic;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    public Long id() {
        return id;
    }

    public String eventKey() {
        return eventKey;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public String payload() {
        return payload;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public void dispatched() {
        dispatched = true;
    }
}
