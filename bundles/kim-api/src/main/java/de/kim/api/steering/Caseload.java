package de.kim.api.steering;

/**
 * Open cases per full-time case-manager post of a municipality (district posts are counted for the
 * district as a whole).
 *
 * @param municipality  AGS, or the district key
 * @param name          its name
 * @param openCases     open cases owned there; null where suppressed (between 1 and the threshold - 1)
 * @param caseManagerFte full-time equivalents of the case-manager posts active on the day
 * @param casesPerFte   open cases per full-time post; null where suppressed or without posts
 * @param suppressed    whether the count is hidden
 */
public record Caseload(String municipality, String name, Long openCases, double caseManagerFte, Double casesPerFte,
        boolean suppressed) {
}
