package de.kim.api.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The Rechtskreiswechsel and deadline rules in force, and where they come from.
 *
 * @param file        the rules file
 * @param loadedAt    when the rules in force were read, null if none could be read yet
 * @param lastError   why the file was last refused (the rules in force stay), null if it was not
 * @param transitions the transition rules
 * @param deadlines   the deadline rules
 */
public record TransitionRuleSet(String file, Instant loadedAt, String lastError, List<Transition> transitions,
        List<Deadline> deadlines) {

    /** A rule that derives a change of legal domain from a residence title. */
    public record Transition(String id, String description, List<ResidenceTitle> titles, LegalDomain from,
            LegalDomain to, LocalDate validFrom, LocalDate validTo) {
    }

    /** A rule that opens a deadline before a birthday. */
    public record Deadline(String id, String description, int age, String title) {
    }
}
