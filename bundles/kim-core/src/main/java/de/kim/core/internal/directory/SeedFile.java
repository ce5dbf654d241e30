package de.kim.core.internal.directory;

import de.kim.api.model.Address;
import de.kim.api.model.District;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.OfficeKind;
import de.kim.api.model.TopicArea;
import java.time.LocalDate;
import java.util.List;

/**
 * The format of a directory seed file (JSON): a district with its municipalities, offices and
 * services. Offices carry a {@code ref} that services name as their provider.
 */
record SeedFile(District district, List<SeedMunicipality> municipalities, List<SeedOffice> offices,
        List<SeedService> services) {

    SeedFile {
        municipalities = municipalities == null ? List.of() : municipalities;
        offices = offices == null ? List.of() : offices;
        services = services == null ? List.of() : services;
    }

    record SeedMunicipality(String ags, String name, int population, LocalDate populationDate,
            boolean kimParticipant) {
    }

    record SeedOffice(String ref, String name, OfficeKind kind, List<LegalDomain> legalDomains,
            List<String> municipalities, Address address) {
    }

    record SeedService(String name, String provider, TopicArea topicArea, List<String> municipalities,
            String description) {
    }
}
