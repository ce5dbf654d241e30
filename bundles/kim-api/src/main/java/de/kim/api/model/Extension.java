package de.kim.api.model;

import java.util.List;

/**
 * A bundle that extends the platform, what it contributed and what was wrong with it.
 *
 * @param state         ACTIVE (content in use), FAILED (nothing of it in use), STOPPED (deactivated)
 * @param contributions e.g. {@code form hallenberg.intake 1.0.0}
 * @param errors        one line per refused file
 * @param dataCategories the personal data the bundle's code may touch, as it declares them in its manifest header
 *                      {@code KIM-Data-Categories} (e.g. {@code identity, legal-domains, case, forms}); none if it
 *                      declares none. The core refuses and audits every call of its code beyond them.
 */
public record Extension(long bundleId, String bundle, String bundleVersion, State state, List<String> contributions,
        List<String> errors, java.util.Set<DataCategory> dataCategories) {

    public Extension {
        dataCategories = dataCategories == null || dataCategories.isEmpty() ? java.util.Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(dataCategories));
    }

    /** An extension that declared no data categories. */
    public Extension(long bundleId, String bundle, String bundleVersion, State state, List<String> contributions,
            List<String> errors) {
        this(bundleId, bundle, bundleVersion, state, contributions, errors, java.util.Set.of());
    }

    /** Whether an extension's content is in use. */
    public enum State {
        ACTIVE, PARTIAL, FAILED, STOPPED
    }
}
