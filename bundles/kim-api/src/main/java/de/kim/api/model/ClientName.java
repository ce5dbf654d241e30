package de.kim.api.model;

import java.time.LocalDate;

/**
 * How a case names its client in lists: family name, given names and date of birth. Only callers who may see
 * the client's identity get it.
 *
 * @param familyName  family name(s)
 * @param givenNames  given name(s), may be null
 * @param dateOfBirth date of birth
 */
public record ClientName(String familyName, String givenNames, LocalDate dateOfBirth) {
}
