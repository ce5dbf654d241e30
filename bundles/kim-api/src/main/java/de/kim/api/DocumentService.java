package de.kim.api;

import de.kim.api.access.Caller;
import de.kim.api.model.Document;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Documents kept with a person. Every read and write passes the access guard and is audited; an office sees a
 * person's documents only where a referral's purpose releases documents; the pseudonymised view sees none.
 */
@ProviderType
public interface DocumentService {
    /** The largest document kept, in bytes (10 MB). */
    long MAX_BYTES = 10L * 1024 * 1024;

    /** A document's content with its description. */
    record Content(Document document, byte[] bytes) {
    }

    /** The person's documents the caller may see, newest first (empty where documents are not released). */
    List<Document> documents(Caller caller, String clientId);

    /**
     * Keeps a document with the person (the person's own case team only): its type is read from the content
     * (PDF, JPEG or PNG, else {@link ValidationException} with code unsupported-type), at most {@link #MAX_BYTES}.
     *
     * @param caseId the case it belongs to (of this person), may be null
     */
    Document keep(Caller caller, String clientId, Long caseId, Document.Kind kind, String fileName, byte[] content);

    /** One document with its content; audited as a read. @throws NotFoundException if none the caller may see */
    Content content(Caller caller, String clientId, long documentId);

    /**
     * The media type of a document read from its first bytes (its "magic number"), whatever name or type the
     * upload claims: application/pdf, image/png, image/jpeg, or null for anything else.
     */
    static String mediaTypeOf(byte[] content) {
        if (content == null || content.length < 8) {
            return null;
        }
        if (content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F' && content[4] == '-') {
            return "application/pdf";
        }
        if ((content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G'
                && content[4] == 0x0d && content[5] == 0x0a && content[6] == 0x1a && content[7] == 0x0a) {
            return "image/png";
        }
        if ((content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8 && (content[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }
}
