package de.kim.core.internal.rules;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.LegalSource;
import de.kim.api.model.ResidenceTitle;
import java.util.Set;

/**
 * A rule that opens a deadline before a birthday, e.g. the §25a application before the 27th.
 *
 * @param id             stable id
 * @param description    what the rule says
 * @param titles         fires when one of these titles is recorded (empty: not on titles)
 * @param domains        fires when a period of one of these domains is open (empty: not on domains)
 * @param age            the birthday that ends the chance; the deadline is the day before
 * @param warnDaysBefore from how many days before the deadline it shows as due
 * @param title          what must be done, as the task's title
 * @param checklist      the preconditions shown with the task ({@code P25A}), or null
 * @param source         the provision, the law's version and guidance
 */
public record DeadlineRule(String id, String description, Set<ResidenceTitle> titles, Set<LegalDomain> domains,
        int age, int warnDaysBefore, String title, String checklist, LegalSource source) {

    public DeadlineRule {
        titles = titles == null ? Set.of() : Set.copyOf(titles);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
    }
}
