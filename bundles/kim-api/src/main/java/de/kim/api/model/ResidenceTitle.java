package de.kim.api.model;

/**
 * Residence titles and statuses (Aufenthaltstitel and -status). Constant names are stable codes.
 */
public enum ResidenceTitle {
    GESTATTUNG("Aufenthaltsgestattung (§55 AsylG)"),
    DULDUNG("Duldung (§60a AufenthG)"),
    P104C("Chancen-Aufenthaltsrecht (§104c AufenthG)"),
    P25A("Aufenthaltserlaubnis für gut integrierte Jugendliche und junge Volljährige (§25a AufenthG)"),
    P25B("Aufenthaltserlaubnis bei nachhaltiger Integration (§25b AufenthG)"),
    P24("Aufenthaltserlaubnis zum vorübergehenden Schutz (§24 AufenthG)"),
    P25_1("Aufenthaltserlaubnis als Asylberechtigte/r (§25 Abs. 1 AufenthG)"),
    P25_2("Aufenthaltserlaubnis als Flüchtling oder subsidiär Schutzberechtigte/r (§25 Abs. 2 AufenthG)"),
    P25_3("Aufenthaltserlaubnis bei Abschiebungsverbot (§25 Abs. 3 AufenthG)"),
    NIEDERLASSUNG("Niederlassungserlaubnis (§9, §26 AufenthG)"),
    OTHER_PERMIT("Sonstige Aufenthaltserlaubnis"),
    EU_FREIZUEGIGKEIT("Freizügigkeit (FreizügG/EU)"),
    DEUTSCH("Deutsche Staatsangehörigkeit");

    private final String displayName;

    ResidenceTitle(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
