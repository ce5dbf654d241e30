package de.kim.core.internal.rules;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.LegalSource;
import de.kim.api.model.ResidenceTitle;
import java.time.LocalDate;
import java.util.Set;

/**
 * A rule that derives a change of legal domain from a recorded residence status, a birthday or a household
 * member's change. Every rule names its source; {@code validFrom}/{@code validTo} are the days its law is in force,
 * so a change of law is a new rule and each effective date is judged by the law in force on it.
 *
 * @param id                   stable id, e.g. {@code recognition-employable}
 * @param description          what the rule says, for operators
 * @param titles               the rule fires when one of these titles is recorded
 * @param employable           if not null, the client's employability must equal it
 * @param household            if not null, whether an employable member of the client's household draws SGB II on
 *                             the effective date (§ 7 Abs. 2, 3 and § 19 Abs. 1 Satz 2 SGB II)
 * @param arrivedBefore        if not null, the client must have arrived before this date
 * @param arrivedOnOrAfter     if not null, the client must have arrived on or after this date
 * @param firstIssuedBefore    if not null, the title must first have been issued to the client before this date
 * @param firstIssuedOnOrAfter if not null, the title must first have been issued on or after this date
 * @param from                 the legal domain that must apply on the effective date
 * @param to                   the legal domain that applies from the effective date
 * @param effective            how the effective date follows from the status date
 * @param finalAfterDays       if not null, the status is granted by a decision that takes effect once final: the
 *                             effective date follows from the day it became final, or, while that is not recorded,
 *                             from the status date plus these days (notification and the time to sue)
 * @param latestEffective      with {@code END_OF_AWARD}: the latest effective date
 * @param deadlineDays         days from {@code deadlineFrom} to the hand-over deadline (may be negative)
 * @param deadlineFrom         STATUS_DATE or EFFECTIVE_DATE
 * @param validFrom            the law is in force from this day; earlier effective dates are moved to it
 * @param validTo              the law is in force up to this day; null if open-ended
 * @param atAge                if not null, the rule fires on this birthday while {@code from} applies (e.g. SGB VIII
 *                             ends at 21) instead of on a recorded title; a recorded continuation moves it
 * @param onHouseholdChange    if true, the rule fires for a member of the household when another member's change
 *                             to {@code to} is derived (Sozialgeld for the household of an employable person)
 * @param source               the provision, the law's version and guidance
 * @param requiresLaw          if not null, the rule applies only once this pending law is in force, from its first day
 * @param endsWithLaw          if not null, the rule applies only until the day before this pending law is in force
 * @param latestMonthsAfterLaw with {@code requiresLaw} and {@code END_OF_AWARD}: the latest effective date is this many
 *                             months after the law's first day (e.g. 3: awards run at most to the end of the third
 *                             month)
 */
public record TransitionRule(String id, String description, Set<ResidenceTitle> titles, Boolean employable,
        Household household, LocalDate arrivedBefore, LocalDate arrivedOnOrAfter, LocalDate firstIssuedBefore,
        LocalDate firstIssuedOnOrAfter, LegalDomain from, LegalDomain to, Effective effective,
        Integer finalAfterDays, LocalDate latestEffective, int deadlineDays, DeadlineBase deadlineFrom, LocalDate validFrom, LocalDate validTo,
        Integer atAge, Boolean onHouseholdChange, LegalSource source, String requiresLaw, String endsWithLaw,
        Integer latestMonthsAfterLaw) {

    public TransitionRule {
        titles = titles == null ? Set.of() : Set.copyOf(titles);
        onHouseholdChange = Boolean.TRUE.equals(onHouseholdChange);
    }

    /** This rule as it applies with {@code law} in force from {@code inForceFrom}. */
    TransitionRule withLawInForce(String law, LocalDate inForceFrom) {
        LocalDate lawFrom = validFrom;
        LocalDate lawTo = validTo;
        LocalDate latest = latestEffective;
        if (law.equals(requiresLaw)) {
            lawFrom = validFrom == null || validFrom.isBefore(inForceFrom) ? inForceFrom : validFrom;
            if (latestMonthsAfterLaw != null) {
                latest = inForceFrom.plusMonths(latestMonthsAfterLaw);
            }
        }
        if (law.equals(endsWithLaw)) {
            LocalDate last = inForceFrom.minusDays(1);
            lawTo = validTo == null || validTo.isAfter(last) ? last : validTo;
        }
        return new TransitionRule(id, description, titles, employable, household, arrivedBefore, arrivedOnOrAfter,
                firstIssuedBefore, firstIssuedOnOrAfter, from(), to(), effective, finalAfterDays, latest, deadlineDays,
                deadlineFrom, lawFrom, lawTo, atAge, onHouseholdChange, source, requiresLaw, endsWithLaw, latestMonthsAfterLaw);
    }

    /** How the effective date follows from the date of the status. */
    public enum Effective {
        /** On the status date. */
        SAME_DAY,
        /** The first day of the month after the status date (§ 1 Abs. 3 AsylbLG: "mit Ablauf des Monats"). */
        FIRST_OF_NEXT_MONTH,
        /**
         * The day after the current award of {@code from} ends (the end of the open period), at the latest
         * {@code latestEffective}.
         */
        END_OF_AWARD
    }

    /** What the hand-over deadline counts from. */
    public enum DeadlineBase {
        STATUS_DATE, EFFECTIVE_DATE
    }

    /** Whether an employable member of the household draws SGB II. */
    public enum Household {
        WITH_EMPLOYABLE_SGB2, WITHOUT_EMPLOYABLE_SGB2
    }
}
