package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A monitoring indicator: a numerator and optionally a denominator, each a count over facts of the
 * core model (cases, clients, periods, residence statuses, referrals, goals, form fields).
 *
 * @param definition the definition as declared (numerator, denominator, filters)
 * @param dimensions the dimensions it can be broken down by
 * @param computed   true if a bundle's Java code computes it
 */
public record IndicatorDefinition(String id, String version,
        @Schema(description = "texts by language: de, en") Map<String, String> label,
        @Schema(description = "numerator and denominator: fact, filter (JsonLogic), date", type = "object",
                additionalProperties = Schema.AdditionalPropertiesValue.TRUE) Map<String, Object> definition,
        List<Dimension> dimensions, boolean computed, Provenance provenance, boolean active) {
}
