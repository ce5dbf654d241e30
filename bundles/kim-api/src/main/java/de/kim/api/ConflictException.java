package de.kim.api;

/**
 * The request is well-formed and valid in itself but conflicts with the current state, e.g. an
 * office that services still refer to cannot be deleted.
 */
public final class ConflictException extends KimException {
    private static final long serialVersionUID = 1L;

    private final String code;

    public ConflictException(String message) {
        this(message, null);
    }

    /**
     * A conflict of a known kind, which a client may resolve in its own way.
     *
     * @param code what kind, e.g. {@code duplicate-case}: the problem type becomes {@code urn:kim:problem:<code>}
     */
    public ConflictException(String message, String code) {
        super(message);
        this.code = code;
    }

    /** The kind of conflict, or null for the general one. */
    public String code() {
        return code;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
