package de.kim.rest.internal;

import de.kim.api.model.Ags;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.OfficeKind;

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

    static <T> T body(T body) {
        if (body == null) {
            throw new BadRequest("body", "a JSON request body is required");
        }
        return body;
    }
}
