package de.kim.api.model;

/**
 * Purposes for which a client consents to data being passed to another office (§67b SGB X).
 */
public enum Purpose {
    HANDOVER("Übergabe bei Rechtskreiswechsel"),
    BENEFITS("Leistungsantrag"),
    RESIDENCE("Aufenthaltsrechtliche Angelegenheiten"),
    WORK("Arbeit und Ausbildung"),
    LANGUAGE("Sprachförderung"),
    YOUTH("Kinder- und Jugendhilfe"),
    HEALTH("Gesundheit"),
    COUNSELLING("Beratung");

    private final String displayName;

    Purpose(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
