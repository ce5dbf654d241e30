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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Every indicator side by side per KIM municipality for a year (counts also per 1,000 residents) and as the
 * district's trend over the years, from the indicator service's suppressed values: a hidden cell stays hidden
 * and its rate with it.
 */
final class SteeringTable {
    private final IndicatorService indicators;
    private final List<Municipality> municipalities;
    private final ExecutorService lanes;

    /** @param lanes where the indicator queries run, side by side (one per core) */
    SteeringTable(IndicatorService indicators, List<Municipality> municipalities, ExecutorService lanes) {
        this.indicators = indicators;
        this.municipalities = municipalities;
        this.lanes = lanes;
    }

    private static IndicatorValues join(Future<IndicatorValues> values) {
        try {
            return values.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    List<SteeringFigures> figures(Caller caller, int period, int fromPeriod) {
        Map<String, Municipality> byAgs = new HashMap<>();
        municipalities.forEach(m -> byAgs.put(m.ags(), m));
        int population = municipalities.stream().mapToInt(Municipality::population).sum();
        List<IndicatorDefinition> shown = indicators.indicators().stream().filter(d -> d.dimensions()
                .contains(Dimension.MUNICIPALITY) && d.dimensions().contains(Dimension.PERIOD)).toList();
        List<Future<IndicatorValues>> byTowns = new ArrayList<>();
        List<Future<IndicatorValues>> byYears = new ArrayList<>();
        for (IndicatorDefinition d : shown) {
            byTowns.add(lanes.submit(() -> indicators.values(caller, d.id(), Dimension.MUNICIPALITY, period)));
            byYears.add(lanes.submit(() -> indicators.values(caller, d.id(), Dimension.PERIOD, null)));
        }
        List<SteeringFigures> result = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            IndicatorDefinition d = shown.get(i);
            String label = d.label().getOrDefault("de", d.id());
            IndicatorValues byTown = join(byTowns.get(i));
            List<SteeringFigures.Cell> towns = new ArrayList<>();
            Map<String, IndicatorValues.Row> rows = new HashMap<>();
            byTown.rows().forEach(r -> rows.put(r.key(), r));
            for (Municipality m : municipalities) {
                IndicatorValues.Row r = rows.get(m.ags());
                towns.add(r == null ? new SteeringFigures.Cell(m.ags(), m.name(), 0L, null, null,
                        0.0, false) : cell(r, m.name(), m.population()));
            }
            List<SteeringFigures.Cell> trend = new ArrayList<>();
            IndicatorValues byYear = join(byYears.get(i));
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
