package de.kim.core.internal.access;

import de.kim.api.model.DataCategory;

/**
 * Which kind of personal data an operation of the guard touches, by its action name: what an extension must have
 * declared to do it (its manifest header {@code KIM-Data-Categories}).
 */
final class OperationCategory {
    private OperationCategory() {
    }

    static DataCategory of(Operation operation) {
        String action = operation.action();
        if (action.startsWith("case.assess")) {
            return DataCategory.ASSESSMENTS;
        }
        if (action.startsWith("case.goal")) {
            return DataCategory.GOALS;
        }
        if (action.startsWith("case.activity")) {
            return DataCategory.ACTIVITIES;
        }
        if (action.startsWith("form.") || action.startsWith("submission") || action.startsWith("task")
                || action.startsWith("procedure")) {
            return DataCategory.FORMS;
        }
        if (action.startsWith("residence-status")) {
            return DataCategory.RESIDENCE;
        }
        if (action.startsWith("period.") || action.startsWith("timeline")) {
            return DataCategory.LEGAL_DOMAINS;
        }
        if (action.startsWith("client.") || action.startsWith("household.") || action.equals("list")
                || action.startsWith("clients.")) {
            return DataCategory.IDENTITY;
        }
        // cases, referrals, consents, occupations, findings
        return DataCategory.CASE;
    }
}
