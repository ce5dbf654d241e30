package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A postal address.
 *
 * @param street     street and house number
 * @param postalCode German postal code (PLZ), five digits
 * @param city       town
 */
public record Address(@Schema(maxLength = 200) String street,
        @Schema(pattern = "^[0-9]{5}$") String postalCode, @Schema(maxLength = 100) String city) {
}
