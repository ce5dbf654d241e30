package de.kim.core.internal.retention;

import java.time.Instant;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/**
 * Proof of a deletion: what was deleted, when, by whom and under which rule. Holds no personal data
 * beyond the pseudonymous ids.
 */
@Entity
@SequenceGenerator(name = "KIM_DELETION_ID_SEQ", sequenceName = "KIM_DELETION_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_DELETION")
public class DeletionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_DELETION_ID_SEQ")
    private Long id;

    @Column(name = "AT_MILLIS", nullable = false)
    private long at;

    @Column(name = "RECORD_TYPE", nullable = false, length = 10)
    private String record;

    @Column(name = "CLIENT_ID", length = 20)
    private String clientId;

    @Column(name = "CASE_ID")
    private Long caseId;

    @Column(name = "RULE_NAME", nullable = false, length = 100)
    private String rule;

    @Column(name = "KEPT_UNTIL")
    private LocalDate keptUntil;

    @Column(name = "DELETED_BY", nullable = false, length = 100)
    private String by;

    protected DeletionEntity() {
    }

    DeletionEntity(Instant at, String record, String clientId, Long caseId, String rule, LocalDate keptUntil,
            String by) {
        this.at = at.toEpochMilli();
        this.record = record;
        this.clientId = clientId;
        this.caseId = caseId;
        this.rule = rule;
        this.keptUntil = keptUntil;
        this.by = by;
    }
}
