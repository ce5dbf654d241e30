package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A municipality (Stadt or Gemeinde) of the district, identified by its AGS.
 *
 * @param ags            the 8-digit official municipality key
 * @param name           the municipality's name
 * @param districtKey    the key of the district it belongs to
 * @param population     number of residents on {@code populationDate}
 * @param populationDate the reference date of {@code population}
 * @param kimParticipant whether the municipality takes part in KIM
 */
public record Municipality(@Schema(pattern = "^[0-9]{8}$") String ags, String name,
        @Schema(pattern = "^[0-9]{5}$") String districtKey, int population, LocalDate populationDate,
        boolean kimParticipant) {
}
