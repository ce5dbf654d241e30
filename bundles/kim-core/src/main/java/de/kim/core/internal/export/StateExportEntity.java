package de.kim.core.internal.export;

import de.kim.api.connect.StateExportRecord;
import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** The record of one export to the state's KIM database: what, when, by whom, and the file's hash. */
@Entity
@SequenceGenerator(name = "KIM_STATE_EXPORT_ID_SEQ", sequenceName = "KIM_STATE_EXPORT_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_STATE_EXPORT")
public class StateExportEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_STATE_EXPORT_ID_SEQ")
    private Long id;

    @Column(name = "PERIOD")
    private int period;

    @Column(length = 8)
    private String format;

    private Instant createdAt;

    @Column(length = 100)
    private String createdBy;

    @Column(length = 120)
    private String fileName;

    @Column(length = 64)
    private String sha256;

    private long bytes;

    private int cells;

    private int suppressed;

    protected StateExportEntity() {
    }

    StateExportEntity(int period, String format, Instant createdAt, String createdBy, String fileName, String sha256,
            long bytes, int cells, int suppressed) {
        this.period = period;
        this.format = format;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.bytes = bytes;
        this.cells = cells;
        this.suppressed = suppressed;
    }

    StateExportRecord toModel() {
        return new StateExportRecord(id, period, format, createdAt, createdBy, fileName, sha256, bytes, cells,
                suppressed);
    }
}
