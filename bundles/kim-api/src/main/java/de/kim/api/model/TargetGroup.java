package de.kim.api.model;

/**
 * Target groups of KIM case management; constant names are stable codes, display names German.
 */
public enum TargetGroup {
    ASYLUM_SEEKER("Asylsuchende"),
    RECOGNISED_REFUGEE("Anerkannte Geflüchtete"),
    TOLERATED("Geduldete"),
    YOUNG_ADULT("Junge Volljährige"),
    UNACCOMPANIED_MINOR("Unbegleitete Minderjährige"),
    TEMPORARY_PROTECTION("Vorübergehender Schutz (§24 AufenthG)"),
    EU_CITIZEN("Unionsbürgerinnen und Unionsbürger"),
    LONG_TERM_RESIDENT("Langjährig Ansässige"),
    OTHER("Sonstige");

    private final String displayName;

    TargetGroup(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
