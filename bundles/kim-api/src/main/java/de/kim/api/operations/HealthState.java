package de.kim.api.operations;

/**
 * The state of one thing the platform needs, e.g. {@code database}.
 *
 * @param name   what was checked
 * @param up     whether it is usable
 * @param detail what was found, for operators
 */
public record HealthState(String name, boolean up, String detail) {
}
