package de.kim.core.internal.rules;

import de.kim.api.model.LegalSource;
import de.kim.api.model.ResidenceTitle;
import java.time.LocalDate;

/**
 * A limit the law sets on granting a residence title, checked when a status is recorded: no new grants after
 * {@code grantedUntil} (e.g. § 104c AufenthG, a transitional provision), and at most {@code maxMonths} months
 * without renewal (a status recorded without an end runs that long).
 *
 * @param id           stable id
 * @param description  what the rule says
 * @param title        the title it limits
 * @param grantedUntil last day a grant may begin; null if not limited
 * @param maxMonths    longest validity in months; null if not limited
 * @param source       the provision and the law's version
 */
public record TitleGrant(String id, String description, ResidenceTitle title, LocalDate grantedUntil,
        Integer maxMonths, LegalSource source) {

    /** The last day of a grant from {@code from} that runs as long as the law allows, or null. */
    public LocalDate longestTo(LocalDate from) {
        return maxMonths == null ? null : from.plusMonths(maxMonths).minusDays(1);
    }
}
