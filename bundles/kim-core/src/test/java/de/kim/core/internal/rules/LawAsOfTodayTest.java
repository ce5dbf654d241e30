package de.kim.core.internal.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.ValidationException;
import de.kim.api.model.ChecklistItem;
import de.kim.api.model.ChecklistItem.State;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.Occupation;
import de.kim.api.model.ResidenceStatus;
import de.kim.api.model.ResidenceTitle;
import de.kim.core.internal.rules.TransitionEngine.Derived;
import de.kim.core.internal.rules.TransitionEngine.Member;
import de.kim.core.internal.rules.TransitionEngine.Situation;
import de.kim.core.internal.rules.TransitionEngine.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The findings of the legal review of December 2026 (issue 27), each replayed on a hand-made timeline with the
 * shipped rules file; each test names the provision. They failed with the rules before the review.
 */
class LawAsOfTodayTest {
    private static RuleSet rules;

    @BeforeAll
    static void readShippedRules() throws IOException {
        rules = RuleSet.parse(Files.readAllBytes(Path.of("../../config/kim-transition-rules.json")));
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static List<Span> asylblgSince(String from) {
        return List.of(new Span(LegalDomain.AsylbLG, d(from), null));
    }

    private static List<String> ids(List<Derived> derived) {
        return derived.stream().map(x -> x.rule().id()).toList();
    }

    // 1. § 19 Abs. 1 Satz 2 SGB II: a child unable to work in the household of an employable parent with SGB II

    @Test
    void aChildInARecognisedFamilyGoesToSgb2WithItsParentsUnderParagraph19Sgb2() {
        Member mother = new Member("M", true, asylblgSince("2024-01-10"),
                List.of(new TransitionEngine.Change(LegalDomain.AsylbLG, LegalDomain.SGB2, d("2025-04-01"))));
        Situation child = new Situation(ResidenceTitle.P25_2, d("2025-03-03"), d("2025-03-03"), d("2024-01-10"), false,
                asylblgSince("2024-01-10"), List.of(), TransitionEngine.employableInSgb2(List.of(mother)),
                d("2025-03-20"));
        List<Derived> derived = TransitionEngine.derive(rules, child);
        assertEquals(List.of("recognition-not-employable-household-sgb2"), ids(derived));
        assertEquals(LegalDomain.SGB2, derived.get(0).to());
        assertTrue(derived.get(0).rule().source().paragraph().contains("§ 19 Abs. 1 Satz 2 SGB II"));
    }

    @Test
    void someoneUnableToWorkWithoutAnEmployableHouseholdMemberInSgb2GoesToSgb12() {
        Situation alone = new Situation(ResidenceTitle.P25_2, d("2025-03-03"), d("2025-03-03"), null, false,
                asylblgSince("2024-01-10"), List.of(), null, d("2025-03-20"));
        assertEquals(List.of("recognition-not-employable-sgb12"), ids(TransitionEngine.derive(rules, alone)));
    }

    @Test
    void whenTheParentIsRecognisedLaterTheChildInSgb12JoinsItsSgb2OnTheSameDay() {
        Derived parent = TransitionEngine.derive(rules, new Situation(ResidenceTitle.P25_2, d("2025-05-05"),
                d("2025-05-05"), null, true, asylblgSince("2024-01-10"), List.of(), null, d("2025-05-22"))).get(0);
        assertEquals(d("2025-06-01"), parent.effective());
        Member child = new Member("C", false, List.of(new Span(LegalDomain.AsylbLG, d("2024-01-10"), d("2025-03-31")),
                new Span(LegalDomain.SGB12, d("2025-04-01"), null)), List.of());
        List<Derived> joined = TransitionEngine.forHouseholdMember(rules, parent, true, child);
        assertEquals(List.of("household-sozialgeld"), ids(joined));
        assertEquals(LegalDomain.SGB12, joined.get(0).from());
        assertEquals(d("2025-06-01"), joined.get(0).effective());
        // a child still in the asylum procedure keeps the AsylbLG (§ 7 Abs. 1 Satz 2 Nr. 3 SGB II)
        Member asylum = new Member("A", false, asylblgSince("2024-01-10"), List.of());
        assertEquals(List.of(), TransitionEngine.forHouseholdMember(rules, parent, true, asylum));
    }

    // 2. § 25a Abs. 1 AufenthG: a § 104c permit or twelve months of Duldung; gaps of up to three months

    private static ResidenceStatus status(ResidenceTitle title, String from, String to) {
        return new ResidenceStatus(null, title, d(from), to == null ? null : d(to), null);
    }

    private static State item(List<ChecklistItem> items, String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().state();
    }

    @Test
    void aDuldungOfElevenMonthsIsNotEnoughForParagraph25aTwelveAre() {
        List<ResidenceStatus> statuses = List.of(status(ResidenceTitle.GESTATTUNG, "2021-01-10", "2025-12-22"),
                status(ResidenceTitle.DULDUNG, "2025-12-23", null));
        Preconditions.Facts facts = new Preconditions.Facts(d("2005-05-05"), d("2021-01-10"), statuses, List.of());
        assertEquals(State.NOT_MET, item(Preconditions.p25a(facts, d("2026-11-23")), "DULDUNG"));
        assertEquals(State.MET, item(Preconditions.p25a(facts, d("2026-12-23")), "DULDUNG"));
    }

    @Test
    void aParagraph104cPermitMeetsTheTitleOfParagraph25aAndOpensTheAge27Deadline() {
        Preconditions.Facts facts = new Preconditions.Facts(d("2001-05-05"), d("2016-01-10"),
                List.of(status(ResidenceTitle.DULDUNG, "2016-01-10", "2025-06-30"),
                        status(ResidenceTitle.P104C, "2025-07-01", "2026-12-31")), List.of());
        assertEquals(State.MET, item(Preconditions.p25a(facts, d("2026-03-01")), "DULDUNG"));
        assertEquals(List.of("p25a-before-27"), TransitionEngine.deadlines(rules, ResidenceTitle.P104C, java.util.Set.of(),
                d("2001-05-05"), d("2026-03-01")).stream().map(x -> x.rule().id()).toList());
    }

    @Test
    void aGapOfUpToThreeMonthsDoesNotInterruptTheThreeYearsOfParagraph25a() {
        List<ResidenceStatus> statuses = List.of(status(ResidenceTitle.GESTATTUNG, "2022-01-01", "2023-05-31"),
                status(ResidenceTitle.DULDUNG, "2023-08-31", null));
        Preconditions.Facts facts = new Preconditions.Facts(d("2005-05-05"), null, statuses, List.of());
        assertEquals(State.MET, item(Preconditions.p25a(facts, d("2026-11-23")), "STAY_3_YEARS"));
        List<ResidenceStatus> longer = List.of(status(ResidenceTitle.GESTATTUNG, "2022-01-01", "2023-05-31"),
                status(ResidenceTitle.DULDUNG, "2023-09-02", null));
        assertEquals(State.NOT_MET, item(Preconditions.p25a(new Preconditions.Facts(d("2005-05-05"), null, longer,
                List.of()), d("2026-06-01")), "STAY_3_YEARS"));
    }

    // 3. § 104c AufenthG: no new grants after 2025, 18 months, back to the AsylbLG with a Duldung

    @Test
    void aParagraph104cPermitGrantedIn2026IsRefused() {
        ValidationException refused = assertThrows(ValidationException.class, () -> TitleGrants.check(rules,
                status(ResidenceTitle.P104C, "2026-01-05", null)));
        assertTrue(refused.violations().get(0).message().contains("§ 104c"), refused.violations().toString());
        ResidenceStatus granted = TitleGrants.check(rules, status(ResidenceTitle.P104C, "2025-12-01", null));
        assertEquals(d("2027-05-31"), granted.validTo());
        assertThrows(ValidationException.class, () -> TitleGrants.check(rules,
                status(ResidenceTitle.P104C, "2025-12-01", "2027-06-30")));
    }

    @Test
    void aParagraph104cHolderWhoFallsBackToADuldungReturnsToTheAsylblg() {
        List<Span> sgb2 = List.of(new Span(LegalDomain.AsylbLG, d("2016-01-10"), d("2025-07-31")),
                new Span(LegalDomain.SGB2, d("2025-08-01"), null));
        List<Derived> derived = TransitionEngine.derive(rules, new Situation(ResidenceTitle.DULDUNG, d("2027-01-01"),
                null, true, sgb2, List.of()));
        assertEquals(List.of("duldung-back-to-asylblg"), ids(derived));
        assertEquals(d("2027-01-01"), derived.get(0).effective());
        assertTrue(derived.get(0).rule().source().paragraph().contains("§ 1 Abs. 1 Nr. 4 AsylbLG"));
    }

    @Test
    void aParagraph104cHolderUnableToWorkGetsSgb12OrSgb2ByHousehold() {
        Situation alone = new Situation(ResidenceTitle.P104C, d("2025-06-10"), null, false, asylblgSince("2016-01-10"),
                List.of());
        assertEquals(List.of("bleiberecht-not-employable-sgb12"), ids(TransitionEngine.derive(rules, alone)));
        Member partner = new Member("P", true, List.of(new Span(LegalDomain.SGB2, d("2024-01-01"), null)), List.of());
        Situation withPartner = new Situation(ResidenceTitle.P104C, d("2025-06-10"), d("2025-06-10"), null, false,
                asylblgSince("2016-01-10"), List.of(), TransitionEngine.employableInSgb2(List.of(partner)), null);
        assertEquals(List.of("bleiberecht-not-employable-household-sgb2"),
                ids(TransitionEngine.derive(rules, withPartner)));
    }

    // 4. § 2 Abs. 3 FreizügG/EU and § 7 Abs. 1 Satz 4 SGB II

    private static Occupation job(String from, String to, Boolean involuntary) {
        return new Occupation(null, Occupation.Kind.EMPLOYMENT, d(from), d(to), null, involuntary);
    }

    private static List<ChecklistItem> euWorker(String arrival, List<Occupation> jobs, String today) {
        return Preconditions.euWorker(new Preconditions.Facts(d("1990-01-01"), arrival == null ? null : d(arrival),
                List.of(status(ResidenceTitle.EU_FREIZUEGIGKEIT, "2024-01-01", null)), jobs), d(today));
    }

    @Test
    void exactlyOneYearOfEmploymentKeepsTheWorkerStatusUnderBsgB71479() {
        List<ChecklistItem> items = euWorker("2024-01-01", List.of(job("2024-03-01", "2025-02-28", true)), "2026-01-15");
        assertEquals(State.MET, item(items, "WORKER_STATUS"));
        assertEquals(State.MET, item(items, "SGB2_ENTITLEMENT"));
        List<ChecklistItem> dayShort = euWorker("2024-01-01", List.of(job("2024-03-02", "2025-02-28", true)),
                "2026-01-15");
        assertEquals(State.NOT_MET, item(dayShort, "WORKER_STATUS"));
    }

    @Test
    void consecutiveContractsCountTogetherForTheYearOfParagraph2FreizuegGEu() {
        List<ChecklistItem> items = euWorker("2024-01-01", List.of(job("2024-03-01", "2024-08-31", false),
                job("2024-09-01", "2025-03-31", true)), "2026-01-15");
        assertEquals(State.MET, item(items, "WORKER_STATUS"));
        // two weeks between the jobs do not break the year (BSG, 13.07.2017, B 4 AS 17/16 R), a month does
        assertEquals(State.MET, item(euWorker("2024-01-01", List.of(job("2024-03-01", "2024-08-17", false),
                job("2024-09-01", "2025-02-28", true)), "2025-06-15"), "WORKER_STATUS"));
        assertEquals(State.NOT_MET, item(euWorker("2024-01-01", List.of(job("2024-03-01", "2024-07-31", false),
                job("2024-09-01", "2025-02-28", true)), "2025-12-15"), "WORKER_STATUS"));
    }

    @Test
    void afterFiveYearsOfHabitualResidenceSgb2AppliesAnywayUnderParagraph7Abs1Satz4Sgb2() {
        List<ChecklistItem> items = euWorker("2020-06-01", List.of(job("2025-06-01", "2025-08-31", false)),
                "2026-01-15");
        assertEquals(State.MET, item(items, "SGB2_ENTITLEMENT"));
        assertEquals(State.NOT_MET, item(euWorker("2021-06-01", List.of(job("2025-06-01", "2025-08-31", false)),
                "2026-01-15"), "SGB2_ENTITLEMENT"));
    }

    // 5. § 24 AufenthG: the first issue of the title decides, not the arrival; the Leistungsrechtsanpassungsgesetz

    /** The shipped rules with the Leistungsrechtsanpassungsgesetz in force: one line of the file changed. */
    private static RuleSet withTheLawInForce(String day) throws IOException {
        String file = Files.readString(Path.of("../../config/kim-transition-rules.json"));
        String changed = file.replace("\"inForceFrom\": null", "\"inForceFrom\": \"" + day + "\"");
        assertEquals(1, file.split("\"inForceFrom\": null", -1).length - 1, "exactly one line to change");
        return RuleSet.parse(changed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Situation ukrainian(String statusDate, String firstIssued, String arrival, List<Span> periods) {
        return new Situation(ResidenceTitle.P24, d(statusDate), d(firstIssued), arrival == null ? null : d(arrival), true,
                periods, List.of(), null, null);
    }

    @Test
    void underTheLawInForceAParagraph24TitleFirstIssuedAfterMarch2025LeadsToSgb2UnderParagraph74Sgb2() {
        List<Derived> derived = TransitionEngine.derive(rules, ukrainian("2026-08-03", "2026-08-03", "2026-07-20",
                asylblgSince("2026-07-20")));
        assertEquals(List.of("ukraine-24-since-april-2025-sgb2"), ids(derived));
        assertTrue(derived.get(0).rule().source().paragraph().contains("§ 74 SGB II"));
        assertEquals(List.of(), rules.waiting().stream().filter(r -> r.requiresLaw() == null).toList());
        assertEquals(2, rules.waiting().size(), "the draft's return rules wait for the law");
    }

    @Test
    void withTheLeistungsrechtsanpassungsgesetzAFirstIssueAfterMarch2025StaysInTheAsylblg() throws IOException {
        RuleSet law = withTheLawInForce("2026-07-01");
        assertEquals(List.of(), TransitionEngine.derive(law, ukrainian("2026-08-03", "2026-08-03", "2026-07-20",
                asylblgSince("2026-07-20"))));
        // the first issue decides, not the arrival: arrived in March 2025, first issued in April
        assertEquals(List.of(), TransitionEngine.derive(law, ukrainian("2026-08-03", "2025-04-02", "2025-03-01",
                asylblgSince("2025-03-01"))));
        // first issued before April 2025: SGB II as before
        assertEquals(List.of("ukraine-24-sgb2"), ids(TransitionEngine.derive(law, ukrainian("2026-08-03", "2025-03-25",
                "2025-04-05", asylblgSince("2025-03-20")))));
    }

    @Test
    void theUkrainianReturnDateIsTheAwardsEndAtTheLatestTheEndOfTheThirdMonthAfterEntryIntoForce() throws IOException {
        RuleSet law = withTheLawInForce("2026-07-01");
        List<Span> awardToJuly = List.of(new Span(LegalDomain.AsylbLG, d("2025-05-10"), d("2025-05-31")),
                new Span(LegalDomain.SGB2, d("2025-06-01"), d("2026-07-31")));
        List<Derived> back = TransitionEngine.derive(law, ukrainian("2025-05-20", "2025-05-20", "2025-05-10", awardToJuly));
        assertEquals(List.of("ukraine-24-since-april-2025-back-to-asylblg"), ids(back));
        assertEquals(d("2026-08-01"), back.get(0).effective());
        assertEquals(d("2026-07-02"), back.get(0).deadline());
        List<Span> awardToDecember = List.of(new Span(LegalDomain.AsylbLG, d("2025-05-10"), d("2025-05-31")),
                new Span(LegalDomain.SGB2, d("2025-06-01"), d("2026-12-31")));
        assertEquals(d("2026-10-01"), TransitionEngine.derive(law, ukrainian("2025-05-20", "2025-05-20", "2025-05-10",
                awardToDecember)).get(0).effective());
        // without the law: no return
        assertEquals(List.of(), TransitionEngine.derive(rules, ukrainian("2025-05-20", "2025-05-20", "2025-05-10",
                awardToDecember)));
        // an award without a recorded end, and entry into force on another day: the latest date moves with the law
        List<Span> openAward = List.of(new Span(LegalDomain.AsylbLG, d("2025-05-10"), d("2025-05-31")),
                new Span(LegalDomain.SGB2, d("2025-06-01"), null));
        assertEquals(d("2027-04-01"), TransitionEngine.derive(withTheLawInForce("2027-01-01"), ukrainian("2025-05-20",
                "2025-05-20", "2025-05-10", openAward)).get(0).effective());
    }

    // 6. § 41 Abs. 3 SGB VIII: the transition is checked one year before the help ends

    @Test
    void theYouthOfficeChecksTheTransitionOneYearBeforeTheHelpEndsUnderParagraph41Abs3Sgb8() {
        List<Span> youth = List.of(new Span(LegalDomain.SGB8, d("2022-05-01"), null));
        Derived d = TransitionEngine.atAge(rules, youth, d("2006-04-10"), true, null).get(0);
        assertEquals(d("2027-04-10"), d.effective());
        assertEquals(d("2026-04-10"), d.deadline());
        TransitionEngine.Deadline task = TransitionEngine.deadlines(rules, null, java.util.Set.of(LegalDomain.SGB8),
                d("2006-04-10"), d("2026-01-01")).get(0);
        assertEquals(d("2027-04-09"), task.due());
        assertEquals(d("2026-04-09"), task.warnFrom());
    }

    // 8. § 1 Abs. 3 AsylbLG with § 67 Abs. 1 Satz 1 Nr. 6 AsylG: the month in which the decision became final

    @Test
    void recognitionTakesEffectAfterTheMonthInWhichTheDecisionBecameFinal() {
        Situation decided = new Situation(ResidenceTitle.P25_2, d("2025-11-18"), d("2025-11-18"), null, true,
                asylblgSince("2024-09-01"), List.of(), null, d("2025-12-04"));
        Derived d = TransitionEngine.derive(rules, decided).get(0);
        assertEquals(d("2026-01-01"), d.effective());
        assertEquals(d("2025-12-02"), d.deadline());
        // not yet recorded: estimated from the decision date (notification and two weeks to sue)
        Situation estimated = new Situation(ResidenceTitle.P25_2, d("2025-11-03"), d("2025-11-03"), null, true,
                asylblgSince("2024-09-01"), List.of(), null, null);
        assertEquals(d("2025-12-01"), TransitionEngine.derive(rules, estimated).get(0).effective());
    }

    // 7. § 10 StAG: five years since 27.06.2024; the shortening to three years (Abs. 3) repealed from 30.10.2025

    @Test
    void arnsbergsNaturalisationPrecheckOffersNoShorteningUnderRepealedParagraph10Abs3StAG() throws IOException {
        Path arnsberg = Path.of("../ext-arnsberg/src/main/kim-inf");
        String form = Files.readString(arnsberg.resolve("forms/arnsberg.naturalisation-precheck.json"));
        assertTrue(!form.contains("specialIntegration") && form.contains("\"version\": \"1.2.0\""), form);
        for (String messages : List.of("messages_de.properties", "messages_en.properties")) {
            String text = Files.readString(arnsberg.resolve("i18n").resolve(messages));
            assertTrue(!text.contains("3 Jahre") && !text.contains("3 years") && text.contains("§ 10 Abs. 1 StAG"), text);
        }
    }

    // every rule names its source

    @Test
    void everyRuleOfTheShippedFileNamesItsParagraphAndVersion() {
        rules.transitions().forEach(r -> assertTrue(r.source().paragraph().startsWith("§"), r.id()));
        rules.deadlines().forEach(r -> assertTrue(r.source().version().length() > 10, r.id()));
        assertNull(RuleSet.parse("{\"transitions\":[],\"deadlines\":[]}".getBytes()).name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSet.parse(
                ("{\"transitions\":[{\"id\":\"a\",\"titles\":[\"P24\"],\"from\":\"AsylbLG\",\"to\":\"SGB2\",\"effective\":"
                        + "\"SAME_DAY\",\"deadlineFrom\":\"STATUS_DATE\",\"validFrom\":\"2020-01-01\"}]}").getBytes()));
        assertTrue(e.getMessage().contains("needs a source"), e.getMessage());
    }
}
