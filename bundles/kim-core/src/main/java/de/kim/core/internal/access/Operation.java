package de.kim.core.internal.access;

/**
 * What a caller does, as recorded in the audit trail.
 *
 * @param action e.g. {@code client.read}, {@code case.write}
 * @param write  whether it changes data
 */
public record Operation(String action, boolean write) {

    public static Operation read(String action) {
        return new Operation(action, false);
    }

    public static Operation write(String action) {
        return new Operation(action, true);
    }
}
