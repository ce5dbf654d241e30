package de.kim.api.model;

/**
 * A district (Kreis) with its 5-digit key.
 *
 * @param key  the district's key, e.g. {@code 05958}
 * @param name e.g. "Hochsauerlandkreis"
 * @param seat the town where the district administration sits
 */
public record District(String key, String name, String seat) {
}
