package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Map;

/**
 * A task of a procedure on a case. Its label is kept with it, so it stays readable after the
 * procedure's bundle is gone.
 *
 * @param task the task's id within its procedure
 */
public record CaseTask(Long id, long caseId, long procedureInstanceId, String procedureId, String stage, String task,
        @Schema(description = "texts by language: de, en") Map<String, String> label, LocalDate due, Status status,
        LocalDate completedOn, String completedBy, String note) {

    /** Where a task stands. */
    public enum Status {
        OPEN, DONE, CANCELLED
    }
}
