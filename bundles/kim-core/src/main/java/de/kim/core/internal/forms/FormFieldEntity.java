package de.kim.core.internal.forms;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/**
 * One answer of a submission (top-level scalar fields; one row per element of a list), kept so
 * indicators can count form fields in the database.
 */
@Entity
@SequenceGenerator(name = "KIM_FORM_FIELD_ID_SEQ", sequenceName = "KIM_FORM_FIELD_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_FORM_FIELD", indexes = {@Index(columnList = "FORM_ID, FIELD"), @Index(columnList = "CASE_ID")})
public class FormFieldEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_FORM_FIELD_ID_SEQ")
    private Long id;

    @Column(name = "SUBMISSION_ID", nullable = false)
    private long submissionId;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(name = "FORM_ID", length = 100, nullable = false)
    private String formId;

    @Column(name = "FIELD", length = 100, nullable = false)
    private String field;

    @Column(name = "FIELD_VALUE", length = 1000)
    private String value;

    @Column(name = "SUBMITTED_ON")
    private java.time.LocalDate submittedOn;

    protected FormFieldEntity() {
    }

    FormFieldEntity(long submissionId, long caseId, String formId, String field, String value,
            java.time.LocalDate submittedOn) {
        this.submissionId = submissionId;
        this.caseId = caseId;
        this.formId = formId;
        this.field = field;
        this.value = value == null ? null : value.length() > 1000 ? value.substring(0, 1000) : value;
        this.submittedOn = submittedOn;
    }
}
