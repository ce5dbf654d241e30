package de.kim.core.internal.steering;

import de.kim.api.steering.EnteredNeeds;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;

/** What the coordination entered for the needs assessment of one municipality and year. */
@Entity
@SequenceGenerator(name = "KIM_NEEDS_ID_SEQ", sequenceName = "KIM_NEEDS_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_NEEDS", uniqueConstraints = @UniqueConstraint(columnNames = {"MUNICIPALITY", "PERIOD"}))
public class NeedsEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_NEEDS_ID_SEQ")
    private Long id;

    @Column(name = "MUNICIPALITY", length = 8, nullable = false)
    private String municipality;

    @Column(name = "PERIOD", nullable = false)
    private int period;

    private Integer allocationsAnnounced;
    private Integer familyReunifications;
    private Integer languageCoursePlaces;
    private Integer childcarePlacesMissing;

    @Column(length = 4000)
    private String localConditions;

    @Version
    private long version;

    protected NeedsEntity() {
    }

    public NeedsEntity(String municipality, int period) {
        this.municipality = municipality;
        this.period = period;
    }

    public long version() {
        return version;
    }

    public void update(EnteredNeeds n) {
        this.allocationsAnnounced = n.allocationsAnnounced();
        this.familyReunifications = n.familyReunifications();
        this.languageCoursePlaces = n.languageCoursePlaces();
        this.childcarePlacesMissing = n.childcarePlacesMissing();
        this.localConditions = n.localConditions();
    }

    public EnteredNeeds toModel() {
        return new EnteredNeeds(allocationsAnnounced, familyReunifications, languageCoursePlaces, childcarePlacesMissing,
                localConditions, version);
    }
}
