package de.kim.api.steering;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the coordination enters for a municipality and period of the needs assessment.
 *
 * @param allocationsAnnounced  persons the Bezirksregierung announced for allocation in the period
 * @param familyReunifications  expected family reunifications
 * @param languageCoursePlaces  places in integration courses available locally
 * @param childcarePlacesMissing childcare places missing for newcomer children
 * @param localConditions       local conditions as text (housing, transport, services)
 * @param version               for optimistic locking; null on the first entry
 */
public record EnteredNeeds(@Schema(minimum = "0") Integer allocationsAnnounced, @Schema(minimum = "0") Integer familyReunifications,
        @Schema(minimum = "0") Integer languageCoursePlaces, @Schema(minimum = "0") Integer childcarePlacesMissing,
        @Schema(maxLength = 4000) String localConditions, Long version) {

    public static EnteredNeeds none() {
        return new EnteredNeeds(null, null, null, null, null, null);
    }
}
