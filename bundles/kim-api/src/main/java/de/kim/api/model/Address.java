package de.kim.api.model;

/**
 * A postal address.
 */
public record Address(String street, String postalCode, String city) {
}
