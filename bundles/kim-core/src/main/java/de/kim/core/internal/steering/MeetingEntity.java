package de.kim.core.internal.steering;

import de.kim.api.steering.SteeringMeeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.CascadeType;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.OrderColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

/** A meeting of the steering group; its agenda is the list of findings drawn when it was scheduled. */
@Entity
@SequenceGenerator(name = "KIM_STEERING_MEETING_ID_SEQ", sequenceName = "KIM_STEERING_MEETING_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_STEERING_MEETING")
public class MeetingEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_STEERING_MEETING_ID_SEQ")
    private Long id;

    @Column(name = "MEETING_DATE", nullable = false)
    private LocalDate date;

    @Column(length = 200, nullable = false)
    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "KIM_STEERING_AGENDA", joinColumns = @JoinColumn(name = "MEETING_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "FINDING_ID")
    private List<Long> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<DecisionEntity> decisions = new ArrayList<>();

    @Version
    private long version;

    protected MeetingEntity() {
    }

    public MeetingEntity(SteeringMeeting m, List<Long> agenda) {
        this.date = m.date();
        this.title = m.title();
        this.agenda = new ArrayList<>(agenda);
    }

    public Long id() {
        return id;
    }

    public LocalDate date() {
        return date;
    }

    public String title() {
        return title;
    }

    public List<Long> agenda() {
        return agenda;
    }

    public long version() {
        return version;
    }

    public List<DecisionEntity> decisions() {
        return decisions;
    }
}
