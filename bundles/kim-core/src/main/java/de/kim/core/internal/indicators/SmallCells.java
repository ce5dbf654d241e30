package de.kim.core.internal.indicators;

import de.kim.api.model.IndicatorValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression of indicator values. Primary: a row whose numerator or denominator is
 * between 1 and threshold − 1 is hidden (both counts and the ratio). Secondary: where the total is
 * shown and exactly one row is hidden, the smallest other non-empty row is hidden too, so the hidden
 * one cannot be recomputed as total minus the rest; if there is none, the total is hidden.
 */
public final class SmallCells {
    private SmallCells() {
    }

    /** A count before suppression; {@code denominator} null if the indicator has none. */
    public record Count(String key, String label, long numerator, Long denominator) {
    }

    /** The rows after suppression, then the total row last. */
    public static List<IndicatorValues.Row> suppress(List<Count> counts, Count total, int threshold) {
        boolean[] hidden = new boolean[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            hidden[i] = small(counts.get(i), threshold);
        }
        boolean totalHidden = small(total, threshold);
        if (!totalHidden && counts.size() > 1 && count(hidden) == 1) {
            int next = -1;
            for (int i = 0; i < counts.size(); i++) {
                Count c = counts.get(i);
                boolean empty = c.numerator() == 0 && (c.denominator() == null || c.denominator() == 0);
                if (!hidden[i] && !empty && (next < 0 || weight(c) < weight(counts.get(next)))) {
                    next = i;
                }
            }
            if (next >= 0) {
                hidden[next] = true;
            } else {
                totalHidden = true;
            }
        }
        List<IndicatorValues.Row> rows = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            rows.add(row(counts.get(i), hidden[i]));
        }
        rows.sort(Comparator.comparing(IndicatorValues.Row::key, Comparator.nullsLast(Comparator.naturalOrder())));
        rows.add(row(total, totalHidden));
        return rows;
    }

    private static long weight(Count c) {
        return c.denominator() == null ? c.numerator() : Math.min(c.numerator() == 0 ? Long.MAX_VALUE : c.numerator(),
                c.denominator());
    }

    private static int count(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    static boolean small(Count c, int threshold) {
        return isSmall(c.numerator(), threshold) || (c.denominator() != null && isSmall(c.denominator(), threshold));
    }

    private static boolean isSmall(long n, int threshold) {
        return n > 0 && n < threshold;
    }

    private static IndicatorValues.Row row(Count c, boolean hidden) {
        if (hidden) {
            return new IndicatorValues.Row(c.key(), c.label(), null, null, null, true);
        }
        Double ratio = c.denominator() == null || c.denominator() == 0 ? null
                : Math.round(10000.0 * c.numerator() / c.denominator()) / 10000.0;
        return new IndicatorValues.Row(c.key(), c.label(), c.numerator(), c.denominator(), ratio, false);
    }
}
