package de.kim.core.internal.store;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.LegalDomainPeriod;
import de.kim.core.internal.rules.TransitionEngine;
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
@SequenceGenerator(name = "KIM_LEGAL_DOMAIN_PERIOD_ID_SEQ", sequenceName = "KIM_LEGAL_DOMAIN_PERIOD_ID_SEQ", allocationSize = 50)
@Table(name = "KIM_LEGAL_DOMAIN_PERIOD", indexes = @Index(columnList = "CLIENT_ID"))
public class LegalDomainPeriodEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "KIM_LEGAL_DOMAIN_PERIOD_ID_SEQ")
    private Long id;

    @Column(name = "CLIENT_ID", length = 12, nullable = false)
    private String clientId;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private LegalDomain domain;

    @Column(name = "FROM_DATE", nullable = false)
    private LocalDate from;

    @Column(name = "TO_DATE")
    private LocalDate to;

    private Long officeId;

    /** Whether this benefit period follows one of another benefit Rechtskreis (kept for indicators). */
    @Column(name = "BENEFIT_CHANGE")
    private boolean benefitChange;

    /** Days without benefits between the previous benefit period and this one, if it follows one. */
    @Column(name = "BENEFIT_GAP_DAYS")
    private Integer benefitGapDays;

    /** Last day of a continuation of help for young adults beyond 21 (§41 SGB VIII), null if none. */
    @Column(name = "CONTINUED_UNTIL")
    private LocalDate continuedUntil;

    protected LegalDomainPeriodEntity() {
    }

    public LegalDomainPeriodEntity(String clientId, LegalDomain domain, LocalDate from, LocalDate to, Long officeId) {
        this.clientId = clientId;
        this.domain = domain;
        this.from = from;
        this.to = to;
        this.officeId = officeId;
    }

    public Long id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public LegalDomain domain() {
        return domain;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public void followOn(LocalDate previousEnd) {
        this.benefitChange = previousEnd != null;
        this.benefitGapDays = previousEnd == null ? null
                : (int) java.time.temporal.ChronoUnit.DAYS.between(previousEnd, from) - 1;
    }

    public LocalDate continuedUntil() {
        return continuedUntil;
    }

    public void continueUntil(LocalDate day) {
        this.continuedUntil = day;
    }

    public void endOn(LocalDate day) {
        this.to = day;
    }

    public TransitionEngine.Span toSpan() {
        return new TransitionEngine.Span(domain, from, to);
    }

    public LegalDomainPeriod toModel() {
        return new LegalDomainPeriod(id, domain, from, to, officeId, continuedUntil);
    }
}
