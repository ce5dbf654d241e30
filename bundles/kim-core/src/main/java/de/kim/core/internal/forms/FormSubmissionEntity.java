package de.kim.core.internal.forms;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kim.api.model.FormSubmission;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A form submission: the data as JSON, with the form version and definition hash it was validated against. */
@Entity
@SequenceGenerator(name = "KIM_FORM_SUBMISSION_ID_SEQ", sequenceName = "KIM_FORM_SUBMISSION_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_FORM_SUBMISSION", indexes = @Index(columnList = "CASE_ID"))
public class FormSubmissionEntity {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_FORM_SUBMISSION_ID_SEQ")
    private Long id;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "FORM_ID", length = 100, nullable = false)
    private String formId;

    @Column(length = 40, nullable = false)
    private String formVersion;

    @Column(length = 64, nullable = false)
    private String definitionHash;

    @Lob
    @Column(nullable = false)
    private String data;

    /** UTC; EclipseLink 2.7 maps LocalDateTime, not Instant. */
    private LocalDateTime submittedAt;

    @Column(length = 100)
    private String submittedBy;

    protected FormSubmissionEntity() {
    }

    FormSubmissionEntity(long caseId, String formId, String formVersion, String hash, String data, Instant at,
            String by) {
        this.caseId = caseId;
        this.formId = formId;
        this.formVersion = formVersion;
        this.definitionHash = hash;
        this.data = data;
        this.submittedAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        this.submittedBy = by;
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    FormSubmission toModel() {
        try {
            Map<String, Object> values = JSON.readValue(data, new TypeReference<Map<String, Object>>() { });
            return new FormSubmission(id, caseId, formId, formVersion, definitionHash, values,
                    submittedAt.toInstant(ZoneOffset.UTC), submittedBy);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored submission " + id + " is not JSON", e);
        }
    }
}
