package de.kim.rest.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Words for what a JSON field expects, so that an answer to malformed input names the shape (a date,
 * a number) and never a Java type.
 */
final class JsonShapes {
    private JsonShapes() {
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another shape";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a text";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD, from " + StrictDates.EARLIEST + " to " + StrictDates.LATEST + ")";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a time stamp (ISO 8601, e.g. 2025-04-01T09:30:00Z)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isEnum()) {
            return "a code";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of another shape";
    }

    /** A value from the request, shortened and without control characters, to quote in an answer. */
    static String quote(Object value) {
        String text = String.valueOf(value);
        if (text.length() > 60) {
            text = text.substring(0, 60) + "…";
        }
        return text.replaceAll("\\p{Cntrl}", "?");
    }
}
