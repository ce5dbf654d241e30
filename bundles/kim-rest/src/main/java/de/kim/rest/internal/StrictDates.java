package de.kim.rest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Calendar dates of the API as the OpenAPI declares them: a string {@code YYYY-MM-DD} between
 * 1900-01-01 and 2100-12-31 ({@link de.kim.api.InputRules}). Jackson's own reading took a number as days since 1970
 * ({@code 100000} → 2243-10-17), an array as year, month and day, and any year the database cannot store
 * ({@code +10000-01-01} ended in a 500); each of these is a 400 naming the field.
 */
final class StrictDates extends JsonDeserializer<LocalDate> {
    static final String EARLIEST = de.kim.api.InputRules.EARLIEST.toString();
    static final String LATEST = de.kim.api.InputRules.LATEST.toString();
    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** The module that reads every {@link LocalDate} so. */
    static SimpleModule module() {
        return new SimpleModule("kim-strict-dates").addDeserializer(LocalDate.class, new StrictDates());
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw InvalidFormatException.from(p, "a date is a string YYYY-MM-DD", p.getText(), LocalDate.class);
        }
        String text = p.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate day = null;
        if (SHAPE.matcher(text).matches()) {
            try {
                day = LocalDate.parse(text, ISO);
            } catch (DateTimeParseException e) {
                day = null;
            }
        }
        if (day == null || !de.kim.api.InputRules.inRange(day)) {
            throw InvalidFormatException.from(p, "not a date between " + EARLIEST + " and " + LATEST, text,
                    LocalDate.class);
        }
        return day;
    }
}
