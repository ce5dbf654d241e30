package de.kim.api.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * A procedure attached to a case when its entry criterion fired.
 *
 * @param milestones milestones reached, with the day they were reached
 */
public record ProcedureInstance(Long id, long caseId, String procedureId, String procedureVersion, Status status,
        LocalDate startedOn, LocalDate endedOn, Map<String, LocalDate> milestones) {

    /** Where a procedure instance stands. */
    public enum Status {
        ACTIVE, COMPLETED, EXITED
    }
}
