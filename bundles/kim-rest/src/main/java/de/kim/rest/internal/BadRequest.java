package de.kim.rest.internal;

import de.kim.api.Violation;
import java.util.List;

/**
 * A request whose parameters are malformed: answered with 400 and the offending parameter.
 */
final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    BadRequest(String parameter, String message) {
        super(parameter + ": " + message);
        this.violations = List.of(new Violation(parameter, message));
    }

    List<Violation> violations() {
        return violations;
    }
}
