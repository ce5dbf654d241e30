package de.kim.api.steering;

import java.util.List;

/**
 * One indicator for joint steering: its values per municipality side by side (also per 1,000 residents) for
 * a period and its trend over the periods, with suppression applied (a hidden cell is null, never 0).
 *
 * @param indicatorId  the indicator
 * @param label        its German title
 * @param period       the year of {@code municipalities}
 * @param municipalities values per municipality in the period
 * @param trend        the district's value per year, oldest first
 */
public record SteeringFigures(String indicatorId, String label, int period, List<Cell> municipalities,
        List<Cell> trend) {

    /**
     * A value: key is the AGS or the year; {@code per1000} the value per 1,000 residents (null for a share).
     */
    public record Cell(String key, String label, Long numerator, Long denominator, Double ratio, Double per1000,
            boolean suppressed) {
    }
}
