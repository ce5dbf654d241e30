package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * The assessment of one topic area of a case.
 *
 * @param area       the topic area
 * @param need       NONE, LOW, MEDIUM or HIGH
 * @param note       what was found
 * @param assessedOn when
 */
public record Assessment(TopicArea area, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Need need, String note,
        LocalDate assessedOn) {

    /** How much support a topic area needs. */
    public enum Need {
        NONE, LOW, MEDIUM, HIGH
    }
}
