package de.kim.api.steering;

/**
 * Structural findings of a topic area in a municipality (a finding counts for each municipality whose
 * cases it is linked to), by status.
 */
public record FindingCount(String topic, String topicName, String municipality, String name, long open, long raised,
        long resolved) {
}
