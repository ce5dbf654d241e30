package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * One entry of a client's residence status history.
 *
 * @param id              assigned by the platform
 * @param title           the title or status
 * @param validFrom       from when it applies (e.g. the date of the decision)
 * @param validTo         until when it applies, null if open-ended or not yet known
 * @param issuingOfficeId the office that issued it, may be null
 */
public record ResidenceStatus(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ResidenceTitle title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate validFrom, LocalDate validTo,
        Long issuingOfficeId) {
}
