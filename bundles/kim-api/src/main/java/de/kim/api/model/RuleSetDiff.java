package de.kim.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A dry run of an offered rule set over the existing timelines.
 *
 * @param name           the offered rule set
 * @param asOf           the day the deadlines were judged on
 * @param rulesAdded     ids of rules the offered set has and the rules in force do not
 * @param rulesRemoved   ids of rules in force that the offered set does not have
 * @param rulesChanged   ids of rules in both that differ
 * @param clientsChecked how many clients with a residence status or a legal-domain period were judged
 * @param clientsAffected how many clients would be judged differently
 * @param clients        the clients whose derived transitions or deadlines would differ; empty for callers who see
 *                       no case content (administrators get {@code clientsAffected} only)
 */
public record RuleSetDiff(String name, LocalDate asOf, List<String> rulesAdded, List<String> rulesRemoved,
        List<String> rulesChanged, int clientsChecked, int clientsAffected, List<Client> clients) {

    /**
     * One client whose outcome would differ.
     *
     * @param clientId     the platform's pseudonymous id
     * @param municipality the client's municipality (AGS)
     * @param before       the transitions and deadlines the rules in force derive, one line each
     * @param after        those the offered rules derive
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "RuleSetDiffClient")
    public record Client(String clientId, String municipality, List<String> before, List<String> after) {
    }
}
