package de.kim.rest.internal;

import de.kim.api.model.Ags;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.OfficeKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads path and query parameters, refusing malformed ones with a 400 that names the parameter.
 */
final class Parameters {
    private Parameters() {
    }

    static long id(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequest("id", "'" + value + "' is not an id (a positive whole number)");
    }

    /** A mandatory AGS. */
    static String ags(String parameter, String value) {
        if (!Ags.isWellFormed(value)) {
            throw new BadRequest(parameter, "'" + value + "' is not an AGS (8 digits)");
        }
        return value;
    }

    /** An optional AGS: null stays null. */
    static String optionalAgs(String parameter, String value) {
        return value == null || value.isEmpty() ? null : ags(parameter, value);
    }

    static LegalDomain legalDomain(String parameter, String value, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) {
                throw new BadRequest(parameter, "is required, e.g. " + parameter + "=AufenthG");
            }
            return null;
        }
        try {
            return LegalDomain.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(parameter, e.getMessage());
        }
    }

    static OfficeKind officeKind(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return OfficeKind.fromCode(value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(parameter, e.getMessage());
        }
    }

    /** An optional code of an enumeration, e.g. a phase or a status. */
    static <E extends Enum<E>> E code(Class<E> type, String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(parameter, "unknown code '" + value + "'; allowed: "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static LocalDate date(String parameter, String value) {
        if (value == null) {
            return null;
        }
        notEmpty(parameter, value, "a date (YYYY-MM-DD)");
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequest(parameter, "'" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    static int number(String parameter, String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        notEmpty(parameter, value, "a whole number");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest(parameter, "'" + value + "' is not a whole number");
        }
    }

    /** A yes/no parameter: true or false, missing means false. */
    static boolean flag(String parameter, String value) {
        if (value == null || "false".equals(value)) {
            return false;
        }
        if ("true".equals(value)) {
            return true;
        }
        throw new BadRequest(parameter, "'" + (value.length() > 20 ? value.substring(0, 20) + "…" : value)
                + "' is neither true nor false");
    }

    /**
     * An empty number, date or yes/no ({@code ?page=}) is a mistake, not a missing one: the OpenAPI allows empty
     * values for texts only (as contract validators read it).
     */
    private static void notEmpty(String parameter, String value, String expected) {
        if (value.isEmpty()) {
            throw new BadRequest(parameter, "is empty: leave it out or give " + expected);
        }
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new BadRequest("body", "a JSON request body is required");
        }
        return body;
    }
}
