package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A goal agreed with the client (Zielvereinbarung).
 *
 * @param id          assigned by the platform
 * @param area        the topic area it belongs to
 * @param description what is to be achieved
 * @param status      where it stands
 * @param agreedOn    when it was agreed
 * @param dueDate     by when it should be reached, may be null
 */
public record Goal(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TopicArea area,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String description, Status status, LocalDate agreedOn,
        LocalDate dueDate) {

    /** Where a goal stands. */
    public enum Status {
        AGREED, IN_PROGRESS, ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED, DROPPED
    }
}
