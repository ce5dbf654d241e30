package de.kim.api.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A code of reference data (legal domain, office kind, topic area) that does not exist.
 */
public final class InvalidCodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidCodeException(String field, String code, Enum<?>[] allowed) {
        super("unknown " + field + " '" + code + "'; allowed: "
                + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", ")));
        this.field = field;
    }

    /** The name of the field that carried the code. */
    public String field() {
        return field;
    }
}
