package de.kim.api.access;

import de.kim.api.KimException;

/**
 * The caller's role does not allow the action at all, whatever the record (403). A record outside the
 * caller's scope is reported as not found instead, so that its existence is not revealed.
 */
public final class ForbiddenException extends KimException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
