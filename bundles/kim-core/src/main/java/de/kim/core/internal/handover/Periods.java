package de.kim.core.internal.handover;

import de.kim.core.internal.store.LegalDomainPeriodEntity;
import de.kim.core.internal.store.PlannedTransitionEntity;
import de.kim.api.ConflictException;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.LegalDomain;
import de.kim.core.internal.rules.TransitionEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;

/**
 * The legal-domain timeline of one client inside a transaction: the rules periods keep, adding and
 * ending them, and applying a planned change. Shared by the timeline and the referral service.
 */
public final class Periods {
    /** The legal domains a timeline period can have. */
    public static final Set<LegalDomain> TIMELINE_DOMAINS = Set.of(LegalDomain.AsylbLG, LegalDomain.SGB2, LegalDomain.SGB3,
            LegalDomain.SGB8, LegalDomain.SGB12);

    private final EntityManager em;
    private final String clientId;

    public Periods(EntityManager em, String clientId) {
        this.em = em;
        this.clientId = clientId;
    }

    public List<LegalDomainPeriodEntity> all() {
        return em.createQuery("SELECT p FROM LegalDomainPeriodEntity p WHERE p.clientId = :c ORDER BY p.from, p.id",
                LegalDomainPeriodEntity.class).setParameter("c", clientId).getResultList();
    }

    /** Checks and stores a period whose office is already resolved. */
    public LegalDomainPeriodEntity add(LegalDomain domain, LocalDate from, LocalDate to, Long officeId) {
        List<Violation> violations = new ArrayList<>();
        if (domain == null || !TIMELINE_DOMAINS.contains(domain)) {
            violations.add(new Violation("domain", "must be one of AsylbLG, SGB2, SGB3, SGB8, SGB12"));
        }
        if (from == null) {
            violations.add(new Violation("from", "is required"));
        } else if (to != null && to.isBefore(from)) {
            violations.add(new Violation("to", "ends (" + to + ") before it begins (" + from + ")"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        for (LegalDomainPeriodEntity other : all()) {
            if (overlaps(other, from, to) && excludes(other.domain(), domain)) {
                throw new ConflictException(describe(domain, from, to) + " overlaps " + describe(other.domain(),
                        other.from(), other.to()) + (other.domain() == domain ? ""
                        : ": AsylbLG, SGB II and SGB XII exclude one another") + "; end the other period first", "period-overlap");
            }
        }
        LegalDomainPeriodEntity period = new LegalDomainPeriodEntity(clientId, domain, from, to, officeId);
        em.persist(period);
        em.flush();
        noteBenefitChanges();
        return period;
    }

    public LegalDomainPeriodEntity end(long periodId, LocalDate to) {
        LegalDomainPeriodEntity period = em.find(LegalDomainPeriodEntity.class, periodId);
        if (period == null || !period.clientId().equals(clientId)) {
            throw new NotFoundException("client " + clientId + " has no legal-domain period " + periodId);
        }
        if (to == null || to.isBefore(period.from())) {
            throw new ValidationException(List.of(new Violation("to", "must be on or after " + period.from())));
        }
        if (period.to() != null && period.to().isBefore(to)) {
            throw new ConflictException("period " + periodId + " already ended on " + period.to());
        }
        period.endOn(to);
        noteBenefitChanges();
        return period;
    }

    /**
     * Carries out a planned change: the period of its {@code from} domain ends the day before the
     * effective date, a period of its {@code to} domain begins on it.
     */
    public void apply(PlannedTransitionEntity change) {
        if (!PlannedTransitionEntity.PLANNED.equals(change.status())) {
            return;
        }
        LocalDate lastDay = change.effectiveDate().minusDays(1);
        for (LegalDomainPeriodEntity p : all()) {
            if (p.domain() == change.from() && !p.from().isAfter(lastDay) && (p.to() == null || p.to().isAfter(lastDay))) {
                p.endOn(lastDay);
            }
        }
        em.flush();
        add(change.to(), change.effectiveDate(), null, change.receivingOfficeId());
        change.markApplied();
    }

    /**
     * Marks every benefit period (AsylbLG, SGB II, SGB XII) that follows one of another benefit
     * Rechtskreis, with the days without benefits in between, so indicators read one row.
     */
    private void noteBenefitChanges() {
        List<LegalDomainPeriodEntity> periods = all();
        for (LegalDomainPeriodEntity p : periods) {
            LocalDate previousEnd = null;
            if (TransitionEngine.EXCLUSIVE.contains(p.domain())) {
                for (LegalDomainPeriodEntity q : periods) {
                    if (q.domain() != p.domain() && TransitionEngine.EXCLUSIVE.contains(q.domain()) && q.to() != null
                            && q.to().isBefore(p.from()) && (previousEnd == null || q.to().isAfter(previousEnd))) {
                        previousEnd = q.to();
                    }
                }
            }
            p.followOn(previousEnd);
        }
    }

    public List<TransitionEngine.Span> spans() {
        return all().stream().map(LegalDomainPeriodEntity::toSpan).toList();
    }

    /** The domains of the spans in force on {@code day}. */
    public static Set<LegalDomain> openOn(List<TransitionEngine.Span> spans, LocalDate day) {
        Set<LegalDomain> domains = new HashSet<>();
        for (TransitionEngine.Span span : spans) {
            if (span.covers(day)) {
                domains.add(span.domain());
            }
        }
        return domains;
    }

    private static boolean overlaps(LegalDomainPeriodEntity other, LocalDate from, LocalDate to) {
        boolean startsBeforeOtherEnds = other.to() == null || !from.isAfter(other.to());
        boolean endsAfterOtherStarts = to == null || !to.isBefore(other.from());
        return startsBeforeOtherEnds && endsAfterOtherStarts;
    }

    private static boolean excludes(LegalDomain a, LegalDomain b) {
        return a == b || TransitionEngine.EXCLUSIVE.contains(a) && TransitionEngine.EXCLUSIVE.contains(b);
    }

    private static String describe(LegalDomain domain, LocalDate from, LocalDate to) {
        return domain.displayName() + " " + from + " – " + (to == null ? "open" : to);
    }
}
