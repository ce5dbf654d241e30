package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A contact or activity documented on a case.
 *
 * @param id       assigned by the platform
 * @param date     when it took place
 * @param kind     what it was
 * @param note     what happened
 * @param officeId another office involved, may be null
 */
public record Activity(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Kind kind, String note, Long officeId) {

    /** Kinds of activity. */
    public enum Kind {
        MEETING, PHONE, HOME_VISIT, ACCOMPANIMENT, CASE_CONFERENCE, REVIEW, NOTE
    }
}
