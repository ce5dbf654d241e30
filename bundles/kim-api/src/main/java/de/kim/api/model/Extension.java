package de.kim.api.model;

import java.util.List;

/**
 * A bundle that extends the platform, what it contributed and what was wrong with it.
 *
 * @param state         ACTIVE (content in use), FAILED (nothing of it in use), STOPPED (deactivated)
 * @param contributions e.g. {@code form hallenberg.intake 1.0.0}
 * @param errors        one line per refused file
 */
public record Extension(long bundleId, String bundle, String bundleVersion, State state, List<String> contributions,
        List<String> errors) {

    /** Whether an extension's content is in use. */
    public enum State {
        ACTIVE, PARTIAL, FAILED, STOPPED
    }
}
