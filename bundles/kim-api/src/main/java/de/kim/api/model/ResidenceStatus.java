package de.kim.api.model;

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
public record ResidenceStatus(Long id, ResidenceTitle title, LocalDate validFrom, LocalDate validTo,
        Long issuingOfficeId) {
}
