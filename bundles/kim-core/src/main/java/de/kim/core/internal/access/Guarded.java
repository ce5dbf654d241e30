package de.kim.core.internal.access;

/**
 * A record a store loaded for a caller, with what the caller may see of it ({@link Redaction} applies
 * the access when the record leaves the core).
 */
public record Guarded<T>(T record, Access access) {
}
