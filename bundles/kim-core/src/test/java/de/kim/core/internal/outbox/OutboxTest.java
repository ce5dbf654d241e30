package de.kim.core.internal.outbox;

import de.kim.core.internal.events.OutboxEventEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.Violation;
import de.kim.api.connect.EventType;
import de.kim.api.connect.WebhookSubscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {

    @Test
    void theSignatureIsTheHmacSha256OfTimestampDotBody() {
        // computed independently: python3 hmac.new(secret, b'1700000000.{"a":1}', sha256)
        assertEquals("sha256=6e873f59dc6002f6de5f578e9bf3f90a7906473a2924651d6f4cc33d61aff598",
                Signature.sign("test-secret-0123456789", 1_700_000_000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(Signature.sign("test-secret-0123456789", 1_700_000_001L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)),
                Signature.sign("test-secret-0123456789", 1_700_000_000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)));
        String secret = Signature.newSecret();
        assertTrue(secret.startsWith("whsec_") && secret.length() > 40, secret);
        assertNotEquals(secret, Signature.newSecret());
    }

    @Test
    void backOffDoublesUpToTheLongestWait() {
        assertEquals(Duration.ofSeconds(5), OutboxWorker.backoff(1, 5, 3600));
        assertEquals(Duration.ofSeconds(10), OutboxWorker.backoff(2, 5, 3600));
        assertEquals(Duration.ofSeconds(40), OutboxWorker.backoff(4, 5, 3600));
        assertEquals(Duration.ofSeconds(3600), OutboxWorker.backoff(15, 5, 3600));
        assertEquals(Duration.ofSeconds(3600), OutboxWorker.backoff(200, 5, 3600));
        assertEquals(Duration.ofSeconds(1), OutboxWorker.backoff(1, 0, 0));
    }

    @Test
    void topicsBecomeEventTypes() {
        assertEquals(EventType.REFERRAL_STATUS_CHANGED, EventType.ofTopic("de/kim/referral/SENT").orElseThrow());
        assertEquals(EventType.REFERRAL_STATUS_CHANGED, EventType.ofTopic("de/kim/referral/COMPLETED").orElseThrow());
        assertEquals(EventType.FORM_SUBMITTED, EventType.ofTopic("de/kim/form/SUBMITTED").orElseThrow());
        assertEquals(EventType.CASE_CLOSED, EventType.ofTopic("de/kim/case/CLOSED").orElseThrow());
        assertEquals(EventType.HANDOVER_DEADLINE_DUE, EventType.ofTopic("de/kim/handover/DEADLINE_DUE").orElseThrow());
        assertTrue(EventType.ofTopic("de/kim/form/DELETED").isEmpty());
        assertEquals(EventType.CASE_CLOSED, EventType.ofCode("case.closed"));
    }

    @Test
    void aSubscriptionNeedsAnHttpUrlKnownEventsAndAPurpose() {
        assertEquals(List.of(), JpaWebhooks.check(new WebhookSubscription(null, "https://fv.example/kim", List.of("*"),
                "Fachverfahren", null, null, null, null)));
        assertEquals(List.of(), JpaWebhooks.check(new WebhookSubscription(null, "http://127.0.0.1:9000/", List.of(
                "form.submitted", "case.closed"), "Test", "0123456789abcdef", null, null, null)));
        List<Violation> bad = JpaWebhooks.check(new WebhookSubscription(null, "file:///etc/passwd", List.of("case.opened"),
                " ", "short", null, null, null));
        assertEquals(List.of("url", "events", "purpose", "secret"), bad.stream().map(Violation::field).toList(),
                bad.toString());
        assertEquals("url", JpaWebhooks.check(new WebhookSubscription(null, "https://user:pw@fv.example/", List.of("*"),
                "x", null, null, null, null)).get(0).field());
        assertEquals("events", JpaWebhooks.check(new WebhookSubscription(null, "https://fv.example/", List.of(), "x",
                null, null, null, null)).get(0).field());
    }

    @Test
    void theEnvelopeCarriesIdTypeTimeAndData() {
        OutboxEventEntity event = new OutboxEventEntity("e-1", "case.closed", "de/kim/case/CLOSED",
                "{\"caseId\":7,\"municipality\":\"05958044\"}", java.time.Instant.parse("2026-01-02T03:04:05Z"));
        assertEquals("{\"id\":\"e-1\",\"type\":\"case.closed\",\"occurredAt\":\"2026-01-02T03:04:05Z\",\"data\":"
                + "{\"caseId\":7,\"municipality\":\"05958044\"}}", OutboxWorker.envelope(event));
    }
}
