package de.kim.imports.internal;

import de.kim.api.access.Caller;
import de.kim.api.connect.ImportMapping;
import de.kim.api.connect.RowError;
import de.kim.api.model.Case;
import de.kim.api.model.Client;
import de.kim.api.model.TargetGroup;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rows of a list into clients (and cases) by a mapping, and says for every bad row which
 * column, which value and why. Checks what can be checked without writing; the core checks the rest
 * when the client is created (a dry run tries that too, and rolls back).
 */
final class ClientRows {

    /** A row that can be imported. */
    record Candidate(long line, String key, Client client, Case kimCase) {
    }

    private final ImportMapping mapping;
    private final Caller caller;
    private final Set<String> municipalities;
    private final LocalDate today;
    private final Map<String, String> columnOf = new HashMap<>();
    private final List<DateTimeFormatter> dates = new ArrayList<>();

    ClientRows(ImportMapping mapping, Caller caller, Set<String> municipalities, LocalDate today) {
        this.mapping = mapping;
        this.caller = caller;
        this.municipalities = municipalities;
        this.today = today;
        mapping.columns().forEach((column, field) -> columnOf.put(field, column));
        String pattern = mapping.dateFormat() == null ? "dd.MM.uuuu" : mapping.dateFormat().replace('y', 'u');
        dates.add(DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT));
        dates.add(DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));
        dates.add(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** The mapped columns the list lacks. */
    List<String> missingColumns(List<String> headings) {
        List<String> missing = new ArrayList<>();
        for (String column : mapping.columns().keySet()) {
            if (!headings.contains(column)) {
                missing.add(column);
            }
        }
        if (!headings.contains(mapping.key())) {
            missing.add(mapping.key());
        }
        return missing;
    }

    /** The row as a candidate, or its errors added to {@code errors}. */
    Optional<Candidate> read(ListFile.Row row, List<RowError> errors) {
        List<RowError> found = new ArrayList<>();
        String key = raw(row, mapping.key());
        if (key.isEmpty()) {
            found.add(new RowError(row.line(), mapping.key(), key, "the key is empty"));
        } else if (key.length() > 100) {
            found.add(new RowError(row.line(), mapping.key(), key.substring(0, 40) + "…", "the key is longer than 100"));
        }
        String family = text(row, "familyName");
        if (family.isEmpty()) {
            found.add(error(row, "familyName", "", "the family name is required"));
        } else if (family.length() > 200) {
            found.add(error(row, "familyName", family, "longer than 200 characters"));
        }
        String given = text(row, "givenNames");
        if (given.length() > 200) {
            found.add(error(row, "givenNames", given, "longer than 200 characters"));
        }
        LocalDate born = date(row, "dateOfBirth", true, found);
        if (born != null && (born.isAfter(today) || born.isBefore(today.minusYears(120)))) {
            found.add(error(row, "dateOfBirth", text(row, "dateOfBirth"), "not a possible date of birth"));
            born = null;
        }
        String nationality = text(row, "nationality").toUpperCase(Locale.ROOT);
        if (!nationality.isEmpty() && !nationality.matches("[A-Z]{3}")) {
            found.add(error(row, "nationality", raw(row, columnOf.get("nationality")),
                    "not an ISO 3166 alpha-3 code (e.g. SYR) and not in the mapping's values"));
        }
        List<String> languages = text(row, "languages").isEmpty() ? List.of()
                : Arrays.stream(text(row, "languages").split("[,;/ ]+")).map(s -> s.toLowerCase(Locale.ROOT))
                        .filter(s -> !s.isEmpty()).toList();
        for (String language : languages) {
            if (!language.matches("[a-z]{2,3}")) {
                found.add(error(row, "languages", language, "not an ISO 639 code (e.g. ar, uk)"));
            }
        }
        String email = text(row, "email");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            found.add(error(row, "email", email, "not an e-mail address"));
        }
        String phone = text(row, "phone");
        if (phone.length() > 40) {
            found.add(error(row, "phone", phone, "longer than 40 characters"));
        }
        String ags = text(row, "municipality");
        if (ags.isEmpty() && mapping.municipality() != null) {
            ags = mapping.municipality();
        }
        if (!ags.matches("[0-9]{8}") || !municipalities.contains(ags)) {
            found.add(error(row, "municipality", raw(row, columnOf.get("municipality")),
                    "not a municipality of the district (an AGS of 8 digits, or a name in the mapping's values)"));
        } else if (!caller.covers(ags)) {
            found.add(error(row, "municipality", raw(row, columnOf.get("municipality")),
                    "outside your municipality: you may import only your own clients"));
        }
        LocalDate arrival = date(row, "arrivalDate", false, found);
        if (arrival != null && born != null && arrival.isBefore(born)) {
            found.add(error(row, "arrivalDate", text(row, "arrivalDate"), "before the date of birth"));
        }
        Boolean employable = yesNo(row, "employable", found);
        Case kimCase = null;
        String group = text(row, "case.targetGroup");
        if (!group.isEmpty() || columnOf.containsKey("case.caseManager") && !text(row, "case.caseManager").isEmpty()) {
            TargetGroup target = targetGroup(group);
            if (target == null) {
                found.add(error(row, "case.targetGroup", raw(row, columnOf.get("case.targetGroup")),
                        "not a target group (" + Arrays.toString(TargetGroup.values()) + " or its German name)"));
            }
            String manager = text(row, "case.caseManager").isEmpty() ? caller.user() : text(row, "case.caseManager");
            LocalDate opened = date(row, "case.opened", false, found);
            if (opened != null && opened.isAfter(today)) {
                found.add(error(row, "case.opened", text(row, "case.opened"), "lies in the future"));
            }
            kimCase = new Case(null, null, ags, manager, target, null, null, opened, null, null, null, null, null, null);
        }
        if (!found.isEmpty()) {
            errors.addAll(found);
            return Optional.empty();
        }
        Client client = new Client(null, family, given.isEmpty() ? null : given, born,
                nationality.isEmpty() ? null : nationality, languages, phone.isEmpty() ? null : phone,
                email.isEmpty() ? null : email, ags, arrival, employable, null, null);
        return Optional.of(new Candidate(row.line(), key, client, kimCase));
    }

    /** The cell of {@code field}'s column, through the mapping's values. */
    private String text(ListFile.Row row, String field) {
        String column = columnOf.get(field);
        if (column == null) {
            return "";
        }
        String value = raw(row, column);
        Map<String, String> codes = mapping.values().get(field);
        if (codes != null && !value.isEmpty()) {
            String code = codes.get(value);
            if (code == null) {
                code = codes.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(value))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            if (code != null) {
                return code.strip();
            }
        }
        return value;
    }

    private static String raw(ListFile.Row row, String column) {
        String value = column == null ? null : row.cells().get(column);
        return value == null ? "" : value.strip();
    }

    private LocalDate date(ListFile.Row row, String field, boolean required, List<RowError> found) {
        String value = text(row, field);
        if (value.isEmpty()) {
            if (required) {
                found.add(error(row, field, "", "is required"));
            }
            return null;
        }
        for (DateTimeFormatter format : dates) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        found.add(error(row, field, value, "not a date (" + (mapping.dateFormat() == null ? "dd.MM.yyyy"
                : mapping.dateFormat()) + ")"));
        return null;
    }

    private Boolean yesNo(ListFile.Row row, String field, List<RowError> found) {
        String value = text(row, field).toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return null;
        }
        if (Set.of("ja", "j", "yes", "y", "true", "1", "x").contains(value)) {
            return true;
        }
        if (Set.of("nein", "n", "no", "false", "0").contains(value)) {
            return false;
        }
        found.add(error(row, field, value, "ja or nein"));
        return null;
    }

    private static TargetGroup targetGroup(String value) {
        for (TargetGroup g : TargetGroup.values()) {
            if (g.name().equalsIgnoreCase(value) || g.displayName().equalsIgnoreCase(value)) {
                return g;
            }
        }
        return null;
    }

    private RowError error(ListFile.Row row, String field, String value, String reason) {
        return new RowError(row.line(), columnOf.getOrDefault(field, field), value, reason);
    }
}
