package de.kim.core.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.model.LegalDomain;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {
    private static final List<RetentionRule> RULES = RetentionRule.parse(Map.of("rule.kim-case-file", "3",
            "rule.asylblg", "6 AsylbLG", "rule.youth-services", " 10  SGB8 ", "service.pid", "de.kim.retention"));

    @Test
    void theRuleThatKeepsAFileLongestGovernsIt() {
        assertEquals("kim-case-file", RetentionRule.governing(RULES, Set.of(LegalDomain.SGB2)).orElseThrow().name());
        assertEquals("asylblg", RetentionRule.governing(RULES, Set.of(LegalDomain.AsylbLG, LegalDomain.SGB2))
                .orElseThrow().name());
        assertEquals("youth-services", RetentionRule.governing(RULES, Set.of(LegalDomain.AsylbLG, LegalDomain.SGB8))
                .orElseThrow().name());
    }

    @Test
    void aFileIsKeptUntilItsYearsAfterClosure() {
        RetentionRule asylblg = RULES.stream().filter(r -> r.name().equals("asylblg")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 3, 31), asylblg.keptUntil(LocalDate.of(2020, 3, 31)));
    }

    @Test
    void withoutAnyRuleNothingIsGoverned() {
        assertTrue(RetentionRule.governing(List.of(), Set.of(LegalDomain.SGB2)).isEmpty());
    }

    @Test
    void malformedRulesAreRefusedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RetentionRule.parse(Map.of("rule.x", "six years")));
        assertTrue(e.getMessage().contains("rule.x"));
    }
}
