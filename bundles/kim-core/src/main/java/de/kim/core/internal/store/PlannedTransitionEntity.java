package de.kim.core.internal.store;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.PlannedTransition;
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
@SequenceGenerator(name = "KIM_PLANNED_TRANSITION_ID_SEQ", sequenceName = "KIM_PLANNED_TRANSITION_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_PLANNED_TRANSITION",
        indexes = {@Index(columnList = "CLIENT_ID"), @Index(columnList = "STATUS,EFFECTIVEDATE")})
public class PlannedTransitionEntity {
    public static final String PLANNED = "PLANNED";
    public static final String APPLIED = "APPLIED";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_PLANNED_TRANSITION_ID_SEQ")
    private Long id;

    @Column(name = "CLIENT_ID", length = 12, nullable = false)
    private String clientId;

    @Column(length = 80)
    private String ruleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "FROM_DOMAIN", length = 20)
    private LegalDomain from;

    @Enumerated(EnumType.STRING)
    @Column(name = "TO_DOMAIN", length = 20)
    private LegalDomain to;

    @Column(name = "EFFECTIVEDATE")
    private LocalDate effectiveDate;

    private Long receivingOfficeId;

    private LocalDate deadline;

    private Long referralId;

    @Column(length = 1000)
    private String note;

    /** The rule's deadline would have fallen after the effective date and was moved to it. */
    @Column(name = "DEADLINE_MOVED")
    private boolean deadlineMoved;

    @Column(name = "LEGAL_BASIS", length = 400)
    private String legalBasis;

    @Column(name = "STATUS", length = 12)
    private String status = PLANNED;

    protected PlannedTransitionEntity() {
    }

    public PlannedTransitionEntity(String clientId, String ruleId, LegalDomain from, LegalDomain to, LocalDate effectiveDate,
            Long receivingOfficeId, LocalDate deadline, boolean deadlineMoved, String legalBasis) {
        this.deadlineMoved = deadlineMoved;
        this.legalBasis = legalBasis == null || legalBasis.length() <= 400 ? legalBasis : legalBasis.substring(0, 400);
        this.clientId = clientId;
        this.ruleId = ruleId;
        this.from = from;
        this.to = to;
        this.effectiveDate = effectiveDate;
        this.receivingOfficeId = receivingOfficeId;
        this.deadline = deadline;
    }

    public Long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public LegalDomain from() {
        return from;
    }

    public LegalDomain to() {
        return to;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public Long receivingOfficeId() {
        return receivingOfficeId;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public String ruleId() {
        return ruleId;
    }

    public Long referralId() {
        return referralId;
    }

    public String status() {
        return status;
    }

    public boolean deadlineMoved() {
        return deadlineMoved;
    }

    /** Moves a planned change, e.g. after a continuation of youth services was recorded. */
    public void moveTo(LocalDate newEffectiveDate, LocalDate newDeadline, boolean moved) {
        this.effectiveDate = newEffectiveDate;
        this.deadline = newDeadline;
        this.deadlineMoved = moved;
    }

    public void markApplied() {
        this.status = APPLIED;
    }

    public void attach(Long newReferralId, String newNote) {
        this.referralId = newReferralId;
        this.note = newNote;
    }

    public PlannedTransition toModel() {
        return new PlannedTransition(id, clientId, ruleId, from, to, effectiveDate, receivingOfficeId, deadline,
                referralId, note, status, deadlineMoved, legalBasis);
    }
}
