package de.kim.api;

/**
 * One rule that an input breaks.
 *
 * @param field   the name of the offending field, e.g. {@code municipalities[2]}
 * @param message what is wrong, in words an operator understands
 */
public record Violation(String field, String message, String code) {

    /** A violation whose code is read from its message ({@link #codeOf}). */
    public Violation(String field, String message) {
        this(field, message, codeOf(message));
    }

    /**
     * The machine code of a message, which clients translate: {@code required}, {@code too-long}, {@code not-a-date},
     * {@code in-future}, {@code out-of-range}, {@code not-an-email}, {@code not-a-postal-code}, {@code not-a-country},
     * {@code not-a-language}, {@code not-an-ags}, {@code unknown}, {@code unknown-code}, {@code wrong-type},
     * {@code control-character}, {@code order}, {@code too-small}, {@code too-large}, {@code pattern}, else
     * {@code invalid}.
     */
    public static String codeOf(String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        for (String[] rule : CODES) {
            if (java.util.regex.Pattern.compile(rule[1]).matcher(m).find()) {
                return rule[0];
            }
        }
        return "invalid";
    }

    /** Code and the pattern of the message that has it, the first match counting. */
    private static final String[][] CODES = {
        {"required", "is required|must not be blank|must not be null|^send the version"},
        {"too-long", "at most .*character|^is longer than"},
        {"not-a-date", "not a date|not a local date|yyyy-mm-dd"},
        {"too-small", "minimum"},
        {"too-large", "maximum"},
        {"pattern", "pattern"},
        {"in-future", "in the future"},
        {"out-of-range", "between|before the case was opened|must not be negative"},
        {"order", "ends before it begins"},
        {"not-an-email", "e-mail"},
        {"not-a-postal-code", "postal code"},
        {"not-a-country", "iso 3166"},
        {"not-a-language", "iso 639"},
        {"unknown", "no municipality|^no .* in the directory"},
        {"not-an-ags", "ags"},
        {"unknown-code", "^unknown code|enum"},
        {"unknown-property", "^unknown property"},
        {"wrong-type", "^value '|^expected "},
        {"control-character", "control|null character"},
    };
}
