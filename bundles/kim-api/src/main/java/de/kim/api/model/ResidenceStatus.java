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
 * @param decisionFinalOn for a status granted by a decision that can be challenged (recognition by the BAMF): the
 *                        day it became final (unanfechtbar), which ends the AsylbLG at the end of its month
 *                        (§ 1 Abs. 3 AsylbLG, § 67 Abs. 1 Satz 1 Nr. 6 AsylG); null while not known
 */
public record ResidenceStatus(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ResidenceTitle title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate validFrom, LocalDate validTo,
        Long issuingOfficeId, LocalDate decisionFinalOn) {

    /** A status without a decision date of finality. */
    public ResidenceStatus(Long id, ResidenceTitle title, LocalDate validFrom, LocalDate validTo, Long issuingOfficeId) {
        this(id, title, validFrom, validTo, issuingOfficeId, null);
    }
}
