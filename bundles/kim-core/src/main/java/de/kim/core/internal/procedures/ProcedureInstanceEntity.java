package de.kim.core.internal.procedures;

import de.kim.api.model.ProcedureInstance;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.MapKeyColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A procedure attached to a case. */
@Entity
@SequenceGenerator(name = "KIM_PROCEDURE_INSTANCE_ID_SEQ", sequenceName = "KIM_PROCEDURE_INSTANCE_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_PROCEDURE_INSTANCE", indexes = @Index(columnList = "CASE_ID"))
public class ProcedureInstanceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_PROCEDURE_INSTANCE_ID_SEQ")
    private Long id;

    @Column(name = "CASE_ID", nullable = false)
    private long caseId;

    @Column(length = 100, nullable = false)
    private String procedureId;

    @Column(length = 40, nullable = false)
    private String procedureVersion;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false)
    private ProcedureInstance.Status status = ProcedureInstance.Status.ACTIVE;

    private LocalDate startedOn;

    private LocalDate endedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "KIM_PROCEDURE_MILESTONE", joinColumns = @JoinColumn(name = "INSTANCE_ID"))
    @MapKeyColumn(name = "MILESTONE", length = 100)
    @Column(name = "REACHED_ON")
    private Map<String, LocalDate> milestones = new HashMap<>();

    protected ProcedureInstanceEntity() {
    }

    ProcedureInstanceEntity(long caseId, String procedureId, String procedureVersion, LocalDate startedOn) {
        this.caseId = caseId;
        this.procedureId = procedureId;
        this.procedureVersion = procedureVersion;
        this.startedOn = startedOn;
    }

    Long id() {
        return id;
    }

    String procedureId() {
        return procedureId;
    }

    ProcedureInstance.Status status() {
        return status;
    }

    Map<String, LocalDate> milestones() {
        return milestones;
    }

    void end(ProcedureInstance.Status status, LocalDate on) {
        this.status = status;
        this.endedOn = on;
    }

    ProcedureInstance toModel() {
        return new ProcedureInstance(id, caseId, procedureId, procedureVersion, status, startedOn, endedOn,
                new TreeMap<>(milestones));
    }
}
