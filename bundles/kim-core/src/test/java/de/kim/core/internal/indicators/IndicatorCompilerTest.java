package de.kim.core.internal.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kim.api.ValidationException;
import de.kim.api.model.Dimension;
import de.kim.core.internal.logic.SqlCondition;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorCompilerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static IndicatorModel compile(String json) throws Exception {
        return new IndicatorCompiler().compile(JSON.readValue(json, new TypeReference<Map<String, Object>>() { }));
    }

    @Test
    void aCountBecomesOneGroupedQueryWithBoundValues() throws Exception {
        IndicatorModel m = compile("{\"numerator\":{\"fact\":\"goals\",\"filter\":{\"==\":[{\"var\":\"status\"},\"ACHIEVED\"]}},"
                + "\"denominator\":{\"fact\":\"goals\"}}");
        SqlCondition sql = FactQuery.sql(List.of(m.numerator(), m.denominator()), Dimension.MUNICIPALITY, 2025);
        assertEquals("SELECT g.CASE_MUNICIPALITY, SUM(CASE WHEN (g.STATUS IS NOT NULL AND g.STATUS = ? AND LENGTH(g.STATUS) = ?)"
                + " THEN 1 ELSE 0 END), COUNT(*)"
                + " FROM KIM_GOAL g WHERE (1 = 1) AND g.AGREEDON BETWEEN ? AND ? GROUP BY g.CASE_MUNICIPALITY", sql.sql());
        assertEquals(List.of("ACHIEVED", 8, java.sql.Date.valueOf("2025-01-01"), java.sql.Date.valueOf("2025-12-31")),
                sql.parameters());
        assertTrue(FactQuery.shareScan(m.numerator(), m.denominator()), "one scan for both counts");
        SqlCondition byDomain = FactQuery.sql(List.of(m.numerator()), Dimension.LEGAL_DOMAIN, null);
        assertTrue(byDomain.sql().startsWith("SELECT T.K, COUNT(*) FROM (SELECT (SELECT MAX(ld.DOMAIN)"), byDomain.sql());
        assertTrue(byDomain.sql().endsWith(") T GROUP BY T.K"), byDomain.sql());
        assertTrue(m.dimensions().contains(Dimension.TOPIC_AREA));
    }

    @Test
    void aNumeratorThatNarrowsTheDenominatorScansOnlyTheDenominatorsRows() throws Exception {
        IndicatorModel narrowing = compile("{\"numerator\":{\"fact\":\"goals\",\"filter\":{\"and\":[{\"==\":[{\"var\":"
                + "\"area\"},\"WORK\"]},{\"==\":[{\"var\":\"status\"},\"ACHIEVED\"]}]}},\"denominator\":{\"fact\":"
                + "\"goals\",\"filter\":{\"==\":[{\"var\":\"area\"},\"WORK\"]}}}");
        SqlCondition sql = FactQuery.sql(List.of(narrowing.numerator(), narrowing.denominator()), null, null);
        assertEquals("SELECT '', SUM(CASE WHEN (g.STATUS IS NOT NULL AND g.STATUS = ? AND LENGTH(g.STATUS) = ?) THEN 1 ELSE 0 END),"
                + " COUNT(*) FROM KIM_GOAL g WHERE (g.AREA IS NOT NULL AND g.AREA = ? AND LENGTH(g.AREA) = ?)", sql.sql());
        assertEquals(List.of("ACHIEVED", 8, "WORK", 4), sql.parameters());

        IndicatorModel unrelated = compile("{\"numerator\":{\"fact\":\"cases\",\"filter\":{\"==\":[{\"var\":"
                + "\"phase\"},\"CLOSED\"]}},\"denominator\":{\"fact\":\"cases\",\"filter\":{\"==\":[{\"var\":"
                + "\"targetGroup\"},\"OTHER\"]}}}");
        SqlCondition both = FactQuery.sql(List.of(unrelated.numerator(), unrelated.denominator()), null, null);
        assertTrue(both.sql().endsWith("WHERE ((c.PHASE IS NOT NULL AND c.PHASE = ? AND LENGTH(c.PHASE) = ?))"
                + " OR ((c.TARGETGROUP IS NOT NULL AND c.TARGETGROUP = ? AND LENGTH(c.TARGETGROUP) = ?))"), both.sql());
        assertEquals(List.of("CLOSED", 6, "OTHER", 5, "CLOSED", 6, "OTHER", 5), both.parameters());
    }

    @Test
    void dimensionsAreThoseBothCountsSupport() throws Exception {
        IndicatorModel m = compile("{\"numerator\":{\"fact\":\"periods\"},\"denominator\":{\"fact\":\"clients\"}}");
        assertFalse(m.dimensions().contains(Dimension.TARGET_GROUP));
        assertTrue(m.dimensions().containsAll(List.of(Dimension.MUNICIPALITY, Dimension.LEGAL_DOMAIN, Dimension.PERIOD)));
        assertThrows(ValidationException.class, () -> FactQuery.sql(List.of(m.numerator()), Dimension.TARGET_GROUP, null));
    }

    @Test
    void unknownFactsFieldsAndOperatorsAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> compile("{\"numerator\":{\"fact\":\"people\"}}"))
                .getMessage().contains("unknown fact 'people'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> compile(
                "{\"numerator\":{\"fact\":\"cases\",\"filter\":{\"==\":[{\"var\":\"familyName\"},\"X\"]}}}"))
                .getMessage().contains("unknown field 'familyName'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> compile(
                "{\"numerator\":{\"fact\":\"cases\",\"filter\":{\"cat\":[\"a\",\"b\"]}}}"))
                .getMessage().contains("'cat'"));
        assertThrows(IllegalArgumentException.class, () -> compile("{\"denominator\":{\"fact\":\"cases\"}}"));
    }

    @Test
    void everyStandardIndicatorOfTheCoreCompiles() throws Exception {
        File[] files = new File("src/main/kim-inf/indicators").listFiles();
        assertTrue(files != null && files.length >= 12, "the standard KIM indicators are shipped");
        for (File f : files) {
            IndicatorModel m = new IndicatorCompiler().compile(JSON.readValue(f, new TypeReference<Map<String, Object>>() { }));
            assertTrue(m.dimensions().contains(Dimension.MUNICIPALITY), f.getName());
        }
    }
}
