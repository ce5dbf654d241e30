package de.kim.core.internal.retention;

import de.kim.api.model.LegalDomain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How long a closed case file is kept: {@code years} after closure, for files of clients who had a
 * period in {@code legalDomain} (null: every file). Configured as {@code rule.<name> = <years> [domain]}.
 */
public record RetentionRule(String name, int years, LegalDomain legalDomain) {

    /** The rules of a configuration; entries that are not rules are ignored, malformed ones refused. */
    public static List<RetentionRule> parse(Map<String, ?> config) {
        List<RetentionRule> rules = new ArrayList<>();
        for (Map.Entry<String, ?> e : config.entrySet()) {
            if (!e.getKey().startsWith("rule.")) {
                continue;
            }
            String[] parts = String.valueOf(e.getValue()).trim().split("\\s+");
            try {
                int years = Integer.parseInt(parts[0]);
                if (years < 0) {
                    throw new NumberFormatException("negative");
                }
                rules.add(new RetentionRule(e.getKey().substring(5), years,
                        parts.length > 1 ? LegalDomain.fromCode(parts[1]) : null));
            } catch (RuntimeException ex) {
                throw new IllegalArgumentException("retention rule " + e.getKey() + " = '" + e.getValue()
                        + "' is not '<years> [legal domain]'", ex);
            }
        }
        rules.sort(Comparator.comparing(RetentionRule::name));
        return List.copyOf(rules);
    }

    /**
     * The rule that governs a file of a client with these legal domains: of the rules that apply, the
     * one that keeps it longest (the strictest duty to keep wins).
     */
    public static Optional<RetentionRule> governing(List<RetentionRule> rules, Set<LegalDomain> domains) {
        return rules.stream().filter(r -> r.legalDomain() == null || domains.contains(r.legalDomain()))
                .max(Comparator.comparingInt(RetentionRule::years).thenComparing(RetentionRule::name));
    }

    /** The last day the file must be kept. */
    public LocalDate keptUntil(LocalDate closedOn) {
        return closedOn.plusYears(years);
    }
}
