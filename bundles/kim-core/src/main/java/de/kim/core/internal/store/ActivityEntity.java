package de.kim.core.internal.store;

import de.kim.api.model.Activity;
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
@SequenceGenerator(name = "KIM_ACTIVITY_ID_SEQ", sequenceName = "KIM_ACTIVITY_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_ACTIVITY")
public class ActivityEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_ACTIVITY_ID_SEQ")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CASE_ID")
    private CaseEntity kimCase;

    @Column(name = "ACTIVITY_DATE", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private Activity.Kind kind;

    @Column(length = 4000)
    private String note;

    private Long officeId;

    protected ActivityEntity() {
    }

    public ActivityEntity(CaseEntity kimCase, Activity activity) {
        this.kimCase = kimCase;
        this.date = activity.date();
        this.kind = activity.kind();
        this.note = activity.note();
        this.officeId = activity.officeId();
    }

    public Activity toModel() {
        return new Activity(id, date, kind, note, officeId);
    }
}
