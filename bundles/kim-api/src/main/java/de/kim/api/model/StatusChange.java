package de.kim.api.model;

import java.util.List;

/**
 * What recording a residence status led to.
 *
 * @param status      the recorded status
 * @param transitions legal-domain changes the rules derived from it
 * @param tasks       deadlines the rules opened
 */
public record StatusChange(ResidenceStatus status, List<PlannedTransition> transitions, List<ClientTask> tasks) {
}
