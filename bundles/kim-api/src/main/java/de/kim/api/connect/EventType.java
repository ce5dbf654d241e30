package de.kim.api.connect;

import java.util.Optional;

/**
 * The events the platform passes on to webhooks and connectors. Their payloads carry ids and codes,
 * never names.
 */
public enum EventType {
    /** A referral (hand-over, consultation) changed its status: {@code referralId, caseId, officeId, kind, purpose, status}. */
    REFERRAL_STATUS_CHANGED("referral.status-changed", "de/kim/referral/"),
    /** A hand-over deadline is due within its warning days or passed: {@code referralId, caseId, officeId, deadline}. */
    HANDOVER_DEADLINE_DUE("handover.deadline-due", "de/kim/handover/DEADLINE_DUE"),
    /** A form was submitted for a case: {@code caseId, formId, formVersion, submissionId}. */
    FORM_SUBMITTED("form.submitted", "de/kim/form/SUBMITTED"),
    /** A case was closed: {@code caseId, clientId, municipality, targetGroup, closedOn}. */
    CASE_CLOSED("case.closed", "de/kim/case/CLOSED");

    private final String code;
    private final String topic;

    EventType(String code, String topic) {
        this.code = code;
        this.topic = topic;
    }

    /** The name in subscriptions and payloads, e.g. {@code referral.status-changed}. */
    public String code() {
        return code;
    }

    /** The EventAdmin topic, or the prefix of the topics ({@code de/kim/referral/} + status). */
    public String topic() {
        return topic;
    }

    /** The type of an EventAdmin topic, if it is one that is passed on. */
    public static Optional<EventType> ofTopic(String topic) {
        for (EventType t : values()) {
            if (t.topic.endsWith("/") ? topic.startsWith(t.topic) : topic.equals(t.topic)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static EventType ofCode(String code) {
        for (EventType t : values()) {
            if (t.code.equals(code) || t.name().equalsIgnoreCase(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event '" + code + "'");
    }
}
