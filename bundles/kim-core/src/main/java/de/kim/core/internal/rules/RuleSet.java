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
public record RuleSet(List<TransitionRule> transitions, List<DeadlineRule> deadlines) {

    public RuleSet {
        transitions = transitions == null ? List.of() : List.copyOf(transitions);
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }

    public static RuleSet empty() {
        return new RuleSet(List.of(), List.of());
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
        return rules;
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (TransitionRule r : transitions) {
            String name = "transition rule " + r.id();
            if (r.id() == null || !ids.add(r.id())) {
                problems.add(name + ": id missing or used twice");
            }
            if (r.titles().isEmpty() && r.atAge() == null) {
                problems.add(name + ": names no titles and no age");
            } else if (!r.titles().isEmpty() && r.atAge() != null) {
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
        }
        return problems;
    }
}
