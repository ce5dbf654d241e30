package de.kim.core.internal.rules;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.ResidenceTitle;
import java.time.LocalDate;
import java.util.Set;

/**
 * A rule that derives a change of legal domain from a recorded residence status.
 *
 * @param id               stable id, e.g. {@code recognition-employable}
 * @param description      what the rule says, for operators
 * @param titles           the rule fires when one of these titles is recorded
 * @param employable       if not null, the client's employability must equal it
 * @param arrivedBefore    if not null, the client must have arrived before this date
 * @param arrivedOnOrAfter if not null, the client must have arrived on or after this date
 * @param from             the legal domain that must apply on the effective date
 * @param to               the legal domain that applies from the effective date
 * @param effective        how the effective date follows from the status date
 * @param deadlineDays     days from {@code deadlineFrom} to the hand-over deadline (may be negative)
 * @param deadlineFrom     STATUS_DATE or EFFECTIVE_DATE
 * @param validFrom        the rule applies to effective dates from this day; earlier ones are moved to it
 * @param validTo          the rule applies to effective dates up to this day; null if open-ended
 * @param atAge            if not null, the rule fires on this birthday while {@code from} applies (e.g. SGB VIII
 *                         ends at 21) instead of on a recorded title; a recorded continuation moves it
 */
public record TransitionRule(String id, String description, Set<ResidenceTitle> titles, Boolean employable,
        LocalDate arrivedBefore, LocalDate arrivedOnOrAfter, LegalDomain from, LegalDomain to, Effective effective,
        int deadlineDays, DeadlineBase deadlineFrom, LocalDate validFrom, LocalDate validTo, Integer atAge) {

    public TransitionRule {
        titles = titles == null ? Set.of() : Set.copyOf(titles);
    }

    /** How the effective date follows from the date of the status. */
    public enum Effective {
        SAME_DAY, FIRST_OF_NEXT_MONTH
    }

    /** What the hand-over deadline counts from. */
    public enum DeadlineBase {
        STATUS_DATE, EFFECTIVE_DATE
    }
}
