package de.kim.core.internal.store;

import de.kim.api.model.ResidenceStatus;
import de.kim.api.model.ResidenceTitle;
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

@Entity
@SequenceGenerator(name = "KIM_RESIDENCE_STATUS_ID_SEQ", sequenceName = "KIM_RESIDENCE_STATUS_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_RESIDENCE_STATUS", indexes = @Index(columnList = "CLIENT_ID"))
public class ResidenceStatusEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_RESIDENCE_STATUS_ID_SEQ")
    private Long id;

    @Column(name = "CLIENT_ID", length = 12, nullable = false)
    private String clientId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private ResidenceTitle title;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validTo;

    /** The title this one followed, kept so indicators need no self-join ("Duldung → §25a"). */
    @Enumerated(EnumType.STRING)
    @Column(name = "PREVIOUS_TITLE", length = 20)
    private ResidenceTitle previousTitle;

    private Long issuingOfficeId;

    @Column(name = "DECISION_FINAL_ON")
    private LocalDate decisionFinalOn;

    protected ResidenceStatusEntity() {
    }

    public ResidenceStatusEntity(String clientId, ResidenceStatus status, ResidenceTitle previous) {
        this.clientId = clientId;
        this.previousTitle = previous;
        this.title = status.title();
        this.validFrom = status.validFrom();
        this.validTo = status.validTo();
        this.issuingOfficeId = status.issuingOfficeId();
        this.decisionFinalOn = status.decisionFinalOn();
    }

    public ResidenceTitle previousTitle() {
        return previousTitle;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public void endOn(LocalDate day) {
        this.validTo = day;
    }

    public ResidenceStatus toModel() {
        return new ResidenceStatus(id, title, validFrom, validTo, issuingOfficeId, decisionFinalOn);
    }
}
