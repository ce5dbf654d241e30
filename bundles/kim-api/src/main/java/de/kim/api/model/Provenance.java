package de.kim.api.model;

/**
 * Where a definition came from: the bundle that declared it.
 *
 * @param bundle        bundle symbolic name, e.g. {@code de.kim.ext.arnsberg}; {@code kim-core} for the core's own
 * @param bundleVersion the bundle's version
 */
public record Provenance(String bundle, String bundleVersion) {
}
