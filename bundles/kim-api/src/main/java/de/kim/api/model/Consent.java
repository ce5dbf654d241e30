package de.kim.api.model;

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
public record Consent(Long id, String clientId, Long recipientOfficeId, OfficeKind recipientKind, Purpose purpose,
        LocalDate givenOn, LocalDate withdrawnOn, String documentRef) {
}
