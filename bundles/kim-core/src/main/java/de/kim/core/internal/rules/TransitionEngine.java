package de.kim.core.internal.rules;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.ResidenceTitle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies transition and deadline rules to a client's situation. Pure: no database, no clock.
 */
public final class TransitionEngine {
    /** Legal domains of which only one applies at a time (benefits for a living). */
    public static final Set<LegalDomain> EXCLUSIVE = Set.of(LegalDomain.AsylbLG, LegalDomain.SGB2, LegalDomain.SGB12);

    private TransitionEngine() {
    }

    /** A span of a legal domain, {@code to} null while open. */
    public record Span(LegalDomain domain, LocalDate from, LocalDate to) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /**
     * The situation when a status is recorded.
     *
     * @param title         the recorded title
     * @param statusDate    from when it applies
     * @param firstIssued   when the client first held this title (the first of its statuses with it)
     * @param arrival       date of arrival, may be null
     * @param employable    whether the client is able to work
     * @param periods       the client's legal-domain periods
     * @param planned       changes planned earlier and not yet applied to the periods
     * @param householdSgb2 whether an employable member of the client's household draws SGB II on a day
     * @param finalOn       the day the decision that granted the title became final, or null
     */
    public record Situation(ResidenceTitle title, LocalDate statusDate, LocalDate firstIssued, LocalDate arrival,
            boolean employable, List<Span> periods, List<Change> planned, Predicate<LocalDate> householdSgb2,
            LocalDate finalOn) {

        public Situation {
            householdSgb2 = householdSgb2 == null ? day -> false : householdSgb2;
            firstIssued = firstIssued == null ? statusDate : firstIssued;
        }

        /** A situation without a household and a title first issued on the status date. */
        public Situation(ResidenceTitle title, LocalDate statusDate, LocalDate arrival, boolean employable,
                List<Span> periods, List<Change> planned) {
            this(title, statusDate, statusDate, arrival, employable, periods, planned, null, null);
        }
    }

    /** A member of a household: employability, periods and planned changes. */
    public record Member(String clientId, boolean employable, List<Span> periods, List<Change> planned) {

        /** The exclusive legal domain in force for this member on {@code day}. */
        public LegalDomain domainOn(LocalDate day) {
            return TransitionEngine.domainOn(day, periods, planned);
        }
    }

    /** Whether one of {@code members} is employable and draws SGB II on a day. */
    public static Predicate<LocalDate> employableInSgb2(List<Member> members) {
        return day -> members.stream().anyMatch(m -> m.employable() && m.domainOn(day) == LegalDomain.SGB2);
    }

    /** A change of legal domain planned earlier, not yet part of the periods. */
    public record Change(LegalDomain from, LegalDomain to, LocalDate effective) {
    }

    /**
     * A legal-domain change derived by a rule. The hand-over deadline never falls after the effective
     * date: where the rule's own deadline would, it is moved to the effective date and
     * {@code deadlineMoved} says so.
     */
    public record Derived(TransitionRule rule, LegalDomain from, LegalDomain to, LocalDate effective,
            LocalDate deadline, boolean deadlineMoved) {

        static Derived of(TransitionRule rule, LocalDate effective, LocalDate ruleDeadline) {
            boolean late = ruleDeadline.isAfter(effective);
            return new Derived(rule, rule.from(), rule.to(), effective, late ? effective : ruleDeadline, late);
        }
    }

    /** A deadline derived by a rule. */
    public record Deadline(DeadlineRule rule, LocalDate due, LocalDate warnFrom) {
    }

    /**
     * The changes of legal domain that follow from the situation, in order of their effective dates.
     * A rule applies only if its {@code from} domain is the one in force on its effective date, counting
     * the changes derived before it.
     */
    public static List<Derived> derive(RuleSet rules, Situation situation) {
        List<Derived> candidates = new ArrayList<>();
        for (TransitionRule rule : rules.transitions()) {
            if (matches(rule, situation)) {
                LocalDate effective = effectiveDate(rule, takesEffectOn(rule, situation), situation.periods());
                if ((rule.validTo() == null || !effective.isAfter(rule.validTo()))
                        && householdMatches(rule, situation.householdSgb2(), effective)) {
                    LocalDate base = rule.deadlineFrom() == TransitionRule.DeadlineBase.EFFECTIVE_DATE
                            ? effective : situation.statusDate();
                    candidates.add(Derived.of(rule, effective, base.plusDays(rule.deadlineDays())));
                }
            }
        }
        candidates.sort(Comparator.comparing(Derived::effective));
        List<Derived> derived = new ArrayList<>();
        List<Change> changes = new ArrayList<>(situation.planned());
        for (Derived candidate : candidates) {
            // an award that ends: its domain applies on the last day of it, not on the effective date
            LocalDate day = candidate.rule().effective() == TransitionRule.Effective.END_OF_AWARD
                    ? candidate.effective().minusDays(1) : candidate.effective();
            if (candidate.from() == domainOn(day, situation.periods(), changes)) {
                derived.add(candidate);
                changes.add(new Change(candidate.from(), candidate.to(), candidate.effective()));
            }
        }
        return derived;
    }

    /**
     * The changes for a member of the household that follow from another member's derived change: e.g. a child
     * unable to work who drew SGB XII joins the SGB II of a parent whose recognition is recorded (Sozialgeld,
     * § 19 Abs. 1 Satz 2 SGB II). The member's {@code from} domain must apply on the effective date.
     *
     * @param trigger the other member's change
     * @param changer whether the other member is employable
     */
    public static List<Derived> forHouseholdMember(RuleSet rules, Derived trigger, boolean changer, Member member) {
        List<Derived> derived = new ArrayList<>();
        if (!changer) {
            return derived;
        }
        for (TransitionRule rule : rules.transitions()) {
            if (!rule.onHouseholdChange() || rule.to() != trigger.to()
                    || rule.employable() != null && rule.employable() != member.employable()) {
                continue;
            }
            LocalDate effective = trigger.effective().isBefore(rule.validFrom()) ? rule.validFrom() : trigger.effective();
            boolean valid = rule.validTo() == null || !effective.isAfter(rule.validTo());
            if (valid && member.domainOn(effective) == rule.from()) {
                derived.add(Derived.of(rule, effective, (rule.deadlineFrom() == TransitionRule.DeadlineBase
                        .EFFECTIVE_DATE ? effective : trigger.deadline()).plusDays(rule.deadlineDays())));
            }
        }
        return derived;
    }

    /**
     * The changes that follow from a birthday while a legal domain applies, e.g. youth services
     * (SGB VIII) ending at 21 and SGB II or SGB XII taking over. A recorded continuation (§41 SGB VIII
     * beyond 21) moves the change to the day after it ends. The {@code from} domain must be open on
     * the day before the change.
     *
     * @param continuedUntil last day of a recorded continuation of the {@code from} domain, or null
     */
    public static List<Derived> atAge(RuleSet rules, List<Span> periods, LocalDate birthDate, boolean employable,
            LocalDate continuedUntil) {
        List<Derived> derived = new ArrayList<>();
        if (birthDate == null) {
            return derived;
        }
        for (TransitionRule rule : rules.transitions()) {
            if (rule.atAge() == null || rule.employable() != null && rule.employable() != employable) {
                continue;
            }
            LocalDate birthday = birthDate.plusYears(rule.atAge());
            LocalDate effective = continuedUntil != null && continuedUntil.isAfter(birthday.minusDays(1))
                    ? continuedUntil.plusDays(1) : birthday;
            LocalDate lastDay = effective.minusDays(1);
            boolean inForce = periods.stream().anyMatch(p -> p.domain() == rule.from() && !p.from().isAfter(lastDay)
                    && (p.to() == null || !p.to().isBefore(lastDay)));
            boolean valid = !effective.isBefore(rule.validFrom())
                    && (rule.validTo() == null || !effective.isAfter(rule.validTo()));
            if (inForce && valid) {
                derived.add(Derived.of(rule, effective, effective.plusDays(rule.deadlineDays())));
            }
        }
        return derived;
    }

    /** The deadlines that follow for a client born on {@code birthDate}, as seen on {@code today}. */
    public static List<Deadline> deadlines(RuleSet rules, ResidenceTitle title, Set<LegalDomain> openDomains,
            LocalDate birthDate, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        if (birthDate == null) {
            return deadlines;
        }
        for (DeadlineRule rule : rules.deadlines()) {
            boolean byTitle = title != null && rule.titles() != null && rule.titles().contains(title);
            boolean byDomain = rule.domains() != null && rule.domains().stream().anyMatch(openDomains::contains);
            LocalDate due = birthDate.plusYears(rule.age()).minusDays(1);
            if ((byTitle || byDomain) && !due.isBefore(today)) {
                deadlines.add(new Deadline(rule, due, due.minusDays(rule.warnDaysBefore())));
            }
        }
        return deadlines;
    }

    private static boolean matches(TransitionRule rule, Situation s) {
        if (rule.atAge() != null || rule.onHouseholdChange() || !rule.titles().contains(s.title())) {
            return false;
        }
        if (rule.firstIssuedBefore() != null && !s.firstIssued().isBefore(rule.firstIssuedBefore())
                || rule.firstIssuedOnOrAfter() != null && s.firstIssued().isBefore(rule.firstIssuedOnOrAfter())) {
            return false;
        }
        if (rule.employable() != null && rule.employable() != s.employable()) {
            return false;
        }
        if (rule.arrivedBefore() != null && (s.arrival() == null || !s.arrival().isBefore(rule.arrivedBefore()))) {
            return false;
        }
        return rule.arrivedOnOrAfter() == null
                || s.arrival() != null && !s.arrival().isBefore(rule.arrivedOnOrAfter());
    }

    /** The status date, or for a decision that takes effect once final, the day it became (or will be) final. */
    static LocalDate takesEffectOn(TransitionRule rule, Situation s) {
        if (rule.finalAfterDays() == null) {
            return s.statusDate();
        }
        return s.finalOn() != null ? s.finalOn() : s.statusDate().plusDays(rule.finalAfterDays());
    }

    private static boolean householdMatches(TransitionRule rule, Predicate<LocalDate> householdSgb2,
            LocalDate effective) {
        return rule.household() == null || householdSgb2.test(effective)
                == (rule.household() == TransitionRule.Household.WITH_EMPLOYABLE_SGB2);
    }

    private static LocalDate effectiveDate(TransitionRule rule, LocalDate statusDate, List<Span> periods) {
        LocalDate date = switch (rule.effective()) {
            case FIRST_OF_NEXT_MONTH -> statusDate.withDayOfMonth(1).plusMonths(1);
            case SAME_DAY -> statusDate;
            case END_OF_AWARD -> {
                // the award of the from domain in force when the law begins (or on the status date, if later)
                LocalDate on = statusDate.isBefore(rule.validFrom()) ? rule.validFrom() : statusDate;
                LocalDate awardEnd = periods.stream().filter(p -> p.domain() == rule.from() && p.covers(on))
                        .map(Span::to).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                yield awardEnd == null || awardEnd.plusDays(1).isAfter(rule.latestEffective()) ? rule.latestEffective()
                        : awardEnd.plusDays(1);
            }
        };
        return date.isBefore(rule.validFrom()) ? rule.validFrom() : date;
    }

    /** The exclusive legal domain in force on {@code day}: recorded periods, then planned changes in date order. */
    static LegalDomain domainOn(LocalDate day, List<Span> periods, List<Change> changes) {
        LegalDomain domain = periods.stream()
                .filter(p -> EXCLUSIVE.contains(p.domain()) && p.covers(day))
                .map(Span::domain).findFirst().orElse(null);
        List<Change> inOrder = new ArrayList<>(changes);
        inOrder.sort(Comparator.comparing(Change::effective));
        for (Change change : inOrder) {
            if (!change.effective().isAfter(day)) {
                domain = change.to();
            }
        }
        return domain;
    }
}
