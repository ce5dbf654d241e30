package de.kim.api.steering;

/** What a KIM post is for (Baustein 1, 2 and 3 of the funding rule). */
public enum PostRole {
    COORDINATOR("Koordination (Baustein 1)"),
    CASE_MANAGER("Case Management (Baustein 2)"),
    ABH_EBH("Ausländer- und Einbürgerungsbehörde (Baustein 3)");

    private final String displayName;

    PostRole(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
