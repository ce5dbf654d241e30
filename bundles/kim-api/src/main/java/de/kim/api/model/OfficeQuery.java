package de.kim.api.model;

/**
 * Filters for listing offices; a {@code null} filter matches every office.
 *
 * @param municipality AGS of a municipality the office is responsible for
 * @param legalDomain  a legal domain the office serves
 * @param kind         the office's kind
 */
public record OfficeQuery(String municipality, LegalDomain legalDomain, OfficeKind kind) {

    /** A query that matches every office. */
    public static OfficeQuery all() {
        return new OfficeQuery(null, null, null);
    }
}
