package de.kim.api;

/**
 * One rule that an input breaks.
 *
 * @param field   the name of the offending field, e.g. {@code municipalities[2]}
 * @param message what is wrong, in words an operator understands
 */
public record Violation(String field, String message) {
}
