package de.kim.api.model;

import java.util.Map;

/**
 * A procedure (CMMN vocabulary: stages, tasks, milestones, entry and exit criteria) contributed by
 * an extension.
 *
 * @param definition the definition as declared (entry, exit, stages, milestones)
 */
public record ProcedureDefinition(String id, String version, Map<String, String> label, Map<String, Object> definition,
        Provenance provenance, boolean active) {
}
