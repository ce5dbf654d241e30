package de.kim.core.internal.store;

import de.kim.api.model.Purpose;
import de.kim.api.model.Referral;
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
import javax.persistence.Version;

@Entity
@SequenceGenerator(name = "KIM_REFERRAL_ID_SEQ", sequenceName = "KIM_REFERRAL_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_REFERRAL")
public class ReferralEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_REFERRAL_ID_SEQ")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CASE_ID")
    private CaseEntity kimCase;

    @Column(nullable = false)
    private Long toOfficeId;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false)
    private Referral.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private Purpose purpose;

    @Column(length = 4000)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(length = 12, nullable = false)
    private Referral.Status status = Referral.Status.PROPOSED;

    @Column(length = 4000)
    private String outcome;

    private LocalDate deadline;

    private LocalDate createdOn;

    private Long transitionId;

    protected ReferralEntity() {
    }

    public ReferralEntity(CaseEntity kimCase, Referral r, LocalDate today) {
        this.kimCase = kimCase;
        this.toOfficeId = r.toOfficeId();
        this.kind = r.kind();
        this.purpose = r.purpose();
        this.note = r.note();
        this.deadline = r.deadline();
        this.createdOn = today;
        this.transitionId = r.transitionId();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public CaseEntity kimCase() {
        return kimCase;
    }

    public long toOfficeId() {
        return toOfficeId;
    }

    public Referral.Kind kind() {
        return kind;
    }

    public Purpose purpose() {
        return purpose;
    }

    public Referral.Status status() {
        return status;
    }

    public Long transitionId() {
        return transitionId;
    }

    /** A new deadline while the referral has not been sent, e.g. after the planned change moved. */
    public void moveDeadline(LocalDate newDeadline) {
        this.deadline = newDeadline;
    }

    public void moveTo(Referral.Status target, String newOutcome) {
        this.status = target;
        if (newOutcome != null) {
            this.outcome = newOutcome;
        }
    }

    public Referral toModel() {
        return new Referral(id, kimCase.id(), toOfficeId, kind, purpose, note, status, outcome, deadline, createdOn,
                transitionId, version);
    }
}
