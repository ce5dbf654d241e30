package de.kim.core.internal.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.model.IndicatorValues;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

    private static Map<String, IndicatorValues.Row> rows(List<SmallCells.Count> counts, int threshold) {
        long n = counts.stream().mapToLong(SmallCells.Count::numerator).sum();
        Long d = counts.get(0).denominator() == null ? null
                : counts.stream().mapToLong(SmallCells.Count::denominator).sum();
        return SmallCells.suppress(counts, new SmallCells.Count("total", "total", n, d), threshold).stream()
                .collect(Collectors.toMap(IndicatorValues.Row::key, r -> r));
    }

    private static SmallCells.Count count(String key, long n) {
        return new SmallCells.Count(key, key, n, null);
    }

    @Test
    void countsBelowTheThresholdAreHiddenButZeroAndThresholdAreShown() {
        Map<String, IndicatorValues.Row> r = rows(List.of(count("a", 3), count("b", 5), count("c", 0), count("d", 4),
                count("e", 40)), 5);
        assertTrue(r.get("a").suppressed());
        assertNull(r.get("a").numerator());
        assertTrue(r.get("d").suppressed());
        assertEquals(5L, r.get("b").numerator());
        assertEquals(0L, r.get("c").numerator());
        assertEquals(52L, r.get("total").numerator());
    }

    @Test
    void aLoneHiddenCellTakesTheSmallestNonEmptyCellWithIt() {
        Map<String, IndicatorValues.Row> r = rows(List.of(count("a", 2), count("b", 0), count("c", 12), count("d", 9),
                count("e", 30)), 5);
        assertTrue(r.get("a").suppressed());
        assertTrue(r.get("d").suppressed(), "d (9) is the smallest shown non-empty cell: total - rest would reveal a");
        assertFalse(r.get("b").suppressed());
        assertFalse(r.get("c").suppressed());
        assertEquals(53L, r.get("total").numerator());
    }

    @Test
    void whenNoOtherCellCanBeHiddenTheTotalIsHidden() {
        Map<String, IndicatorValues.Row> r = rows(List.of(count("a", 0), count("b", 0), count("c", 7)), 8);
        assertTrue(r.get("c").suppressed());
        assertTrue(r.get("total").suppressed(), "with every other cell 0 the total would give c away");
    }

    @Test
    void aSmallDenominatorHidesTheRowAndItsRatio() {
        List<SmallCells.Count> counts = List.of(new SmallCells.Count("a", "a", 2, 3L),
                new SmallCells.Count("b", "b", 20, 40L), new SmallCells.Count("c", "c", 30, 60L));
        Map<String, IndicatorValues.Row> r = rows(counts, 5);
        assertTrue(r.get("a").suppressed());
        assertNull(r.get("a").ratio());
        assertTrue(r.get("b").suppressed(), "secondary suppression");
        assertEquals(0.5, r.get("c").ratio());
        assertEquals(52L, r.get("total").numerator());
        assertEquals(103L, r.get("total").denominator());
    }

    @Test
    void aSmallTotalIsHidden() {
        Map<String, IndicatorValues.Row> r = rows(List.of(count("a", 1), count("b", 2)), 5);
        assertTrue(r.get("total").suppressed());
        assertTrue(r.get("a").suppressed() && r.get("b").suppressed());
    }
}
