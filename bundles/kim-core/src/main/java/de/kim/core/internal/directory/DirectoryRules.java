package de.kim.core.internal.directory;

import de.kim.api.Violation;
import de.kim.api.model.Ags;
import de.kim.api.model.Office;
import de.kim.api.model.ServiceOffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules every office and service in the directory keeps, checked before anything is written.
 * Pure: the caller says which municipalities exist.
 */
final class DirectoryRules {
    private final String districtKey;
    private final Set<String> knownMunicipalities;

    DirectoryRules(String districtKey, Set<String> knownMunicipalities) {
        this.districtKey = districtKey;
        this.knownMunicipalities = Set.copyOf(knownMunicipalities);
    }

    List<Violation> check(Office office) {
        List<Violation> violations = new ArrayList<>();
        requireName(office.name(), violations);
        if (office.kind() == null) {
            violations.add(new Violation("kind", "an office must have a kind"));
        }
        for (int i = 0; i < office.legalDomains().size(); i++) {
            if (office.legalDomains().get(i) == null) {
                violations.add(new Violation("legalDomains[" + i + "]", "must not be null"));
            }
        }
        if (office.address() != null) {
            AddressRule.check(office.address(), violations);
        }
        checkMunicipalities(office.municipalities(), violations);
        return violations;
    }

    List<Violation> check(ServiceOffer service) {
        List<Violation> violations = new ArrayList<>();
        requireName(service.name(), violations);
        if (service.providerOfficeId() == null) {
            violations.add(new Violation("providerOfficeId", "a service must name the office that provides it"));
        }
        if (service.topicArea() == null) {
            violations.add(new Violation("topicArea", "a service must have a topic area"));
        }
        checkMunicipalities(service.municipalities(), violations);
        return violations;
    }

    private static void requireName(String name, List<Violation> violations) {
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", "must not be blank"));
        } else if (name.length() > 255) {
            violations.add(new Violation("name", "must be at most 255 characters"));
        }
    }

    private void checkMunicipalities(List<String> agsKeys, List<Violation> violations) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < agsKeys.size(); i++) {
            String ags = agsKeys.get(i);
            String field = "municipalities[" + i + "]";
            if (!Ags.isWellFormed(ags)) {
                violations.add(new Violation(field, "'" + ags + "' is not an AGS (8 digits)"));
            } else if (!Ags.belongsTo(ags, districtKey)) {
                violations.add(new Violation(field, "AGS " + ags + " does not start with the district key " + districtKey));
            } else if (!knownMunicipalities.contains(ags)) {
                violations.add(new Violation(field, "no municipality with AGS " + ags + " in the directory"));
            } else if (!seen.add(ags)) {
                violations.add(new Violation(field, "AGS " + ags + " is listed twice"));
            }
        }
    }
}
