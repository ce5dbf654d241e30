package de.kim.core.internal.extension;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kim.api.DirectoryService;
import de.kim.api.KimException;
import de.kim.api.model.Office;
import de.kim.api.model.OfficeQuery;
import de.kim.api.model.ServiceOffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an extension's {@code KIM-INF/directory/*.json} ({@code offices}, {@code services} naming
 * their provider office by name) through the directory service. Entries already present by name are
 * left as they are; nothing is removed when the bundle stops, as cases may refer to them.
 */
final class LocalDirectory {
    private final DirectoryService directory;
    private final ObjectMapper json = new ObjectMapper();

    LocalDirectory(DirectoryService directory) {
        this.directory = directory;
    }

    void apply(Map<String, Object> file, List<String> contributions, List<String> errors) {
        for (Object o : list(file.get("offices"))) {
            try {
                Office office = json.convertValue(o, Office.class);
                Optional<Office> existing = find(office.name());
                Office result = existing.orElseGet(() -> directory.createOffice(office));
                contributions.add("office " + result.name() + " (" + result.id() + ")"
                        + (existing.isPresent() ? " already present" : ""));
            } catch (IllegalArgumentException | KimException e) {
                errors.add("directory office " + name(o) + ": " + e.getMessage());
            }
        }
        for (Object o : list(file.get("services"))) {
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> s = new java.util.HashMap<>((Map<String, Object>) o);
                Object provider = s.remove("providerOffice");
                Office office = find(String.valueOf(provider)).orElseThrow(() ->
                        new IllegalArgumentException("no office named '" + provider + "'"));
                s.put("providerOfficeId", office.id());
                ServiceOffer offer = json.convertValue(s, ServiceOffer.class);
                boolean present = directory.services(null).stream().anyMatch(x -> x.name().equals(offer.name()));
                if (!present) {
                    directory.createService(offer);
                }
                contributions.add("service " + offer.name() + (present ? " already present" : ""));
            } catch (IllegalArgumentException | ClassCastException | KimException e) {
                errors.add("directory service " + name(o) + ": " + e.getMessage());
            }
        }
    }

    private Optional<Office> find(String name) {
        return directory.offices(OfficeQuery.all()).stream().filter(x -> x.name().equals(name)).findFirst();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static String name(Object o) {
        return o instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : String.valueOf(o);
    }
}
