package de.kim.api.model;

import java.util.List;

/**
 * Everything dated about a client: residence statuses, legal-domain periods, planned changes, deadlines,
 * school, training and employment.
 */
public record Timeline(String clientId, List<ResidenceStatus> residenceStatuses, List<LegalDomainPeriod> periods,
        List<PlannedTransition> plannedTransitions, List<ClientTask> tasks, List<Occupation> occupations) {

    public Timeline {
        occupations = occupations == null ? List.of() : List.copyOf(occupations);
    }
}
