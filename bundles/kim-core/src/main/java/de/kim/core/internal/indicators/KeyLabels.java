package de.kim.core.internal.indicators;

import de.kim.api.DirectoryService;
import de.kim.api.model.Dimension;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.ResidenceTitle;
import de.kim.api.model.TargetGroup;
import de.kim.api.model.TopicArea;

/** Readable labels of dimension values: municipality names, Rechtskreise, residence titles. */
final class KeyLabels {
    private final DirectoryService directory;

    KeyLabels(DirectoryService directory) {
        this.directory = directory;
    }

    /** Labels for the values of one dimension; municipality names are read once. */
    java.util.function.Function<String, String> of(Dimension by) {
        if (by == Dimension.MUNICIPALITY) {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            directory.municipalities(false).forEach(m -> names.put(m.ags(), m.name()));
            return key -> key.isEmpty() ? label(by, key) : names.getOrDefault(key, key);
        }
        return key -> label(by, key);
    }

    String label(Dimension by, String key) {
        if (key.isEmpty()) {
            return by == null ? "Gesamt / total" : "unbekannt / unknown";
        }
        try {
            return switch (by) {
                case LEGAL_DOMAIN -> LegalDomain.valueOf(key).displayName();
                case RESIDENCE_STATUS -> ResidenceTitle.valueOf(key).displayName();
                case TOPIC_AREA -> TopicArea.valueOf(key).displayName();
                case TARGET_GROUP -> TargetGroup.valueOf(key).displayName();
                default -> key;
            };
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
