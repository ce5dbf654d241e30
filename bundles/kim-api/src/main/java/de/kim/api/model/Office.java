package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An office (Behörde, Dienststelle or provider) in the directory.
 *
 * @param id             assigned by the platform; ignored when an office is created
 * @param name           the office's name
 * @param kind           what kind of office it is
 * @param legalDomains   the legal domains (Rechtskreise) it serves
 * @param municipalities the AGS keys of the municipalities it is responsible for
 * @param address        where it is
 */
public record Office(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 255) String name,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OfficeKind kind, List<LegalDomain> legalDomains,
        List<String> municipalities, Address address) {

    public Office {
        legalDomains = legalDomains == null ? List.of() : List.copyOf(legalDomains);
        municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
    }
}
