package de.kim.rest.internal;

import de.kim.api.InputRules;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The text rule of {@link InputRules} on a request body as sent, so that the 422 names the field as the caller
 * wrote it; in the free data of extension forms every text may hold line breaks.
 */
final class PlainText {
    private PlainText() {
    }

    /** Adds the violation of {@code value} at {@code path} ({@code field}: its last name), if any. */
    static void check(String path, String field, String value, boolean lineBreaks, List<Violation> into) {
        String problem = lineBreaks && InputRules.refusedCharacter(value, true) < 0 ? null
                : InputRules.textProblem(field, value);
        if (problem != null) {
            into.add(new Violation(path, problem, "control-character"));
        }
    }

    /** Refuses a body with such characters: 422 with one violation per field, at most 20. */
    static void refuse(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(new ArrayList<>(violations.subList(0, Math.min(20, violations.size()))));
        }
    }
}
