package de.kim.api.model;

import java.time.Instant;
import java.util.Map;

/**
 * Data entered into a form for a case, with the form version and the hash of the definition it was
 * validated against, so it stays readable when the form changes or its bundle is gone.
 */
public record FormSubmission(Long id, long caseId, String formId, String formVersion, String definitionHash,
        Map<String, Object> data, Instant submittedAt, String submittedBy) {
}
