package de.kim.api;

import java.time.LocalDate;
import java.util.Set;

/**
 * What every text and every calendar date the platform keeps must be, checked at the REST boundary (with the
 * field as the caller named it) and again by the core before anything is written (any other way in):
 * <ul>
 * <li>texts hold no control characters (C0 but tab and line breaks, DEL, C1) and no bidirectional controls
 * (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), which make "Amt \u202eTXE.exe" read otherwise than it is,
 * or move a terminal's cursor when a log is read; tabs and line breaks only in running text
 * ({@link #MULTI_LINE});</li>
 * <li>dates lie between {@link #EARLIEST} and {@link #LATEST}: every date of KIM (births, titles, periods,
 * deadlines) does, and the databases store no other.</li>
 * </ul>
 */
public final class InputRules {
    /** The first day the platform takes. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The last day the platform takes. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** Names of the fields of running text (a note, a description, a decision, a reason): line breaks allowed. */
    public static final Set<String> MULTI_LINE = Set.of("note", "description", "text", "outcome", "reason",
            "closureReason", "localConditions", "detail", "comment");

    private InputRules() {
    }

    /** The index of the first character of {@code value} the rule refuses, or -1. */
    public static int refusedCharacter(String value, boolean lineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            if (refused(value.charAt(i), lineBreaks)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the rule refuses {@code c}; tab and line breaks only if not {@code lineBreaks}. */
    public static boolean refused(char c, boolean lineBreaks) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return !lineBreaks;
        }
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    /** Why {@code value} of the field {@code name} is refused, or null. */
    public static String textProblem(String name, String value) {
        int at = value == null ? -1 : refusedCharacter(value, MULTI_LINE.contains(name));
        if (at < 0) {
            return null;
        }
        char c = value.charAt(at);
        return c == '\n' || c == '\r' || c == '\t' ? "holds a line break or tab; the field is one line"
                : "holds the control character U+" + String.format("%04X", (int) c)
                        + " (control and bidirectional characters are refused)";
    }

    /** Whether the platform takes {@code day}. */
    public static boolean inRange(LocalDate day) {
        return day == null || !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }
}
