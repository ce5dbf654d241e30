package de.kim.api.steering;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * A staff post of KIM (Stelle) in a municipality and office, with its holder and where it is placed.
 *
 * @param id            assigned by the platform
 * @param municipality  AGS of the municipality (or the district key 05958) the post serves
 * @param officeId      the office the post belongs to (e.g. the KI, the ABH)
 * @param role          COORDINATOR, CASE_MANAGER or ABH_EBH
 * @param fte           full-time equivalent, e.g. 0.5
 * @param funding       funding source, e.g. {@code KIM_RICHTLINIE}, {@code KOMMUNE}
 * @param placement     where the holder works (Einsatzort), e.g. "Rathaus Sundern"
 * @param holder        user name of the person holding it (the case manager of cases), null while vacant
 * @param holderName    the holder's name as shown to colleagues
 * @param from          first day
 * @param to            last day, null while it goes on
 * @param version       for optimistic locking
 */
public record Post(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[0-9]{5}([0-9]{3})?$") String municipality,
        Long officeId, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PostRole role,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Double fte, String funding, String placement,
        String holder, String holderName, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from,
        LocalDate to, Long version) {

    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
