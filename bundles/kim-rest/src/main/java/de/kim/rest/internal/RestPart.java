package de.kim.rest.internal;

/**
 * A resource or provider of the application {@code /api/v1}. Each is a component registered under
 * this type only; {@link KimApplication} waits for all of them and hands them to the JAX-RS
 * whiteboard at once.
 */
public interface RestPart {
}
