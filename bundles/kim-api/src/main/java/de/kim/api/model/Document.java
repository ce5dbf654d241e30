package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * A document kept with a person (the signed consent, a Bescheid, a certificate): PDF, JPEG or PNG, at most
 * 10 MB, its type read from its content; released to a receiving office only where the referral's purpose
 * releases documents, and erased with the person.
 *
 * @param id         assigned by the platform
 * @param clientId   the person
 * @param caseId     the case it belongs to, may be null
 * @param kind       what it is
 * @param fileName   the name it was uploaded under
 * @param mediaType  application/pdf, image/jpeg or image/png, as read from the content
 * @param size       bytes
 * @param uploadedAt when
 * @param uploadedBy by whom (user name)
 */
public record Document(Long id, String clientId, Long caseId, Kind kind, @Schema(maxLength = 200) String fileName,
        String mediaType, long size, Instant uploadedAt, String uploadedBy) {

    /** Kinds of document. */
    public enum Kind {
        CONSENT, DECISION, CERTIFICATE, IDENTITY_PAPER, OTHER
    }
}
