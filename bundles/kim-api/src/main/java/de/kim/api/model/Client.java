package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A person supported by KIM, identified by a pseudonymous id that says nothing about the person.
 *
 * @param id           pseudonymous id assigned by the platform (e.g. {@code K-7QF3M2XA}); ignored on create
 * @param familyName   family name(s)
 * @param givenNames   given name(s)
 * @param dateOfBirth  date of birth
 * @param nationality  ISO 3166-1 alpha-3 code, e.g. {@code SYR}, {@code UKR}, or {@code XXA} (stateless)
 * @param languages    languages spoken, ISO 639 codes, e.g. {@code ar}, {@code uk}
 * @param phone        contact phone, may be null
 * @param email        contact e-mail, may be null
 * @param municipality AGS of the municipality the person lives in
 * @param arrivalDate  date of arrival in Germany, may be null
 * @param employable   whether the person is able to work (erwerbsfähig, §8 SGB II); decides SGB II vs SGB XII
 * @param address      postal address (street and number, postal code, town), may be null
 * @param household    links to other clients of the same household
 * @param version      for optimistic locking: send back the version you read
 */
public record Client(@Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
        @Schema(description = "required to register a person; null in a pseudonymised view") String familyName,
        String givenNames,
        @Schema(description = "required to register a person; null in a pseudonymised view") LocalDate dateOfBirth,
        @Schema(pattern = "^[A-Z]{3}$") String nationality, List<String> languages, String phone, String email,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[0-9]{8}$") String municipality,
        LocalDate arrivalDate, Boolean employable, Address address,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<HouseholdLink> household, Long version) {

    public Client {
        languages = languages == null ? List.of() : List.copyOf(languages);
        household = household == null ? List.of() : List.copyOf(household);
    }

    /** A client without an address (the form before release 1.7 of the model). */
    public Client(String id, String familyName, String givenNames, LocalDate dateOfBirth, String nationality,
            List<String> languages, String phone, String email, String municipality, LocalDate arrivalDate,
            Boolean employable, List<HouseholdLink> household, Long version) {
        this(id, familyName, givenNames, dateOfBirth, nationality, languages, phone, email, municipality, arrivalDate,
                employable, null, household, version);
    }
}
