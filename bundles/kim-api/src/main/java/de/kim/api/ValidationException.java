package de.kim.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input breaks one or more rules of the model; every broken rule is listed.
 */
public final class ValidationException extends KimException {
    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String title() {
        return "Invalid input";
    }
}
