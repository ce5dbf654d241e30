package de.kim.core.internal.extension;

import de.kim.api.model.Provenance;
import java.util.Map;

/**
 * One definition read from an extension: as declared (labels resolved), checked, and compiled into
 * what its engine needs.
 *
 * @param raw          the definition with i18n label keys replaced by their de/en texts
 * @param resolvedJson {@code raw} as JSON, stored with the definition
 * @param hash         SHA-256 of the file as shipped
 * @param compiled     the engine's form of it ({@code CompiledForm}, {@code ProcedureModel}, {@code IndicatorModel})
 */
public record Declared(Kind kind, String id, String version, Map<String, String> label, Map<String, Object> raw,
        String resolvedJson, String hash, Provenance provenance, long bundleId, Object compiled) {

    public String describe() {
        return kind.word() + " " + id + " " + version;
    }
}
