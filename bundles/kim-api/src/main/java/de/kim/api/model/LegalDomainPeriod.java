package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A period in which a legal domain (Rechtskreis) applies to a client, with the office responsible.
 *
 * @param id       assigned by the platform
 * @param domain   one of AsylbLG, SGB2, SGB3, SGB8, SGB12
 * @param from     first day
 * @param to       last day, null while open
 * @param officeId the responsible office; if omitted, the directory's responsible office for the
 *                 client's municipality
 * @param continuedUntil for SGB VIII: last day of a recorded continuation of help for young adults beyond
 *                 21 (§41 SGB VIII); moves the planned change to SGB II or SGB XII to the day after
 */
public record LegalDomainPeriod(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LegalDomain domain,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from, LocalDate to, Long officeId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) LocalDate continuedUntil) {
}
