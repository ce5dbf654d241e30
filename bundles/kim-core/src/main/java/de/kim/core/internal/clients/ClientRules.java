package de.kim.core.internal.clients;

import de.kim.api.Violation;
import de.kim.api.model.Ags;
import de.kim.api.model.Client;
import de.kim.core.internal.directory.AddressRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rules a client's master data keep. Pure: the caller says which municipalities exist.
 */
final class ClientRules {
    static final int MAX_LANGUAGES = 20;
    private ClientRules() {
    }

    static List<Violation> check(Client c, Predicate<String> municipalityExists, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        if (c.familyName() == null || c.familyName().isBlank()) {
            v.add(new Violation("familyName", "must not be blank"));
        } else if (c.familyName().length() > 200) {
            v.add(new Violation("familyName", "must be at most 200 characters"));
        }
        if (c.givenNames() != null && c.givenNames().length() > 200) {
            v.add(new Violation("givenNames", "must be at most 200 characters"));
        }
        for (String[] name : new String[][] {{"familyName", c.familyName()}, {"givenNames", c.givenNames()}}) {
            if (name[1] != null && !isPrintableName(name[1])) {
                v.add(new Violation(name[0], "must not contain control or text-direction characters"));
            }
        }
        if (c.dateOfBirth() == null) {
            v.add(new Violation("dateOfBirth", "is required"));
        } else if (c.dateOfBirth().isAfter(today) || c.dateOfBirth().isBefore(LocalDate.of(1900, 1, 1))) {
            v.add(new Violation("dateOfBirth", "must lie between 1900-01-01 and today"));
        }
        if (c.nationality() != null && !c.nationality().matches("[A-Z]{3}")) {
            v.add(new Violation("nationality", "must be an ISO 3166-1 alpha-3 code such as SYR, UKR, XXA"));
        }
        if (c.languages().size() > MAX_LANGUAGES) {
            v.add(new Violation("languages", "at most " + MAX_LANGUAGES + " languages (has " + c.languages().size() + ")"));
        }
        for (int i = 0; i < Math.min(c.languages().size(), MAX_LANGUAGES); i++) {
            String language = c.languages().get(i);
            if (language == null || !language.matches("[a-z]{2,3}")) {
                v.add(new Violation("languages[" + i + "]", "must be an ISO 639 code such as ar, uk, de"));
            }
        }
        if (c.email() != null && !c.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            v.add(new Violation("email", "is not an e-mail address"));
        }
        if (c.address() != null) {
            AddressRule.check(c.address(), v);
        }
        if (!Ags.isWellFormed(c.municipality())) {
            v.add(new Violation("municipality", "must be the AGS (8 digits) of the municipality of residence"));
        } else if (!municipalityExists.test(c.municipality())) {
            v.add(new Violation("municipality", "no municipality with AGS " + c.municipality() + " in the directory"));
        }
        if (c.arrivalDate() != null && (c.arrivalDate().isAfter(today)
                || c.dateOfBirth() != null && c.arrivalDate().isBefore(c.dateOfBirth()))) {
            v.add(new Violation("arrivalDate", "must lie between the date of birth and today"));
        }
        return v;
    }

    /**
     * Whether a name holds only characters a person's name can have: no control characters (tabs, line
     * breaks, the null character) and no invisible formatting that changes how a name reads or sorts
     * (bidirectional overrides and isolates, zero-width characters), which let one name pose as another.
     */
    static boolean isPrintableName(String name) {
        return name.codePoints().noneMatch(cp -> Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.FORMAT && cp != 0x200C && cp != 0x200D
                || Character.getType(cp) == Character.PRIVATE_USE || Character.getType(cp) == Character.UNASSIGNED
                || Character.getType(cp) == Character.LINE_SEPARATOR || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR);
    }
}
