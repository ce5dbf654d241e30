package de.kim.core.internal.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonRuleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Object rule(String json) throws Exception {
        return JSON.readValue(json, Object.class);
    }

    private static final Map<String, Object> DATA = Map.of("event", Map.of("title", "P25_2", "validFrom", "2025-03-01"),
            "client", Map.of("age", 24, "languages", List.of("ar", "de")), "answers", Map.of("children", "2"));

    @Test
    void variablesResolveByDottedPathWithDefault() throws Exception {
        assertEquals("P25_2", JsonRule.evaluate(rule("{\"var\":\"event.title\"}"), DATA));
        assertEquals("none", JsonRule.evaluate(rule("{\"var\":[\"event.nothing\",\"none\"]}"), DATA));
        assertEquals("de", JsonRule.evaluate(rule("{\"var\":\"client.languages.1\"}"), DATA));
    }

    @Test
    void recognitionCriterionMatchesOnlyProtectionTitles() throws Exception {
        Object recognised = rule("{\"in\":[{\"var\":\"event.title\"},[\"P25_1\",\"P25_2\",\"P25_3\"]]}");
        assertTrue(JsonRule.test(recognised, DATA));
        assertFalse(JsonRule.test(recognised, Map.of("event", Map.of("title", "DULDUNG"))));
    }

    @Test
    void comparisonsAreNumericForNumbersAndTextualForDates() throws Exception {
        assertTrue(JsonRule.test(rule("{\"<\":[{\"var\":\"client.age\"},27]}"), DATA));
        assertFalse(JsonRule.test(rule("{\">=\":[{\"var\":\"client.age\"},27]}"), DATA));
        assertTrue(JsonRule.test(rule("{\">\":[{\"var\":\"answers.children\"},1]}"), DATA));
        assertTrue(JsonRule.test(rule("{\"<=\":[\"2025-01-01\",{\"var\":\"event.validFrom\"},\"2025-12-31\"]}"), DATA));
        // as in json-logic-js: a missing value is null, which JavaScript compares as 0
        assertTrue(JsonRule.test(rule("{\"<\":[{\"var\":\"client.missing\"},27]}"), DATA), "null < 27 as in JavaScript");
        assertFalse(JsonRule.test(rule("{\"<\":[{\"var\":\"client.missing\"},-1]}"), DATA));
    }

    @Test
    void equalityIsLooseLikeJsonLogicAndStrictOnRequest() throws Exception {
        assertTrue(JsonRule.test(rule("{\"==\":[1,\"1\"]}"), DATA));
        assertFalse(JsonRule.test(rule("{\"===\":[1,\"1\"]}"), DATA));
        assertTrue(JsonRule.test(rule("{\"==\":[{\"var\":\"nothing\"},null]}"), DATA));
    }

    @Test
    void logicShortCircuitsAndIfChains() throws Exception {
        assertEquals(false, JsonRule.evaluate(rule("{\"and\":[true,false,{\"var\":\"x.y.z\"}]}"), DATA));
        assertEquals("b", JsonRule.evaluate(rule("{\"if\":[false,\"a\",{\"==\":[1,1]},\"b\",\"c\"]}"), DATA));
        assertTrue(JsonRule.test(rule("{\"!\":[{\"var\":\"client.nothing\"}]}"), DATA));
        assertEquals(List.of("answers.pets"), JsonRule.evaluate(rule("{\"missing\":[\"answers.children\",\"answers.pets\"]}"), DATA));
        assertEquals(5.0, JsonRule.evaluate(rule("{\"+\":[2,{\"var\":\"answers.children\"},1]}"), DATA));
    }

    @Test
    void unknownOperatorsAreReportedWhenChecked() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> JsonRule.check(rule("{\"and\":[{\"regex\":[\"a\",\"b\"]}]}")));
        assertTrue(e.getMessage().contains("regex"), e.getMessage());
        assertEquals(List.of("event.title", "client.age"),
                JsonRule.variables(rule("{\"and\":[{\"==\":[{\"var\":\"event.title\"},1]},{\"<\":[{\"var\":\"client.age\"},2]}]}")));
    }

    @Test
    void filtersTranslateToSqlWithBoundLiterals() throws Exception {
        Map<String, SqlField> columns = Map.of("phase", SqlField.text("c.PHASE"), "targetGroup", SqlField.text("c.TARGETGROUP"),
                "waitingDays", SqlField.number("w.DAYS"));
        SqlCondition c = SqlCondition.of(rule("{\"and\":[{\"!=\":[{\"var\":\"phase\"},\"CLOSED\"]},"
                + "{\"in\":[{\"var\":\"targetGroup\"},[\"TOLERATED\",\"YOUNG_ADULT\"]]},{\"<=\":[{\"var\":\"waitingDays\"},14]},"
                + "{\"==\":[{\"var\":\"phase\"},null]}]}"), columns, de.kim.core.internal.persistence.SqlDialect.DERBY);
        assertEquals("(NOT ((c.PHASE IS NOT NULL AND c.PHASE = ? AND LENGTH(c.PHASE) = ?))"
                + " AND ((c.TARGETGROUP IS NOT NULL AND c.TARGETGROUP = ? AND LENGTH(c.TARGETGROUP) = ?)"
                + " OR (c.TARGETGROUP IS NOT NULL AND c.TARGETGROUP = ? AND LENGTH(c.TARGETGROUP) = ?))"
                + " AND COALESCE(w.DAYS, 0) <= ? AND c.PHASE IS NULL)", c.sql());
        assertEquals(List.of("CLOSED", 6, "TOLERATED", 9, "YOUNG_ADULT", 11, 14L), c.parameters());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SqlCondition.of(Map.of("==", List.of(Map.of("var", "password"), "x")), columns, de.kim.core.internal.persistence.SqlDialect.DERBY));
        assertTrue(e.getMessage().contains("unknown field 'password'"), e.getMessage());
    }
}
