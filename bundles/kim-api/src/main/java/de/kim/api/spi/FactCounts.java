package de.kim.api.spi;

import de.kim.api.model.Dimension;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Counts over facts of the core model, aggregated in the database: the only view of case data a
 * computed indicator gets.
 */
@ProviderType
public interface FactCounts {

    /**
     * Counts the facts matching {@code filter} (a JSON rule, null for all).
     *
     * @param fact one of {@code cases}, {@code clients}, {@code periods}, {@code residenceStatuses},
     *             {@code referrals}, {@code goals}, {@code formFields}
     * @return count by dimension value; under the key {@code ""} when {@code by} is null
     */
    Map<String, Long> count(String fact, Object filter, Dimension by, Integer year);
}
