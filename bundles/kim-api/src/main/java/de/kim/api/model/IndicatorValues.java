package de.kim.api.model;

import java.util.List;

/**
 * Values of an indicator broken down by one dimension. Cells below the threshold are suppressed,
 * and so is the next smallest cell where one suppressed cell could be recomputed from the total.
 *
 * @param by        the dimension, or null for the total only
 * @param period    the year the values are restricted to, or null for all years
 * @param threshold the smallest count shown
 */
public record IndicatorValues(String indicatorId, String indicatorVersion, Dimension by, Integer period,
        int threshold, List<Row> rows, Row total) {

    /**
     * One cell. A suppressed count is null.
     *
     * @param key   the dimension value (AGS, Rechtskreis code, year…)
     * @param ratio numerator / denominator, null if either is suppressed or there is no denominator
     */
    public record Row(String key, String label, Long numerator, Long denominator, Double ratio, boolean suppressed) {
    }
}
