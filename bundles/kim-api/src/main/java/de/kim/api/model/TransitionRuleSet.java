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
 * @param grants      the limits on granting residence titles
 * @param laws        laws whose status is uncertain or not yet in force, with the rules that wait for them
 */
public record TransitionRuleSet(String file, Instant loadedAt, String lastError, List<Transition> transitions,
        List<Deadline> deadlines, List<Grant> grants, List<Law> laws) {

    /**
     * A rule that derives a change of legal domain from a residence title, a birthday or a household member's
     * change; {@code validFrom}/{@code validTo} are the days the law it follows is in force (effective dates
     * outside them are not judged by it).
     */
    public record Transition(String id, String description, List<ResidenceTitle> titles, LegalDomain from,
            LegalDomain to, LocalDate validFrom, LocalDate validTo, LegalSource source) {
    }

    /** A rule that opens a deadline before a birthday. */
    public record Deadline(String id, String description, int age, String title, LegalSource source) {
    }

    /**
     * A law not (yet) in force, or of uncertain status: its rules wait until {@code inForceFrom} is set in the file.
     *
     * @param waiting ids of the rules that apply once it is in force
     * @param ending  ids of the rules that apply until it is in force
     */
    public record Law(String id, String title, LocalDate inForceFrom, String status, LegalSource source,
            List<String> waiting, List<String> ending) {
    }

    /** A limit on granting a residence title (e.g. § 104c AufenthG: no new grants, 18 months). */
    public record Grant(String id, String description, ResidenceTitle title, LocalDate grantedUntil,
            Integer maxMonths, LegalSource source) {
    }
}
