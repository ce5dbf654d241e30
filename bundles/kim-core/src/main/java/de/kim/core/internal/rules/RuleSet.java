package de.kim.core.internal.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Rechtskreiswechsel rules and deadline rules of one rules file.
 */
public record RuleSet(String name, List<TransitionRule> transitions, List<DeadlineRule> deadlines,
        List<TitleGrant> grants, List<PendingLaw> laws, List<TransitionRule> waiting) {

    public RuleSet {
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        grants = grants == null ? List.of() : List.copyOf(grants);
        laws = laws == null ? List.of() : List.copyOf(laws);
        waiting = waiting == null ? List.of() : List.copyOf(waiting);
    }

    public static RuleSet empty() {
        return new RuleSet(null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The rules as they apply: a rule that requires a pending law not in force waits (listed, never applied); the
     * dates of rules that begin or end with a law in force follow from its first day.
     */
    RuleSet resolved() {
        List<TransitionRule> inForce = new ArrayList<>();
        List<TransitionRule> waits = new ArrayList<>(waiting);
        for (TransitionRule rule : transitions) {
            TransitionRule r = rule;
            boolean waitsForLaw = false;
            for (PendingLaw law : laws) {
                if (law.inForceFrom() != null) {
                    r = r.withLawInForce(law.id(), law.inForceFrom());
                } else if (law.id().equals(r.requiresLaw())) {
                    waitsForLaw = true;
                }
            }
            (waitsForLaw ? waits : inForce).add(r);
        }
        return new RuleSet(name, inForce, deadlines, grants, laws, waits);
    }

    /** The limit on granting {@code title}, if the law sets one. */
    public java.util.Optional<TitleGrant> grant(de.kim.api.model.ResidenceTitle title) {
        return grants.stream().filter(g -> g.title() == title).findFirst();
    }

    private static void checkSource(String name, de.kim.api.model.LegalSource source, List<String> problems) {
        if (source == null || source.paragraph() == null || source.paragraph().isBlank() || source.version() == null
                || source.version().isBlank()) {
            problems.add(name + ": needs a source with paragraph and version (the law's version or \"Stand\")");
        }
    }

    /**
     * Reads and checks a rules file.
     *
     * @throws IllegalArgumentException naming every problem of the file
     */
    public static RuleSet parse(byte[] json) {
        RuleSet rules;
        try {
            rules = new ObjectMapper().registerModule(new JavaTimeModule())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json, RuleSet.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a valid rules file: " + e.getMessage(), e);
        }
        List<String> problems = rules.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return rules.resolved();
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TransitionRule r : transitions) {
            String name = "transition rule " + r.id();
            if (r.id() == null || !ids.add(r.id())) {
                problems.add(name + ": id missing or used twice");
            }
            if (!r.titles().isEmpty() && r.atAge() != null) {
                problems.add(name + ": names titles and an age; a rule fires on one of them");
            }
            if (r.from() == null || r.to() == null || r.from() == r.to()) {
                problems.add(name + ": needs two different legal domains in from and to");
            }
            if (r.effective() == null || r.deadlineFrom() == null || r.validFrom() == null) {
                problems.add(name + ": needs effective, deadlineFrom and validFrom");
            } else if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
                problems.add(name + ": validTo is before validFrom");
            }
            if (r.effective() == TransitionRule.Effective.END_OF_AWARD && r.latestEffective() == null
                    && r.latestMonthsAfterLaw() == null) {
                problems.add(name + ": END_OF_AWARD needs latestEffective");
            }
            if (r.onHouseholdChange() && (!r.titles().isEmpty() || r.atAge() != null)) {
                problems.add(name + ": a rule on a household member's change names no titles and no age");
            } else if (r.titles().isEmpty() && r.atAge() == null && !r.onHouseholdChange()) {
                problems.add(name + ": names no titles, no age and is not onHouseholdChange");
            }
            checkSource(name, r.source(), problems);
        }
        Set<String> lawIds = new HashSet<>();
        for (PendingLaw law : laws) {
            if (law.id() == null || !lawIds.add(law.id())) {
                problems.add("law " + law.id() + ": id missing or used twice");
            }
            checkSource("law " + law.id(), law.source(), problems);
        }
        for (TransitionRule r : transitions) {
            for (String law : java.util.Arrays.asList(r.requiresLaw(), r.endsWithLaw())) {
                if (law != null && !lawIds.contains(law)) {
                    problems.add("transition rule " + r.id() + ": names the law " + law + ", which \"laws\" does not list");
                }
            }
            if (r.latestMonthsAfterLaw() != null && r.requiresLaw() == null) {
                problems.add("transition rule " + r.id() + ": latestMonthsAfterLaw needs requiresLaw");
            }
        }
        for (TitleGrant g : grants) {
            String name = "grant rule " + g.id();
            if (g.id() == null || !ids.add(g.id())) {
                problems.add(name + ": id missing or used twice");
            }
            if (g.title() == null || g.grantedUntil() == null && g.maxMonths() == null) {
                problems.add(name + ": needs a title and grantedUntil or maxMonths");
            }
            checkSource(name, g.source(), problems);
        }
        for (DeadlineRule r : deadlines) {
            String name = "deadline rule " + r.id();
            if (r.id() == null || !ids.add(r.id())) {
                problems.add(name + ": id missing or used twice");
            }
            boolean noTitles = r.titles() == null || r.titles().isEmpty();
            boolean noDomains = r.domains() == null || r.domains().isEmpty();
            if (noTitles && noDomains) {
                problems.add(name + ": names neither titles nor domains");
            }
            if (r.age() <= 0 || r.warnDaysBefore() < 0 || r.title() == null || r.title().isBlank()) {
                problems.add(name + ": needs an age, warnDaysBefore >= 0 and a title");
            }
            if (r.checklist() != null && !Preconditions.CHECKLISTS.contains(r.checklist())) {
                problems.add(name + ": unknown checklist " + r.checklist() + " (known: " + Preconditions.CHECKLISTS + ")");
            }
            checkSource(name, r.source(), problems);
        }
        return problems;
    }
}
