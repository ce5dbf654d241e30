package de.kim.api.model;

/** What indicator values can be broken down by. */
public enum Dimension {
    MUNICIPALITY("municipality"), LEGAL_DOMAIN("legalDomain"), TARGET_GROUP("targetGroup"),
    RESIDENCE_STATUS("residenceStatus"), PERIOD("period"), TOPIC_AREA("topicArea");

    private final String code;

    Dimension(String code) {
        this.code = code;
    }

    /** The name used in queries, e.g. {@code ?by=legalDomain}. */
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for an unknown code */
    public static Dimension ofCode(String code) {
        for (Dimension d : values()) {
            if (d.code.equalsIgnoreCase(code) || d.name().equalsIgnoreCase(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dimension '" + code + "'");
    }
}
