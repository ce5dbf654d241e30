package de.kim.core.internal.steering;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A monitoring snapshot: the figures of a period as computed once, stored as JSON and never changed. */
@Entity
@SequenceGenerator(name = "KIM_MONITORING_SNAPSHOT_ID_SEQ", sequenceName = "KIM_MONITORING_SNAPSHOT_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_MONITORING_SNAPSHOT", indexes = @Index(columnList = "PERIOD"))
public class SnapshotEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_MONITORING_SNAPSHOT_ID_SEQ")
    private Long id;

    @Column(name = "PERIOD", nullable = false)
    private int period;

    private Instant takenAt;

    @Column(length = 100)
    private String takenBy;

    @Column(length = 64)
    private String sha256;

    @Lob
    @Column(name = "FIGURES")
    private String figures;

    protected SnapshotEntity() {
    }

    public SnapshotEntity(int period, Instant takenAt, String takenBy, String sha256, String figures) {
        this.period = period;
        this.takenAt = takenAt;
        this.takenBy = takenBy;
        this.sha256 = sha256;
        this.figures = figures;
    }

    public Long id() {
        return id;
    }

    public int period() {
        return period;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public String takenBy() {
        return takenBy;
    }

    public String sha256() {
        return sha256;
    }

    public String figures() {
        return figures;
    }
}
