package de.kim.core.internal.store;

import de.kim.api.model.StructuralFinding;
import de.kim.api.model.TopicArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import javax.persistence.JoinColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@SequenceGenerator(name = "KIM_STRUCTURAL_FINDING_ID_SEQ", sequenceName = "KIM_STRUCTURAL_FINDING_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_STRUCTURAL_FINDING")
public class StructuralFindingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_STRUCTURAL_FINDING_ID_SEQ")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TopicArea topic;

    @Column(nullable = false)
    private String title;

    @Column(length = 4000)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "KIM_FINDING_CASE", joinColumns = @JoinColumn(name = "FINDING_ID"))
    @Column(name = "CASE_ID")
    private List<Long> caseIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false)
    private StructuralFinding.Status status = StructuralFinding.Status.OPEN;

    private LocalDate reportedOn;

    protected StructuralFindingEntity() {
    }

    public StructuralFindingEntity(StructuralFinding f, LocalDate today) {
        this.reportedOn = today;
        assign(f);
    }

    public final void assign(StructuralFinding f) {
        this.topic = f.topic();
        this.title = f.title().strip();
        this.description = f.description();
        this.caseIds = new ArrayList<>(f.caseIds());
    }

    public long version() {
        return version;
    }

    public StructuralFinding.Status status() {
        return status;
    }

    public void moveTo(StructuralFinding.Status target) {
        this.status = target;
    }

    public StructuralFinding toModel() {
        return new StructuralFinding(id, topic, title, description, List.copyOf(caseIds), status, reportedOn, version);
    }

    /** Forgets a deleted case. */
    public void unlinkCase(long caseId) {
        caseIds.remove(Long.valueOf(caseId));
    }
}
