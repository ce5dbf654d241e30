package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * A form contributed by an extension: JSON Schema for its data, a layout with German and English
 * labels, optional FIM data-field ids ({@code x-fim-id} in the schema).
 *
 * @param id         stable id, e.g. {@code hallenberg.intake}
 * @param version    the definition's own version
 * @param label      labels by language ({@code de}, {@code en})
 * @param schema     the JSON Schema of a submission's data
 * @param layout     fields in display order: {@code field}, {@code label} (de/en), optional {@code visibleIf} rule
 * @param hash       SHA-256 of the definition as declared; stored with every submission
 * @param provenance the bundle that declared it
 * @param active     false once its bundle stopped: older submissions stay readable, new ones are refused
 * @param municipalities AGS of the towns whose cases the form is for; empty: every town
 * @param legalDomains   Rechtskreise whose clients the form is for (a period in one of them, past or present);
 *                       empty: every client
 */
public record FormDefinition(String id, String version,
        @Schema(description = "texts by language: de, en") Map<String, String> label,
        @Schema(description = "JSON Schema of the data; x-fim-id marks FIM data fields") Map<String, Object> schema,
        List<Map<String, Object>> layout, String hash, Provenance provenance, boolean active,
        @Schema(description = "AGS of the municipalities whose cases the form is for; empty: every municipality") List<String> municipalities,
        @Schema(description = "Rechtskreise whose clients the form is for (a period in one of them, past or present);"
                + " empty: every client") List<LegalDomain> legalDomains) {

    public FormDefinition {
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
        legalDomains = legalDomains == null ? List.of() : List.copyOf(legalDomains);
    }

    /** A form for clients of every Rechtskreis (the form before release 1.8 of the model). */
    public FormDefinition(String id, String version, Map<String, String> label, Map<String, Object> schema,
            List<Map<String, Object>> layout, String hash, Provenance provenance, boolean active,
            List<String> municipalities) {
        this(id, version, label, schema, layout, hash, provenance, active, municipalities, List.of());
    }

    /** A form for every municipality (the form before release 1.7 of the model). */
    public FormDefinition(String id, String version, Map<String, String> label, Map<String, Object> schema,
            List<Map<String, Object>> layout, String hash, Provenance provenance, boolean active) {
        this(id, version, label, schema, layout, hash, provenance, active, List.of());
    }

    /** Whether the form is for cases of the municipality {@code ags}. */
    public boolean appliesTo(String ags) {
        return municipalities.isEmpty() || ags != null && municipalities.contains(ags);
    }

    /** Whether the form is for a case of the municipality {@code ags} whose client had periods in {@code domains}. */
    public boolean appliesTo(String ags, java.util.Collection<LegalDomain> domains) {
        return appliesTo(ags) && (legalDomains.isEmpty() || domains.stream().anyMatch(legalDomains::contains));
    }
}
