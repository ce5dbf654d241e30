package de.kim.api;

import de.kim.api.model.ClientRecord;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A subject-access export (DSGVO Art. 15) as a document to hand to the person: German, PDF. It renders only what
 * the export holds, which {@link DataSubjectService#export} already checked and audited.
 */
@ProviderType
public interface SubjectAccessReport {

    /** The export as PDF. */
    byte[] pdf(ClientRecord record);
}
