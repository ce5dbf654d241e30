package de.kim.api;

/**
 * The request is well-formed and valid in itself but conflicts with the current state, e.g. an
 * office that services still refer to cannot be deleted.
 */
public final class ConflictException extends KimException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
