package de.kim.api.model;

import java.time.LocalDate;

/**
 * Search for clients; null criteria match every client.
 *
 * @param name         words that each begin a part of the name; case, accents and umlauts are ignored
 *                     ("muller" finds "Müller", "Mueller" and "MÜLLER")
 * @param dateOfBirth  exact date of birth
 * @param municipality AGS of the municipality of residence
 * @param page         page number from 0
 * @param size         page size, 1 to 200
 */
public record ClientQuery(String name, LocalDate dateOfBirth, String municipality, int page, int size) {
}
