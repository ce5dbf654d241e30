package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A procedure (CMMN vocabulary: stages, tasks, milestones, entry and exit criteria) contributed by
 * an extension.
 *
 * @param definition the definition as declared (entry, exit, stages, milestones)
 */
public record ProcedureDefinition(String id, String version,
        @Schema(description = "texts by language: de, en") Map<String, String> label,
        @Schema(description = "entry, exit, stages, milestones as declared") Map<String, Object> definition,
        Provenance provenance, boolean active) {
}
