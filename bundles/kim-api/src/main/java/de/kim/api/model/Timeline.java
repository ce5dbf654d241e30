package de.kim.api.model;

import java.util.List;

/**
 * Everything dated about a client: residence statuses, legal-domain periods, planned changes, deadlines.
 */
public record Timeline(String clientId, List<ResidenceStatus> residenceStatuses, List<LegalDomainPeriod> periods,
        List<PlannedTransition> plannedTransitions, List<ClientTask> tasks) {
}
