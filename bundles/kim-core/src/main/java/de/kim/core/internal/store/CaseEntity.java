package de.kim.core.internal.store;

import de.kim.api.model.Activity;
import de.kim.api.model.Case;
import de.kim.api.model.CasePhase;
import de.kim.api.model.TargetGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@SequenceGenerator(name = "KIM_CASE_ID_SEQ", sequenceName = "KIM_CASE_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_CASE", indexes = {@Index(columnList = "CLIENT_ID"), @Index(columnList = "OWNER_MUNICIPALITY")})
public class CaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_CASE_ID_SEQ")
    private Long id;

    @Version
    private long version;

    @Column(name = "CLIENT_ID", length = 12, nullable = false)
    private String clientId;

    @Column(name = "OWNER_MUNICIPALITY", length = 8, nullable = false)
    private String ownerMunicipality;

    @Column(length = 100)
    private String caseManager;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private TargetGroup targetGroup;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private CasePhase phase = CasePhase.INTAKE;

    private Long holderOfficeId;

    private LocalDate openedOn;

    private LocalDate closedOn;

    /** Why the case is on legal hold (kept beyond retention, not erasable), null if it is not. */
    @Column(name = "LEGAL_HOLD", length = 500)
    private String legalHold;

    /** The day of the earliest activity, kept so that waiting time is one column for indicators. */
    @Column(name = "FIRST_CONTACT_ON")
    private LocalDate firstContactOn;

    @Column(length = 1000)
    private String closureReason;

    @Column(name = "FILE_NUMBER", length = 40)
    private String fileNumber;

    @ElementCollection
    @CollectionTable(name = "KIM_CASE_ASSESSMENT", joinColumns = @JoinColumn(name = "CASE_ID"))
    private List<AssessmentEmbeddable> assessments = new ArrayList<>();

    @OneToMany(mappedBy = "kimCase", cascade = CascadeType.ALL)
    private List<GoalEntity> goals = new ArrayList<>();

    @OneToMany(mappedBy = "kimCase", cascade = CascadeType.ALL)
    private List<ActivityEntity> activities = new ArrayList<>();

    protected CaseEntity() {
    }

    public CaseEntity(Case c, LocalDate today) {
        this.clientId = c.clientId();
        this.openedOn = c.openedOn() == null ? today : c.openedOn();
        assign(c);
    }

    public final void assign(Case c) {
        this.ownerMunicipality = c.ownerMunicipality();
        this.caseManager = c.caseManager();
        this.targetGroup = c.targetGroup();
        if (c.fileNumber() != null && !c.fileNumber().isBlank()) {
            this.fileNumber = c.fileNumber().strip();
        }
        goals.forEach(g -> g.copyCase(clientId, ownerMunicipality, targetGroup));
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public String legalHold() {
        return legalHold;
    }

    public void hold(String reason) {
        this.legalHold = reason;
    }

    public Long holderOfficeId() {
        return holderOfficeId;
    }

    public String ownerMunicipality() {
        return ownerMunicipality;
    }

    public TargetGroup targetGroup() {
        return targetGroup;
    }

    public Long id() {
        return id;
    }

    public String fileNumber() {
        return fileNumber;
    }

    /** Gives the case the platform's file number if it has none: KIM-<year opened>-<id, 6 digits>. */
    public void numberIfUnnumbered() {
        if (fileNumber == null) {
            fileNumber = String.format("KIM-%d-%06d", openedOn.getYear(), id);
        }
    }

    public long version() {
        return version;
    }

    public String clientId() {
        return clientId;
    }

    public CasePhase phase() {
        return phase;
    }

    public void moveTo(CasePhase target, String reason, LocalDate today) {
        this.phase = target;
        if (target == CasePhase.CLOSED) {
            this.closedOn = today;
            this.closureReason = reason;
        }
    }

    public void handTo(Long officeId) {
        this.holderOfficeId = officeId;
    }

    public List<AssessmentEmbeddable> assessments() {
        return assessments;
    }

    public List<GoalEntity> goals() {
        return goals;
    }

    public void noteContact(LocalDate day) {
        if (firstContactOn == null || day.isBefore(firstContactOn)) {
            firstContactOn = day;
        }
    }

    public List<ActivityEntity> activities() {
        return activities;
    }

    public Case toModel() {
        return new Case(id, clientId, ownerMunicipality, caseManager, targetGroup, phase, holderOfficeId, openedOn,
                closedOn, closureReason,
                assessments.stream().map(AssessmentEmbeddable::toModel)
                        .sorted(Comparator.comparing(a -> a.area().ordinal())).toList(),
                goals.stream().map(GoalEntity::toModel).sorted(Comparator.comparing(g -> g.id())).toList(),
                activities.stream().map(ActivityEntity::toModel)
                        .sorted(Comparator.comparing(Activity::date).thenComparing(Activity::id).reversed()).toList(),
                version, fileNumber, null);
    }
}
