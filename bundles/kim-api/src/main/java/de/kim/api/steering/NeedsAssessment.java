package de.kim.api.steering;

import java.util.List;

/**
 * The needs assessment (Bedarfserhebung) of one municipality for one period (a calendar year): figures
 * derived from the data next to figures entered by hand, the responsible offices and the local conditions,
 * each figure with the previous period's for comparison.
 *
 * @param municipality     AGS
 * @param name             its name
 * @param period           the year
 * @param derived          figures counted from the clients and cases, with suppression
 * @param entered          what the coordination entered for the period (may be empty)
 * @param previousEntered  what was entered for the year before (may be empty)
 * @param responsibilities the office responsible for each legal domain there
 * @param threshold        the suppression threshold
 */
public record NeedsAssessment(String municipality, String name, int period, List<NeedsFigure> derived,
        EnteredNeeds entered, EnteredNeeds previousEntered, List<Responsibility> responsibilities, int threshold) {

    /**
     * A derived figure: the group (TARGET_GROUP, RESIDENCE_STATUS, AGE_BAND, LEGAL_DOMAIN, HANDOVER), its key and
     * label, the value this period and the period before; null where suppressed (never 0 for a hidden cell).
     */
    public record NeedsFigure(String group, String key, String label, Long value, Long previous, boolean suppressed,
            boolean previousSuppressed) {
    }

    /** The office responsible for a legal domain in the municipality. */
    public record Responsibility(String legalDomain, String legalDomainName, Long officeId, String officeName) {
    }
}
