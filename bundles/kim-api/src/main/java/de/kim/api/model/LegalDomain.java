package de.kim.api.model;

/**
 * A legal domain (Rechtskreis). The constant names are the stable codes clients send.
 */
public enum LegalDomain {
    AsylbLG("AsylbLG", "Asylbewerberleistungsgesetz"),
    SGB2("SGB II", "Grundsicherung für Arbeitsuchende"),
    SGB3("SGB III", "Arbeitsförderung"),
    SGB8("SGB VIII", "Kinder- und Jugendhilfe"),
    SGB12("SGB XII", "Sozialhilfe"),
    AufenthG("AufenthG", "Aufenthaltsgesetz"),
    StAG("StAG", "Staatsangehörigkeitsgesetz");

    private final String displayName;
    private final String title;

    LegalDomain(String displayName, String title) {
        this.displayName = displayName;
        this.title = title;
    }

    /** The stable code, e.g. {@code SGB2}. */
    public String code() {
        return name();
    }

    /** The name practitioners write, e.g. "SGB II". */
    public String displayName() {
        return displayName;
    }

    /** The full German title of the law. */
    public String title() {
        return title;
    }

    /**
     * The legal domain with this code.
     *
     * @throws InvalidCodeException if no legal domain has this code
     */
    public static LegalDomain fromCode(String code) {
        for (LegalDomain domain : values()) {
            if (domain.name().equals(code)) {
                return domain;
            }
        }
        throw new InvalidCodeException("legalDomain", code, values());
    }
}
