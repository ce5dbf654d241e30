package de.kim.api.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Purposes for which a client consents to data being passed to another office (§67b SGB X). Each
 * purpose releases exactly the data it needs to the receiving office, and no more.
 */
public enum Purpose {
    HANDOVER("Übergabe bei Rechtskreiswechsel", EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT,
            DataCategory.RESIDENCE, DataCategory.LEGAL_DOMAINS, DataCategory.CASE, DataCategory.ASSESSMENTS,
            DataCategory.GOALS, DataCategory.FORMS, DataCategory.DOCUMENTS)),
    BENEFITS("Leistungsantrag", EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT, DataCategory.RESIDENCE,
            DataCategory.LEGAL_DOMAINS, DataCategory.DOCUMENTS)),
    RESIDENCE("Aufenthaltsrechtliche Angelegenheiten", EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT,
            DataCategory.RESIDENCE, DataCategory.DOCUMENTS)),
    NATURALISATION("Einbürgerung (StAG)", EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT,
            DataCategory.RESIDENCE, DataCategory.LEGAL_DOMAINS)),
    WORK("Arbeit und Ausbildung", EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT,
            DataCategory.LEGAL_DOMAINS, DataCategory.CASE)),
    LANGUAGE("Sprachförderung und Integrationskurs", EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT,
            DataCategory.RESIDENCE)),
    YOUTH("Kinder- und Jugendhilfe", EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT,
            DataCategory.RESIDENCE, DataCategory.LEGAL_DOMAINS, DataCategory.CASE, DataCategory.ASSESSMENTS)),
    EDUCATION("Schule und Kinderbetreuung", EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT,
            DataCategory.CASE)),
    HEALTH("Gesundheit und Krankenversicherung", EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT,
            DataCategory.LEGAL_DOMAINS)),
    COUNSELLING("Migrationsberatung (MBE/JMD)", EnumSet.of(DataCategory.IDENTITY, DataCategory.CONTACT,
            DataCategory.RESIDENCE, DataCategory.CASE));

    private final String displayName;
    private final Set<DataCategory> releases;

    Purpose(String displayName, Set<DataCategory> releases) {
        this.displayName = displayName;
        this.releases = Set.copyOf(releases);
    }

    public String displayName() {
        return displayName;
    }

    /** The data a referral for this purpose releases to the receiving office. */
    public Set<DataCategory> releases() {
        return releases;
    }
}
