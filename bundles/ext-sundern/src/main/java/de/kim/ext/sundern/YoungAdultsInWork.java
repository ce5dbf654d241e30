package de.kim.ext.sundern;

import de.kim.api.model.Dimension;
import de.kim.api.model.IndicatorDefinition;
import de.kim.api.spi.ComputedIndicator;
import de.kim.api.spi.FactCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Component;

/**
 * Sundern's own indicator: of the work and training goals agreed with young adults in Sundern's
 * cases, how many were achieved. Computed from counts the core aggregates in the database.
 */
@Component
public final class YoungAdultsInWork implements ComputedIndicator {
    static final String SUNDERN = "05958044";

    @Override
    public IndicatorDefinition definition() {
        return new IndicatorDefinition("sundern.young-adults-work", "1.0.0",
                Map.of("de", "Sundern: Arbeits- und Ausbildungsziele junger Erwachsener erreicht",
                        "en", "Sundern: work and training goals of young adults achieved"),
                Map.of("numerator", "goals WORK ACHIEVED, target group YOUNG_ADULT, Sundern",
                        "denominator", "goals WORK, target group YOUNG_ADULT, Sundern"),
                List.of(Dimension.LEGAL_DOMAIN, Dimension.RESIDENCE_STATUS, Dimension.PERIOD), true, null, true);
    }

    @Override
    public List<Count> compute(Dimension by, Integer year, FactCounts facts) {
        Object sunderYoungAdultWork = Map.of("and", List.of(
                Map.of("==", List.of(Map.of("var", "ownerMunicipality"), SUNDERN)),
                Map.of("==", List.of(Map.of("var", "targetGroup"), "YOUNG_ADULT")),
                Map.of("==", List.of(Map.of("var", "area"), "WORK"))));
        Object achieved = Map.of("and", List.of(sunderYoungAdultWork,
                Map.of("==", List.of(Map.of("var", "status"), "ACHIEVED"))));
        Map<String, Long> numerator = facts.count("goals", achieved, by, year);
        Map<String, Long> denominator = facts.count("goals", sunderYoungAdultWork, by, year);
        List<Count> counts = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(denominator.keySet());
        keys.addAll(numerator.keySet());
        for (String key : keys) {
            counts.add(new Count(key, numerator.getOrDefault(key, 0L), denominator.getOrDefault(key, 0L)));
        }
        return counts;
    }
}
