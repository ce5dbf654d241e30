package de.kim.api.model;

/**
 * The kind of an office. The constant names are the stable codes clients send.
 */
public enum OfficeKind {
    ABH("Ausländerbehörde", true),
    EBH("Einbürgerungsbehörde", true),
    JOBCENTER("Jobcenter", true),
    AGENTUR("Agentur für Arbeit", true),
    SOZIALAMT("Sozialamt", true),
    JUGENDAMT("Jugendamt", true),
    KI("Kommunales Integrationszentrum", false),
    MBE("Migrationsberatung für erwachsene Zugewanderte", false),
    JMD("Jugendmigrationsdienst", false),
    PROVIDER("Sonstiger Träger", false);

    private final String displayName;
    private final boolean authority;

    OfficeKind(String displayName, boolean authority) {
        this.displayName = displayName;
        this.authority = authority;
    }

    public String code() {
        return name();
    }

    /** The German name of this kind of office. */
    public String displayName() {
        return displayName;
    }

    /** Whether offices of this kind are public authorities that decide in a legal domain. */
    public boolean isAuthority() {
        return authority;
    }

    /**
     * The office kind with this code.
     *
     * @throws InvalidCodeException if no office kind has this code
     */
    public static OfficeKind fromCode(String code) {
        for (OfficeKind kind : values()) {
            if (kind.name().equals(code)) {
                return kind;
            }
        }
        throw new InvalidCodeException("kind", code, values());
    }
}
