package de.kim.api.model;

import java.util.List;

/**
 * A rule set offered by an extension bundle, not yet in force.
 *
 * @param name          its name ("name" in the file), e.g. "KIM Rechtskreiswechsel, Rechtsstand 01.07.2026"
 * @param bundle        the bundle's symbolic name
 * @param bundleVersion the bundle's version (the rule set's version)
 * @param file          the file in the bundle
 * @param transitions   how many transition rules it has
 * @param deadlines     how many deadline rules
 * @param grants        how many limits on granting titles
 * @param problems      why it would be refused; empty if it can be activated
 */
public record OfferedRuleSet(String name, String bundle, String bundleVersion, String file, int transitions,
        int deadlines, int grants, List<String> problems) {
}
