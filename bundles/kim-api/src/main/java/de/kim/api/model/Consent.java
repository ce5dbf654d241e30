package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A client's consent to pass data to an office, or to every office of a kind, for one purpose.
 *
 * @param id                assigned by the platform
 * @param clientId          the client
 * @param recipientOfficeId the office, or null if the consent names a kind of office
 * @param recipientKind     the kind of office, or null if it names one office
 * @param purpose           what for
 * @param givenOn           when it was given
 * @param withdrawnOn       when it was withdrawn, null while in force
 * @param documentRef       reference to the signed form
 */
@Schema(description = "names either recipientOfficeId or recipientKind")
public record Consent(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String clientId, Long recipientOfficeId,
        OfficeKind recipientKind, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Purpose purpose,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate givenOn,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) LocalDate withdrawnOn, String documentRef) {
}
