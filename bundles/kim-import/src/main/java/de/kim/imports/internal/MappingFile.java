package de.kim.imports.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.connect.ImportMapping;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads and checks a mapping file (JSON, the fields of {@link ImportMapping}). */
final class MappingFile {
    static final Set<String> FIELDS = Set.of("familyName", "givenNames", "dateOfBirth", "nationality", "languages",
            "phone", "email", "municipality", "arrivalDate", "employable", "case.targetGroup", "case.caseManager",
            "case.opened");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MappingFile() {
    }

    static ImportMapping parse(byte[] json) {
        ImportMapping m;
        try {
            m = JSON.readValue(json, ImportMapping.class);
        } catch (JsonProcessingException e) {
            throw new ValidationException(List.of(new Violation("mapping", "not a mapping file: "
                    + e.getOriginalMessage())));
        } catch (java.io.IOException e) {
            throw new ValidationException(List.of(new Violation("mapping", "cannot be read: " + e.getMessage())));
        }
        return check(m);
    }

    static ImportMapping check(ImportMapping m) {
        List<Violation> v = new ArrayList<>();
        if (m == null) {
            throw new ValidationException(List.of(new Violation("mapping", "is required")));
        }
        if (m.source() == null || !m.source().matches("[A-Za-z0-9._-]{1,100}")) {
            v.add(new Violation("mapping.source", "name the list: 1 to 100 letters, digits, . _ - (with the key it"
                    + " makes each row's external key)"));
        }
        if (m.key() == null || m.key().isBlank()) {
            v.add(new Violation("mapping.key", "name the column with each row's own number or key"));
        }
        m.columns().forEach((column, field) -> {
            if (!FIELDS.contains(field)) {
                v.add(new Violation("mapping.columns", "'" + column + "' → '" + field + "': not a field; fields: "
                        + String.join(", ", FIELDS.stream().sorted().toList())));
            }
        });
        for (String required : List.of("familyName", "dateOfBirth")) {
            if (!m.columns().containsValue(required)) {
                v.add(new Violation("mapping.columns", "no column is mapped to " + required));
            }
        }
        if (!m.columns().containsValue("municipality") && (m.municipality() == null || m.municipality().isBlank())) {
            v.add(new Violation("mapping.municipality", "map a column to municipality or give the AGS of all rows"));
        }
        if (m.municipality() != null && !m.municipality().isBlank() && !m.municipality().matches("[0-9]{8}")) {
            v.add(new Violation("mapping.municipality", "is an AGS of 8 digits"));
        }
        m.values().keySet().forEach(field -> {
            if (!FIELDS.contains(field)) {
                v.add(new Violation("mapping.values", "'" + field + "' is not a field"));
            }
        });
        if (m.dateFormat() != null) {
            try {
                DateTimeFormatter.ofPattern(m.dateFormat());
            } catch (IllegalArgumentException e) {
                v.add(new Violation("mapping.dateFormat", "'" + m.dateFormat() + "' is not a date pattern"));
            }
        }
        if (m.separator() != null && m.separator().length() > 1 && !m.separator().equals("\\t")
                && !m.separator().equalsIgnoreCase("tab")) {
            v.add(new Violation("mapping.separator", "one character, or tab"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return m;
    }
}
