package de.kim.core.internal.steering;

import de.kim.api.IndicatorService;
import de.kim.api.access.Caller;
import de.kim.api.model.Dimension;
import de.kim.api.model.IndicatorDefinition;
import de.kim.api.model.IndicatorValues;
import de.kim.api.model.Municipality;
import de.kim.api.steering.SteeringFigures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every indicator side by side per KIM municipality for a year (counts also per 1,000 residents) and as the
 * district's trend over the years, from the indicator service's suppressed values: a hidden cell stays hidden
 * and its rate with it.
 */
final class SteeringTable {
    private final IndicatorService indicators;
    private final List<Municipality> municipalities;

    SteeringTable(IndicatorService indicators, List<Municipality> municipalities) {
        this.indicators = indicators;
        this.municipalities = municipalities;
    }

    List<SteeringFigures> figures(Caller caller, int period, int fromPeriod) {
        Map<String, Municipality> byAgs = new HashMap<>();
        municipalities.forEach(m -> byAgs.put(m.ags(), m));
        int population = municipalities.stream().mapToInt(Municipality::population).sum();
        List<SteeringFigures> result = new ArrayList<>();
        for (IndicatorDefinition d : indicators.indicators()) {
            if (!d.dimensions().contains(Dimension.MUNICIPALITY) || !d.dimensions().contains(Dimension.PERIOD)) {
                continue;
            }
            String label = d.label().getOrDefault("de", d.id());
            IndicatorValues byTown = indicators.values(caller, d.id(), Dimension.MUNICIPALITY, period);
            List<SteeringFigures.Cell> towns = new ArrayList<>();
            Map<String, IndicatorValues.Row> rows = new HashMap<>();
            byTown.rows().forEach(r -> rows.put(r.key(), r));
            for (Municipality m : municipalities) {
                IndicatorValues.Row r = rows.get(m.ags());
                towns.add(r == null ? new SteeringFigures.Cell(m.ags(), m.name(), 0L, null, null,
                        0.0, false) : cell(r, m.name(), m.population()));
            }
            List<SteeringFigures.Cell> trend = new ArrayList<>();
            IndicatorValues byYear = indicators.values(caller, d.id(), Dimension.PERIOD, null);
            Map<String, IndicatorValues.Row> years = new HashMap<>();
            byYear.rows().forEach(r -> years.put(r.key(), r));
            for (int year = fromPeriod; year <= period; year++) {
                IndicatorValues.Row r = years.get(String.valueOf(year));
                trend.add(r == null ? new SteeringFigures.Cell(String.valueOf(year), String.valueOf(year), 0L, null, null,
                        0.0, false) : cell(r, String.valueOf(year), population));
            }
            result.add(new SteeringFigures(d.id(), label, period, towns, trend));
        }
        return result;
    }

    private static SteeringFigures.Cell cell(IndicatorValues.Row r, String label, int population) {
        if (r.suppressed()) {
            return new SteeringFigures.Cell(r.key(), label, null, null, null, null, true);
        }
        Double per1000 = r.denominator() != null || population <= 0 ? null
                : Math.round(r.numerator() * 1000_000.0 / population) / 1000.0;
        return new SteeringFigures.Cell(r.key(), label, r.numerator(), r.denominator(), r.ratio(), per1000, false);
    }
}
