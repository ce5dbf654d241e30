package de.kim.core.internal.indicators;

import de.kim.api.model.Dimension;
import java.util.Arrays;
import java.util.List;

/**
 * An indicator as counts over facts.
 *
 * @param denominator null for a plain count
 */
public record IndicatorModel(Measure numerator, Measure denominator) {

    /**
     * One count: a fact, a filter rule over its fields, and the date field periods refer to.
     */
    public record Measure(Fact fact, Object filter, String date) {
        String dateExpression() {
            return fact.fields().get(date).sql();
        }
    }

    /** The dimensions both counts can be broken down by. */
    public List<Dimension> dimensions() {
        return Arrays.stream(Dimension.values()).filter(d -> supports(numerator, d)
                && (denominator == null || supports(denominator, d))).toList();
    }

    private static boolean supports(Measure m, Dimension d) {
        return d == Dimension.PERIOD || m.fact().dimension(d) != null;
    }
}
