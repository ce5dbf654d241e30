package de.kim.api;

/**
 * A request the platform refuses for a reason the caller can act on. The edges (REST, console)
 * turn each subclass into a clear answer; nothing else is reported to callers.
 */
public abstract class KimException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected KimException(String message) {
        super(message);
    }

    /** A short, stable title for the kind of problem. */
    public abstract String title();
}
