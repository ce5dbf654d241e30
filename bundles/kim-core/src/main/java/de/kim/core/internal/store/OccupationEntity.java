package de.kim.core.internal.store;

import de.kim.api.model.Occupation;
import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** School, training, a qualification or employment of a client. */
@Entity
@SequenceGenerator(name = "KIM_OCCUPATION_ID_SEQ", sequenceName = "KIM_OCCUPATION_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_OCCUPATION", indexes = @Index(columnList = "CLIENT_ID"))
public class OccupationEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_OCCUPATION_ID_SEQ")
    private Long id;

    @Column(name = "CLIENT_ID", length = 12, nullable = false)
    private String clientId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private Occupation.Kind kind;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate from;

    @Column(name = "TO_DATE")
    private LocalDate to;

    @Column(length = 200)
    private String description;

    private Boolean involuntaryEnd;

    protected OccupationEntity() {
    }

    public OccupationEntity(String clientId, Occupation o) {
        this.clientId = clientId;
        this.kind = o.kind();
        this.from = o.from();
        this.to = o.to();
        this.description = o.description();
        this.involuntaryEnd = o.involuntaryEnd();
    }

    public String clientId() {
        return clientId;
    }

    public Occupation.Kind kind() {
        return kind;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public void end(LocalDate day, Boolean involuntary) {
        this.to = day;
        this.involuntaryEnd = involuntary;
    }

    public Occupation toModel() {
        return new Occupation(id, kind, from, to, description, involuntaryEnd);
    }
}
