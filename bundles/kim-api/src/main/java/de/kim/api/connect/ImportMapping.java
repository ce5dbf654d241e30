package de.kim.api.connect;

import java.util.Map;

/**
 * How the columns of a list become clients (and cases). Fields: {@code familyName, givenNames,
 * dateOfBirth, nationality, languages, phone, email, municipality, arrivalDate, employable} and, to open
 * a case with the client, {@code case.targetGroup, case.caseManager, case.opened}.
 *
 * @param source       the list's name: with the key column it makes the external key of a row
 * @param key          the column with each row's own key (e.g. "Lfd. Nr."): a second run skips rows it imported
 * @param columns      column heading → field
 * @param values       field → (value in the list → code), e.g. {@code nationality: {syrisch: SYR}}
 * @param municipality the AGS of rows whose municipality is empty or not mapped, may be null
 * @param dateFormat   the pattern of dates (default {@code dd.MM.yyyy}; ISO dates are read too)
 * @param separator    the column separator of a CSV file (default: {@code ;} or what the heading line uses)
 */
public record ImportMapping(String source, String key, Map<String, String> columns,
        Map<String, Map<String, String>> values, String municipality, String dateFormat, String separator) {

    public ImportMapping {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
