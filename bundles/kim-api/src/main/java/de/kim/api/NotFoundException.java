package de.kim.api;

/**
 * The addressed record does not exist.
 */
public final class NotFoundException extends KimException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Not found";
    }
}
