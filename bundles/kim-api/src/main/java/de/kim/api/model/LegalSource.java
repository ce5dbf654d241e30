package de.kim.api.model;

/**
 * Where a rule of the platform comes from, so that a legal reviewer can check it.
 *
 * @param paragraph the provision, e.g. "§ 1 Abs. 3 Satz 1 AsylbLG"
 * @param version   the law's version the rule follows (promulgation or "Stand"), e.g. "i. d. F. vom 23.10.2024"
 * @param guidance  official guidance or a leading decision, e.g. "BSG, 09.03.2022, B 7/14 AS 79/20 R"; may be null
 * @param url       where the guidance or the provision can be read; may be null
 */
public record LegalSource(String paragraph, String version, String guidance, String url) {

    /** "§ 1 Abs. 3 AsylbLG, Stand …" as shown on the time axis and by kim:rules. */
    public String citation() {
        return paragraph + (version == null || version.isBlank() ? "" : ", " + version)
                + (guidance == null || guidance.isBlank() ? "" : "; " + guidance);
    }
}
