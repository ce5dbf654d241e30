package de.kim.api.model;

/**
 * A topic area (Handlungsfeld) of case management and of the services offered in the directory.
 */
public enum TopicArea {
    RESIDENCE("Aufenthalt"),
    WORK("Arbeit und Ausbildung"),
    LANGUAGE("Sprache"),
    HOUSING("Wohnen"),
    HEALTH("Gesundheit"),
    CHILDCARE("Kinderbetreuung"),
    EDUCATION("Bildung"),
    COUNSELLING("Beratung");

    private final String displayName;

    TopicArea(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * The topic area with this code.
     *
     * @throws InvalidCodeException if no topic area has this code
     */
    public static TopicArea fromCode(String code) {
        for (TopicArea area : values()) {
            if (area.name().equals(code)) {
                return area;
            }
        }
        throw new InvalidCodeException("topicArea", code, values());
    }
}
