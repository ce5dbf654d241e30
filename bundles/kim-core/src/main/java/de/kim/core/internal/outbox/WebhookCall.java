package de.kim.core.internal.outbox;

import de.kim.core.internal.clock.Schedules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/** One attempt to POST an event to a subscription's URL, signed. */
final class WebhookCall {
    private final HttpClient http;
    private final Duration timeout;
    private final Clock clock;

    WebhookCall(Duration timeout, Clock clock) {
        // the client starts a selector thread of its own: with the core's context class loader
        this.http = Schedules.withCoreLoader(() -> HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build());
        this.timeout = timeout;
        this.clock = clock;
    }

    /** The outcome of an attempt: the HTTP status, or null and the error if none came back. */
    record Outcome(boolean delivered, Integer status, String error) {
    }

    Outcome post(String url, String secret, String eventType, String eventId, long deliveryId, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "KIM-Platform-Webhooks/1")
                .header("KIM-Event", eventType)
                .header("KIM-Delivery", String.valueOf(deliveryId))
                .header("Idempotency-Key", eventId)
                .header("KIM-Timestamp", String.valueOf(timestamp))
                .header("KIM-Signature", Signature.sign(secret, timestamp, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status >= 200 && status < 300 ? new Outcome(true, status, null)
                    : new Outcome(false, status, "the receiver answered " + status);
        } catch (IOException e) {
            return new Outcome(false, null, e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted");
        } catch (IllegalArgumentException e) {
            return new Outcome(false, null, "not a URL: " + e.getMessage());
        }
    }
}
