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

    @Test
    void aSmallComplementHidesTheRow() {
        // 48 of 50 reached the goal: the 2 who did not are as identifiable as 2 who did
        List<SmallCells.Count> counts = List.of(new SmallCells.Count("a", "a", 48, 50L),
                new SmallCells.Count("b", "b", 20, 40L), new SmallCells.Count("c", "c", 30, 60L));
        Map<String, IndicatorValues.Row> r = rows(counts, 5);
        assertTrue(r.get("a").suppressed());
        assertTrue(r.get("b").suppressed(), "secondary suppression");
        assertFalse(r.get("c").suppressed());
    }

    @Test
    void hiddenCellsThatTogetherAreSmallTakeAnotherCellWithThem() {
        // a (1) and b (2) are hidden, but total - shown = 3 would still be a small group
        Map<String, IndicatorValues.Row> r = rows(List.of(count("a", 1), count("b", 2), count("c", 20), count("d", 30)),
                5);
        assertTrue(r.get("a").suppressed() && r.get("b").suppressed());
        assertTrue(r.get("c").suppressed());
        assertFalse(r.get("d").suppressed());
        assertNoHiddenCellCanBeRecovered(r, 5);
    }

    @Test
    void twoBreakdownsOfOneIndicatorShowTheSameTotalAndHideWhatEachHides() {
        // the same 14 cases by municipality and by target group
        Map<String, IndicatorValues.Row> byTown = rows(List.of(count("Hallenberg", 2), count("Sundern", 6),
                count("Arnsberg", 6)), 5);
        Map<String, IndicatorValues.Row> byGroup = rows(List.of(count("REFUGEE", 10), count("EU", 4)), 5);
        assertEquals(byTown.get("total").numerator(), byGroup.get("total").numerator());
        assertEquals(byTown.get("total").suppressed(), byGroup.get("total").suppressed());
        assertNoHiddenCellCanBeRecovered(byTown, 5);
        assertNoHiddenCellCanBeRecovered(byGroup, 5);
        assertTrue(byGroup.get("EU").suppressed() && byGroup.get("REFUGEE").suppressed());
    }

    @Test
    void noHiddenCellOfManyHandMadeTablesCanBeRecovered() {
        long[][] tables = {{1, 0, 0, 9}, {4, 4, 4, 100}, {0, 3, 50, 51, 52}, {2, 2}, {5, 5, 1}, {7, 1, 1, 1, 30},
            {3, 0, 0, 0, 0, 0, 12}, {6, 6, 6, 6, 4}};
        for (long[] table : tables) {
            List<SmallCells.Count> counts = new java.util.ArrayList<>();
            for (int i = 0; i < table.length; i++) {
                counts.add(count("k" + i, table[i]));
            }
            assertNoHiddenCellCanBeRecovered(rows(counts, 5), 5);
        }
    }

    /**
     * An attacker knows the shown rows and the total: the hidden rows sum to total − shown. That sum
     * must not give away a row (one hidden) nor be a small group itself.
     */
    private static void assertNoHiddenCellCanBeRecovered(Map<String, IndicatorValues.Row> rows, int threshold) {
        IndicatorValues.Row total = rows.get("total");
        if (total.suppressed()) {
            return;
        }
        long shown = 0;
        int hidden = 0;
        for (Map.Entry<String, IndicatorValues.Row> e : rows.entrySet()) {
            if (!e.getKey().equals("total")) {
                if (e.getValue().suppressed()) {
                    hidden++;
                } else {
                    shown += e.getValue().numerator();
                }
            }
        }
        long hiddenSum = total.numerator() - shown;
        assertTrue(hidden != 1, "a single hidden cell equals total - shown: " + rows);
        assertTrue(hidden == 0 || hiddenSum == 0 || hiddenSum >= threshold, "hidden cells sum to " + hiddenSum + ": " + rows);
    }
}
