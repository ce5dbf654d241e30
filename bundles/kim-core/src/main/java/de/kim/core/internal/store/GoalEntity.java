package de.kim.core.internal.store;

import de.kim.api.model.Goal;
import de.kim.api.model.TargetGroup;
import de.kim.api.model.TopicArea;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity
@SequenceGenerator(name = "KIM_GOAL_ID_SEQ", sequenceName = "KIM_GOAL_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_GOAL")
public class GoalEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_GOAL_ID_SEQ")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CASE_ID")
    private CaseEntity kimCase;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TopicArea area;

    @Column(length = 2000, nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Goal.Status status;

    private LocalDate agreedOn;

    private LocalDate dueDate;

    /* Copies of the case's client, owner municipality and target group, so that indicators over
       goals read one table; kept current by CaseEntity.assign. */
    @Column(name = "CLIENT_ID", length = 12)
    private String clientId;

    @Column(name = "CASE_MUNICIPALITY", length = 8)
    private String caseMunicipality;

    @Enumerated(EnumType.STRING)
    @Column(name = "CASE_TARGET_GROUP", length = 30)
    private TargetGroup caseTargetGroup;

    protected GoalEntity() {
    }

    public GoalEntity(CaseEntity kimCase, Goal goal, LocalDate today) {
        this.kimCase = kimCase;
        copyCase(kimCase.clientId(), kimCase.ownerMunicipality(), kimCase.targetGroup());
        assign(goal);
        this.agreedOn = goal.agreedOn() == null ? today : goal.agreedOn();
        this.status = goal.status() == null ? Goal.Status.AGREED : goal.status();
    }

    public final void assign(Goal goal) {
        this.area = goal.area();
        this.description = goal.description().strip();
        this.dueDate = goal.dueDate();
        if (goal.status() != null) {
            this.status = goal.status();
        }
    }

    public void copyCase(String client, String municipality, TargetGroup targetGroup) {
        this.clientId = client;
        this.caseMunicipality = municipality;
        this.caseTargetGroup = targetGroup;
    }

    public Long id() {
        return id;
    }

    public CaseEntity kimCase() {
        return kimCase;
    }

    public Goal toModel() {
        return new Goal(id, area, description, status, agreedOn, dueDate);
    }
}
