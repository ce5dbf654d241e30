package de.kim.shell.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Options written after the arguments ({@code kim:needs 05958044 --period 2025}): the console parses options
 * only before arguments, so commands take the rest as a list and read "--name value" pairs from it.
 */
final class TrailingOptions {
    private TrailingOptions() {
    }

    /**
     * The values by option name (without dashes).
     *
     * @throws IllegalArgumentException for an unknown option or one without value
     */
    static Map<String, String> parse(List<String> trailing, Set<String> known) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; trailing != null && i < trailing.size(); i += 2) {
            String name = trailing.get(i).replaceFirst("^--", "");
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option " + trailing.get(i) + "; known: --"
                        + String.join(", --", known));
            }
            if (i + 1 >= trailing.size()) {
                throw new IllegalArgumentException("option " + trailing.get(i) + " needs a value");
            }
            values.put(name, trailing.get(i + 1));
        }
        return values;
    }

    static Integer year(String option, String value, Integer fallback) {
        if (value == null) {
            return fallback;
        }
        if (!value.matches("\\d{4}")) {
            throw new IllegalArgumentException("--" + option + " needs a year such as 2025, not " + value);
        }
        return Integer.valueOf(value);
    }
}
