package de.kim.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.ResidenceTitle;
import de.kim.core.internal.rules.TransitionEngine.Deadline;
import de.kim.core.internal.rules.TransitionEngine.Derived;
import de.kim.core.internal.rules.TransitionEngine.Situation;
import de.kim.core.internal.rules.TransitionEngine.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped rules file (config/kim-transition-rules.json) applied to the trajectories of KIM.md. */
class TransitionEngineTest {
    private static RuleSet rules;

    @BeforeAll
    static void readShippedRules() throws IOException {
        rules = RuleSet.parse(Files.readAllBytes(Path.of("../../config/kim-transition-rules.json")));
    }

    private static List<Span> asylblgSince(String from) {
        return List.of(new Span(LegalDomain.AsylbLG, LocalDate.parse(from), null));
    }

    private static Situation situation(ResidenceTitle title, String date, String arrival, boolean employable,
            List<Span> periods) {
        return new Situation(title, LocalDate.parse(date), arrival == null ? null : LocalDate.parse(arrival),
                employable, periods, List.of());
    }

    @Test
    void recognitionMovesAnEmployablePersonToSgb2FromTheNextMonth() {
        List<Derived> derived = TransitionEngine.derive(rules,
                situation(ResidenceTitle.P25_2, "2024-03-12", "2022-09-01", true, asylblgSince("2022-09-01")));
        assertEquals(1, derived.size());
        Derived d = derived.get(0);
        assertEquals("recognition-employable", d.rule().id());
        assertEquals(LegalDomain.SGB2, d.to());
        assertEquals(LocalDate.parse("2024-04-01"), d.effective());
        assertEquals(LocalDate.parse("2024-03-26"), d.deadline());
    }

    @Test
    void recognitionOfSomeoneUnableToWorkLeadsToSgb12() {
        List<Derived> derived = TransitionEngine.derive(rules,
                situation(ResidenceTitle.P25_1, "2024-12-31", null, false, asylblgSince("2023-01-01")));
        assertEquals(List.of(LegalDomain.SGB12), derived.stream().map(Derived::to).toList());
        // decided on 31.12., final (estimated) on 18.01.: the AsylbLG ends with January
        assertEquals(LocalDate.parse("2025-02-01"), derived.get(0).effective());
    }

    @Test
    void noTransitionWhenTheFromDomainIsNotInForce() {
        List<Span> alreadySgb2 = List.of(new Span(LegalDomain.SGB2, LocalDate.parse("2023-01-01"), null));
        assertEquals(List.of(), TransitionEngine.derive(rules,
                situation(ResidenceTitle.P25B, "2024-05-02", null, true, alreadySgb2)));
        assertEquals(List.of(), TransitionEngine.derive(rules,
                situation(ResidenceTitle.P25B, "2024-05-02", null, true, List.of())));
    }

    @Test
    void aChangePlannedEarlierCountsAsInForce() {
        Situation after104c = new Situation(ResidenceTitle.P25B, LocalDate.parse("2024-09-01"), null, true,
                asylblgSince("2015-10-01"), List.of(new TransitionEngine.Change(LegalDomain.AsylbLG, LegalDomain.SGB2,
                        LocalDate.parse("2023-03-01"))));
        assertEquals(List.of(), TransitionEngine.derive(rules, after104c));
    }

    @Test
    void ukrainiansOf2022MoveToSgb2OnTheDayOfTheSwitch() {
        List<Derived> derived = TransitionEngine.derive(rules,
                situation(ResidenceTitle.P24, "2022-03-20", "2022-03-10", true, asylblgSince("2022-03-10")));
        assertEquals(1, derived.size());
        assertEquals(LocalDate.parse("2022-06-01"), derived.get(0).effective());
        assertEquals(LegalDomain.SGB2, derived.get(0).to());
    }

    @Test
    void toleratedYoungAdultGetsTheAge27Deadline() {
        LocalDate born = LocalDate.parse("2000-02-15");
        List<Deadline> deadlines = TransitionEngine.deadlines(rules, ResidenceTitle.DULDUNG, Set.of(), born,
                LocalDate.parse("2026-11-23"));
        assertEquals(1, deadlines.size());
        assertEquals(LocalDate.parse("2027-02-14"), deadlines.get(0).due());
        assertEquals(LocalDate.parse("2026-08-18"), deadlines.get(0).warnFrom());
        assertEquals(List.of(), TransitionEngine.deadlines(rules, ResidenceTitle.DULDUNG, Set.of(),
                LocalDate.parse("1990-01-01"), LocalDate.parse("2026-11-23")));
    }

    @Test
    void youthServicesOpenTheAge21Deadline() {
        List<Deadline> deadlines = TransitionEngine.deadlines(rules, null, Set.of(LegalDomain.SGB8),
                LocalDate.parse("2006-04-10"), LocalDate.parse("2026-11-23"));
        assertEquals(List.of("sgb8-young-adult-21"), deadlines.stream().map(d -> d.rule().id()).toList());
    }

    // (a) the Ukraine rules: see LawAsOfTodayTest (they decide by the first issue of the title, not by arrival)

    // (b) a hand-over deadline never falls after the day the new legal domain takes effect

    @Test
    void deadlineThatWouldFallAfterTheChangeIsMovedToItsDay() {
        // decided on 20.11., final the next day (recorded): SGB II from 01.12., 14 days would be 04.12.
        Derived d = TransitionEngine.derive(rules, new Situation(ResidenceTitle.P25_2, LocalDate.parse("2025-11-20"),
                LocalDate.parse("2025-11-20"), LocalDate.parse("2024-09-01"), true, asylblgSince("2024-09-01"),
                List.of(), null, LocalDate.parse("2025-11-21"))).get(0);
        assertEquals(LocalDate.parse("2025-12-01"), d.effective());
        assertEquals(LocalDate.parse("2025-12-01"), d.deadline());
        assertTrue(d.deadlineMoved());
        Derived early = TransitionEngine.derive(rules,
                situation(ResidenceTitle.P25_2, "2025-11-03", "2024-09-01", true, asylblgSince("2024-09-01"))).get(0);
        assertEquals(LocalDate.parse("2025-11-17"), early.deadline());
        assertFalse(early.deadlineMoved());
    }

    @Test
    void noDerivedDeadlineOfTheShippedRulesEverFallsAfterItsChange() {
        LocalDate day = LocalDate.parse("2022-01-01");
        for (int i = 0; i < 1800; i += 3, day = day.plusDays(3)) {
            for (ResidenceTitle title : ResidenceTitle.values()) {
                for (boolean employable : new boolean[] {true, false}) {
                    for (Derived d : TransitionEngine.derive(rules, situation(title, day.toString(), "2022-03-01",
                            employable, asylblgSince("2022-03-01")))) {
                        assertFalse(d.deadline().isAfter(d.effective()), d.toString());
                    }
                }
            }
        }
    }

    // (c) the §25a deadline only for people with a Duldung

    @Test
    void theAge27DeadlineIsNotOpenedForAnAsylumSeeker() {
        assertEquals(List.of(), TransitionEngine.deadlines(rules, ResidenceTitle.GESTATTUNG, Set.of(),
                LocalDate.parse("2004-02-15"), LocalDate.parse("2026-11-23")));
        assertEquals("P25A", TransitionEngine.deadlines(rules, ResidenceTitle.DULDUNG, Set.of(),
                LocalDate.parse("2004-02-15"), LocalDate.parse("2026-11-23")).get(0).rule().checklist());
    }

    // (d) youth services (SGB VIII) to SGB II at 21, moved by a continuation under §41 SGB VIII

    private static final List<Span> YOUTH_SERVICES = List.of(new Span(LegalDomain.SGB8, LocalDate.parse("2022-05-01"), null));

    @Test
    void youthServicesChangeToSgb2OnThe21stBirthday() {
        List<Derived> derived = TransitionEngine.atAge(rules, YOUTH_SERVICES, LocalDate.parse("2006-04-10"), true, null);
        assertEquals(1, derived.size());
        Derived d = derived.get(0);
        assertEquals(LegalDomain.SGB8, d.from());
        assertEquals(LegalDomain.SGB2, d.to());
        assertEquals(LocalDate.parse("2027-04-10"), d.effective());
        assertEquals(LocalDate.parse("2026-04-10"), d.deadline());
        assertEquals(List.of(LegalDomain.SGB12), TransitionEngine.atAge(rules, YOUTH_SERVICES,
                LocalDate.parse("2006-04-10"), false, null).stream().map(Derived::to).toList());
    }

    @Test
    void aContinuationUnderParagraph41MovesTheChangeToTheDayAfterItEnds() {
        Derived d = TransitionEngine.atAge(rules, YOUTH_SERVICES, LocalDate.parse("2006-04-10"), true,
                LocalDate.parse("2027-12-31")).get(0);
        assertEquals(LocalDate.parse("2028-01-01"), d.effective());
        assertEquals(LocalDate.parse("2027-01-01"), d.deadline());
    }

    @Test
    void youthServicesThatEndedBefore21LeadToNoChange() {
        List<Span> ended = List.of(new Span(LegalDomain.SGB8, LocalDate.parse("2022-05-01"), LocalDate.parse("2025-01-31")));
        assertEquals(List.of(), TransitionEngine.atAge(rules, ended, LocalDate.parse("2006-04-10"), true, null));
    }

    @Test
    void brokenRulesFilesAreRefusedWithEveryProblem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.parse(
                ("{\"transitions\":[{\"id\":\"a\",\"titles\":[],\"from\":\"SGB2\",\"to\":\"SGB2\",\"effective\":"
                        + "\"SAME_DAY\",\"deadlineFrom\":\"STATUS_DATE\",\"validFrom\":\"2020-01-01\","
                        + "\"validTo\":\"2019-01-01\",\"deadlineDays\":0}]}").getBytes()));
        assertTrue(e.getMessage().contains("no titles"), e.getMessage());
        assertTrue(e.getMessage().contains("two different legal domains"), e.getMessage());
        assertTrue(e.getMessage().contains("validTo is before validFrom"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuleSet.parse("{\"transitions\":[{\"idd\":1}]}".getBytes()));
    }
}
