package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A structural gap (struktureller Befund) that case managers report to case and planning conferences.
 *
 * @param id          assigned by the platform
 * @param topic       the topic area
 * @param title       a short name
 * @param description what was observed
 * @param caseIds     the cases where it showed
 * @param status      where it stands
 * @param reportedOn  when it was reported
 * @param version     for optimistic locking
 */
public record StructuralFinding(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TopicArea topic,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, String description, List<Long> caseIds,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Status status,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) LocalDate reportedOn, Long version) {

    public StructuralFinding {
        caseIds = caseIds == null ? List.of() : List.copyOf(caseIds);
    }

    /** Where a finding stands. */
    public enum Status {
        OPEN, RAISED, RESOLVED;

        public Set<Status> next() {
            return switch (this) {
                case OPEN -> EnumSet.of(RAISED, RESOLVED);
                case RAISED -> EnumSet.of(RESOLVED, OPEN);
                case RESOLVED -> EnumSet.noneOf(Status.class);
            };
        }
    }
}
