package de.kim.core.internal.outbox;

import de.kim.api.connect.EventType;
import de.kim.api.connect.WebhookSubscription;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A webhook subscription. The secret is kept to sign with and never shown again after the create. */
@Entity
@SequenceGenerator(name = "KIM_WEBHOOK_ID_SEQ", sequenceName = "KIM_WEBHOOK_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_WEBHOOK")
public class WebhookEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_WEBHOOK_ID_SEQ")
    private Long id;

    @Column(length = 2000, nullable = false)
    private String url;

    /** Event codes, comma-separated, or {@code *}. */
    @Column(length = 400, nullable = false)
    private String events;

    @Column(length = 400)
    private String purpose;

    @Column(length = 200, nullable = false)
    private String secret;

    private boolean active = true;

    private Instant createdAt;

    @Column(length = 100)
    private String createdBy;

    protected WebhookEntity() {
    }

    public WebhookEntity(String url, List<String> events, String purpose, String secret, Instant createdAt,
            String createdBy) {
        this.url = url;
        this.events = String.join(",", events);
        this.purpose = purpose;
        this.secret = secret;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String secret() {
        return secret;
    }

    public boolean active() {
        return active;
    }

    void activate(boolean on) {
        active = on;
    }

    public String target() {
        return "webhook:" + id;
    }

    public boolean wants(String type) {
        return Arrays.stream(events.split(",")).anyMatch(e -> e.equals("*") || e.equals(type));
    }

    WebhookSubscription toModel(boolean withSecret) {
        return new WebhookSubscription(id, url, List.of(events.split(",")), purpose, withSecret ? secret : null,
                active, createdAt, createdBy);
    }

    static boolean known(String event) {
        if (event.equals("*")) {
            return true;
        }
        try {
            EventType.ofCode(event);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
