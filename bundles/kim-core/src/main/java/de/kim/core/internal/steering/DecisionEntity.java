package de.kim.core.internal.steering;

import de.kim.api.steering.SteeringMeeting;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** A decision of the steering group on a structural finding. */
@Entity
@SequenceGenerator(name = "KIM_STEERING_DECISION_ID_SEQ", sequenceName = "KIM_STEERING_DECISION_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_STEERING_DECISION")
public class DecisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_STEERING_DECISION_ID_SEQ")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "MEETING_ID")
    private MeetingEntity meeting;

    @Column(name = "FINDING_ID", nullable = false)
    private long findingId;

    @Column(length = 2000, nullable = false)
    private String text;

    @Column(length = 200)
    private String responsible;

    private LocalDate dueDate;

    private boolean resolves;

    protected DecisionEntity() {
    }

    public DecisionEntity(MeetingEntity meeting, SteeringMeeting.Decision d) {
        this.meeting = meeting;
        this.findingId = d.findingId();
        this.text = d.text();
        this.responsible = d.responsible();
        this.dueDate = d.dueDate();
        this.resolves = d.resolvesFinding();
    }

    public SteeringMeeting.Decision toModel() {
        return new SteeringMeeting.Decision(id, findingId, text, responsible, dueDate, resolves);
    }
}
