package de.kim.core.internal.outbox;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

/** The key another system gave a client the platform took over (source + key → client). */
@Entity
@SequenceGenerator(name = "KIM_EXTERNAL_KEY_ID", sequenceName = "KIM_EXTERNAL_KEY_ID", allocationSize = 100)
@Table(name = "KIM_EXTERNAL_KEY", uniqueConstraints = @UniqueConstraint(columnNames = {"SOURCE", "EXTERNAL_KEY"}))
public class ExternalKeyEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_EXTERNAL_KEY_ID")
    private Long id;

    @Column(name = "SOURCE", length = 100, nullable = false)
    private String source;

    @Column(name = "EXTERNAL_KEY", length = 100, nullable = false)
    private String key;

    @Column(length = 20, nullable = false)
    private String clientId;

    private Long caseId;

    private Instant recordedAt;

    @Column(length = 100)
    private String recordedBy;

    protected ExternalKeyEntity() {
    }

    public ExternalKeyEntity(String source, String key, String clientId, Long caseId, Instant recordedAt,
            String recordedBy) {
        this.source = source;
        this.key = key;
        this.clientId = clientId;
        this.caseId = caseId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
