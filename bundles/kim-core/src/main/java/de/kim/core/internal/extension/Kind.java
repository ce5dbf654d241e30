package de.kim.core.internal.extension;

/** The kinds of declarative content, each a folder under {@code KIM-INF/}. */
public enum Kind {
    FORM("forms"), PROCEDURE("procedures"), INDICATOR("indicators");

    private final String folder;

    Kind(String folder) {
        this.folder = folder;
    }

    public String folder() {
        return folder;
    }

    public String word() {
        return name().toLowerCase();
    }
}
