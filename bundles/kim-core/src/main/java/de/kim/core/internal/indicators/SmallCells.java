package de.kim.core.internal.indicators;

import de.kim.api.model.IndicatorValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Small-cell suppression of indicator values, safe against recomputation by subtraction.
 * <ul>
 * <li>Primary: a row is hidden (both counts and the ratio) if its numerator, its denominator or its
 * complement (denominator − numerator: "48 of 50 reached the goal" tells who did not) is between 1
 * and threshold − 1.</li>
 * <li>Secondary: while the hidden rows could be recomputed from the shown total (exactly one row
 * hidden, or the hidden rows together small in numerator, denominator or complement), the smallest
 * further non-empty row is hidden too.</li>
 * <li>The total is shown or hidden by its own counts alone, so it is the same in every breakdown of
 * the indicator, and comparing two breakdowns reveals nothing that one of them hides.</li>
 * </ul>
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
        if (!totalHidden) {
            while (recomputable(counts, hidden, threshold)) {
                int next = -1;
                for (int i = 0; i < counts.size(); i++) {
                    Count c = counts.get(i);
                    boolean empty = c.numerator() == 0 && (c.denominator() == null || c.denominator() == 0);
                    if (!hidden[i] && !empty && (next < 0 || weight(c) < weight(counts.get(next)))) {
                        next = i;
                    }
                }
                if (next < 0) {
                    break;
                }
                hidden[next] = true;
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

    /** Whether total minus the shown rows would give away a hidden row or a small group of them. */
    private static boolean recomputable(List<Count> counts, boolean[] hidden, int threshold) {
        int n = count(hidden);
        if (n == 0) {
            return false;
        }
        if (n == 1) {
            return true;
        }
        long numerator = 0;
        long denominator = 0;
        boolean ratio = false;
        for (int i = 0; i < counts.size(); i++) {
            if (hidden[i]) {
                numerator += counts.get(i).numerator();
                if (counts.get(i).denominator() != null) {
                    ratio = true;
                    denominator += counts.get(i).denominator();
                }
            }
        }
        return small(new Count(null, null, numerator, ratio ? denominator : null), threshold);
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
        return isSmall(c.numerator(), threshold) || (c.denominator() != null && (isSmall(c.denominator(), threshold)
                || isSmall(c.denominator() - c.numerator(), threshold)));
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
