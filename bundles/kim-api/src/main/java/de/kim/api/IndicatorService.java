package de.kim.api;

import de.kim.api.model.Dimension;
import de.kim.api.model.IndicatorDefinition;
import de.kim.api.model.IndicatorValues;
import java.util.List;
import de.kim.api.access.Caller;
import org.osgi.annotation.versioning.ProviderType;

/** Monitoring indicators, computed by aggregation in the database, with small-cell suppression. */
@ProviderType
public interface IndicatorService {

    List<IndicatorDefinition> indicators();

    /** @throws NotFoundException if there is no such active indicator */
    IndicatorDefinition indicator(String id);

    /**
     * The indicator's values broken down by {@code by} (null: total only), restricted to
     * {@code year} if given.
     *
     * @throws NotFoundException   if there is no such indicator
     * @throws ValidationException if the indicator cannot be broken down by {@code by}
     */
    IndicatorValues values(Caller caller, String id, Dimension by, Integer year);
}
