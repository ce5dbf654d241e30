package de.kim.api.connect;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A receiver of events over HTTP. Every request is signed with the subscription's secret
 * (HMAC-SHA256, header {@code KIM-Signature}).
 *
 * @param id        assigned by the platform
 * @param url       http or https URL the events are POSTed to
 * @param events    event codes ({@link EventType#code()}), or {@code *} for all
 * @param purpose   what the receiver does with the events (recorded; payloads never carry names)
 * @param secret    the signing secret: on create, given or generated, and shown only in the answer to the create
 * @param active    whether events are delivered; an inactive subscription keeps its deliveries
 * @param createdAt when it was created
 * @param createdBy who created it
 */
public record WebhookSubscription(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "https://fachverfahren.example/kim-events") String url,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> events,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String purpose, String secret, Boolean active,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Instant createdAt,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String createdBy) {

    public WebhookSubscription {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The same subscription without its secret, as every answer but the create's shows it. */
    public WebhookSubscription withoutSecret() {
        return new WebhookSubscription(id, url, events, purpose, null, active, createdAt, createdBy);
    }
}
