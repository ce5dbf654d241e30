package de.kim.api.model;

import java.util.Map;

/**
 * What an operator wants to know at a glance.
 *
 * @param version           the platform's version
 * @param databaseUrl       the JDBC URL of the database in use
 * @param databaseSizeBytes bytes the database occupies on disk, or -1 if unknown
 * @param counts            number of records per kind, e.g. {@code municipalities -> 12}
 */
public record PlatformStatus(String version, String databaseUrl, long databaseSizeBytes,
        Map<String, Long> counts) {
}
