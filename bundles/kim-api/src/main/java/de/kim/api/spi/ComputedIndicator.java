package de.kim.api.spi;

import de.kim.api.model.Dimension;
import de.kim.api.model.IndicatorDefinition;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * An indicator computed by code from counts the core aggregates in the database; the core applies
 * small-cell suppression to what it returns.
 */
@ConsumerType
public interface ComputedIndicator {

    /** Id, version, labels and dimensions; provenance and state are filled in by the core. */
    IndicatorDefinition definition();

    /** Numerator and denominator per dimension value (key null when {@code by} is null). */
    List<Count> compute(Dimension by, Integer year, FactCounts facts);

    /**
     * @param denominator null if the indicator has none
     */
    record Count(String key, long numerator, Long denominator) {
    }
}
