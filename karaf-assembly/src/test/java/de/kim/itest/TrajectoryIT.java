package de.kim.itest;

import static de.kim.itest.Api.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The seven typical trajectories of KIM (KIM.md §3), each walked by a case manager over REST in the
 * running platform, with what the platform derives checked on the way.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrajectoryIT extends KimContainerTest {
    static final String ARNSBERG = "05958004";
    static final String BESTWIG = "05958008";
    static final String MEDEBACH = "05958028";
    static final String MESCHEDE = "05958032";
    static final String SCHMALLENBERG = "05958040";
    static final String SUNDERN = "05958044";

    @Test
    public void trajectory1SundernFamilyIsHandedOverToTheJobcenterSiteWithoutGap() {
        String amira = client("Haddad", "Amira", "1991-05-14", "SYR", SUNDERN, "2023-09-01", true);
        String lina = client("Haddad", "Lina", "2021-03-08", "SYR", SUNDERN, "2023-09-01", false);
        JsonNode linked = api.post("/clients/" + amira + "/household", json("clientId", lina, "relation", "CHILD"), 200);
        assertEquals("CHILD", linked.get("household").get(0).get("relation").asText());
        assertEquals("PARENT", api.read("/clients/" + lina).get("household").get(0).get("relation").asText());

        JsonNode asylblg = api.post("/clients/" + amira + "/legal-domain-periods",
                json("domain", "AsylbLG", "from", "2023-09-01"), 201);
        assertEquals(responsible(SUNDERN, "AsylbLG"), asylblg.get("officeId").asLong());
        status(amira, "GESTATTUNG", "2023-09-05");
        long kimCase = openCase(amira, SUNDERN, "ASYLUM_SEEKER");
        api.post("/clients/" + amira + "/consents", json("recipientKind", "JOBCENTER", "purpose", "HANDOVER",
                "givenOn", "2024-01-10", "documentRef", "EV-1"), 201);

        JsonNode change = api.post("/clients/" + amira + "/residence-statuses",
                json("title", "P25_2", "validFrom", "2024-03-12"), 201);
        JsonNode transition = only(change.get("transitions"));
        long jobcenterSundern = responsible(SUNDERN, "SGB2");
        assertEquals("AsylbLG", transition.get("from").asText());
        assertEquals("SGB2", transition.get("to").asText());
        assertEquals("2024-04-01", transition.get("effectiveDate").asText());
        assertEquals("2024-03-26", transition.get("deadline").asText());
        assertEquals(jobcenterSundern, transition.get("receivingOfficeId").asLong());
        assertTrue(api.read("/offices/" + jobcenterSundern).get("name").asText().contains("Standort Sundern"));

        assertTrue(transition.toString(), transition.get("legalBasis").asText().startsWith("§ 1 Abs. 3 Satz 1 AsylbLG"));
        // Lina, unable to work, recognised with her mother: SGB II in her mother's household (§ 19 Abs. 1 S. 2 SGB II)
        api.post("/clients/" + lina + "/legal-domain-periods", json("domain", "AsylbLG", "from", "2023-09-01"), 201);
        JsonNode child = only(status(lina, "P25_2", "2024-03-12").get("transitions"));
        assertEquals(child.toString(), "recognition-not-employable-household-sgb2", child.get("ruleId").asText());
        assertEquals("SGB2", child.get("to").asText());
        assertEquals("2024-04-01", child.get("effectiveDate").asText());
        assertTrue(child.get("legalBasis").asText().contains("§ 19 Abs. 1 Satz 2 SGB II"));

        long referral = transition.get("referralId").asLong();
        JsonNode handover = api.read("/referrals/" + referral);
        assertEquals("PROPOSED", handover.get("status").asText());
        assertEquals("HANDOVER", handover.get("kind").asText());
        assertEquals(kimCase, handover.get("caseId").asLong());
        assertEquals("2024-03-26", handover.get("deadline").asText());

        move(referral, "SENT");
        move(referral, "ACCEPTED");
        assertEquals(jobcenterSundern, api.read("/cases/" + kimCase).get("holderOfficeId").asLong());
        api.post("/cases/" + kimCase + "/activities", json("date", "2024-03-20", "kind", "MEETING",
                "note", "Übergabegespräch"), 201);
        assertEquals("an activity never hands the case back", jobcenterSundern,
                api.read("/cases/" + kimCase).get("holderOfficeId").asLong());
        move(referral, "COMPLETED");

        JsonNode periods = api.read("/clients/" + amira + "/timeline").get("periods");
        assertEquals(2, periods.size());
        assertEquals("2024-03-31", periods.get(0).get("to").asText());
        assertEquals("SGB2", periods.get(1).get("domain").asText());
        assertEquals("2024-04-01", periods.get(1).get("from").asText());
        assertEquals(jobcenterSundern, periods.get(1).get("officeId").asLong());
        assertEquals("APPLIED", api.read("/clients/" + amira + "/timeline").get("plannedTransitions").get(0)
                .get("status").asText());

        // integration course at the Volkshochschule, with a consent for the purpose LANGUAGE
        long vhs = -1;
        for (JsonNode service : api.read("/services?municipality=" + SUNDERN)) {
            if (service.get("name").asText().startsWith("Integrationskurs")) {
                vhs = service.get("providerOfficeId").asLong();
            }
        }
        assertTrue("the directory offers an integration course in Sundern", vhs > 0);
        serviceReferral(amira, kimCase, vhs, "LANGUAGE", "Integrationskurs bestanden (Deutsch-Test B1)");
        // childcare through the youth office of Sundern
        serviceReferral(amira, kimCase, responsible(SUNDERN, "SGB8"), "YOUTH", "Kitaplatz für Lina ab 01.08.2024");
        // settlement permit: no change of legal domain, the recognition ends the day before
        assertEquals(0, status(amira, "NIEDERLASSUNG", "2029-04-02").get("transitions").size());
        // naturalisation at the district's naturalisation office, then German citizenship
        long ebh = responsible(SUNDERN, "StAG");
        serviceReferral(amira, kimCase, ebh, "NATURALISATION", "Einbürgerungszusicherung erteilt");
        assertEquals(0, status(amira, "DEUTSCH", "2031-06-15").get("transitions").size());
        JsonNode statuses = api.read("/clients/" + amira + "/timeline").get("residenceStatuses");
        assertEquals(List.of("GESTATTUNG", "P25_2", "NIEDERLASSUNG", "DEUTSCH"),
                statuses.findValuesAsText("title"));
        assertEquals("2031-06-14", statuses.get(2).get("validTo").asText());
        JsonNode open = api.read("/cases/" + kimCase);
        JsonNode closed = api.post("/cases/" + kimCase + "/phase", json("phase", "CLOSED", "reason",
                "Ziele erreicht: eingebürgert", "version", open.get("version")), 200);
        assertEquals("CLOSED", closed.get("phase").asText());
        assertEquals(4, api.read("/cases/" + kimCase + "/referrals").size());
    }

    /** A service referral with its consent, sent, accepted and completed with {@code outcome}. */
    private void serviceReferral(String client, long kimCase, long office, String purpose, String outcome) {
        api.post("/clients/" + client + "/consents", json("recipientOfficeId", office, "purpose", purpose,
                "givenOn", "2024-04-02"), 201);
        long id = api.post("/cases/" + kimCase + "/referrals", json("toOfficeId", office, "kind", "SERVICE",
                "purpose", purpose, "note", outcome), 201).get("id").asLong();
        move(id, "SENT");
        move(id, "ACCEPTED");
        JsonNode current = api.read("/referrals/" + id);
        JsonNode done = api.post("/referrals/" + id + "/status", json("status", "COMPLETED", "outcome", outcome,
                "version", current.get("version")), 200);
        assertEquals(outcome, done.get("outcome").asText());
    }

    @Test
    public void trajectory2ToleratedYoungAdultIsWarnedBeforeThe27thBirthday() {
        LocalDate born = LocalDate.now(Api.PLATFORM_ZONE).minusYears(27).plusMonths(3);
        String bakary = client("Jallow", "Bakary", born.toString(), "GMB", MESCHEDE, "2022-05-03", true);
        api.post("/clients/" + bakary + "/legal-domain-periods", json("domain", "AsylbLG", "from", "2022-05-03"), 201);
        status(bakary, "GESTATTUNG", "2022-05-10");
        JsonNode change = api.post("/clients/" + bakary + "/residence-statuses",
                json("title", "DULDUNG", "validFrom", LocalDate.now(Api.PLATFORM_ZONE).minusMonths(14).toString()), 201);
        assertEquals("Duldung derives no legal-domain change", 0, change.get("transitions").size());
        JsonNode task = api.read("/clients/" + bakary + "/timeline").get("tasks").get(0);
        assertEquals(born.plusYears(27).minusDays(1).toString(), task.get("due").asText());
        assertTrue(task.get("title").asText().contains("§25a"));
        assertTrue(contains(api.read("/due/deadlines?days=0"), "clientId", bakary));
        assertEquals("stay since 2022 meets the three years", "MET", item(task, "STAY_3_YEARS"));
        assertEquals("no school recorded yet", "UNKNOWN", item(task, "SCHOOL_3_YEARS"));

        // school, then an apprenticeship: the checklist turns to MET
        api.post("/clients/" + bakary + "/occupations", json("kind", "SCHOOL", "from", "2022-08-22", "to", "2024-07-05",
                "description", "Internationale Förderklasse, Berufskolleg Meschede"), 201);
        api.post("/clients/" + bakary + "/occupations", json("kind", "TRAINING", "from", "2024-08-01",
                "description", "Ausbildung zum Anlagenmechaniker"), 201);
        task = api.read("/clients/" + bakary + "/timeline").get("tasks").get(0);
        assertEquals("MET", item(task, "DULDUNG"));
        assertEquals("MET", item(task, "SCHOOL_3_YEARS"));
        assertEquals("MET", item(task, "BEFORE_27"));
        assertEquals("TO_CHECK", item(task, "INTEGRATION_PROGNOSIS"));

        // the §25a application is granted: SGB II from the next month, the deadline is closed
        JsonNode granted = only(status(bakary, "P25A", LocalDate.now(Api.PLATFORM_ZONE).toString()).get("transitions"));
        assertEquals("SGB2", granted.get("to").asText());
        assertTrue(api.read("/clients/" + bakary + "/timeline").get("tasks").get(0).get("done").asBoolean());
        assertTrue(!contains(api.read("/due/deadlines?days=0"), "clientId", bakary));
    }

    @Test
    public void anAsylumSeekerGetsNoParagraph25aDeadline() {
        String young = client("Diallo", "Mamadou", LocalDate.now(Api.PLATFORM_ZONE).minusYears(22).toString(), "GIN", MESCHEDE,
                "2024-01-10", true);
        assertEquals(0, status(young, "GESTATTUNG", "2024-01-15").get("tasks").size());
    }

    @Test
    public void occupationsAndContinuationsAreRefusedOutsideTheTeam() {
        String client = client("Keller", "Sami", "2007-01-01", "SYR", SUNDERN, "2023-01-01", true);
        long youth = api.post("/clients/" + client + "/legal-domain-periods", json("domain", "SGB8", "from", "2023-01-02"),
                201).get("id").asLong();
        String occupation = json("kind", "SCHOOL", "from", "2023-02-01");
        String continuation = json("until", "2028-06-30");
        String periodPath = "/clients/" + client + "/legal-domain-periods/" + youth + "/continuation";
        for (String path : List.of("/clients/" + client + "/occupations", periodPath)) {
            String body = path.endsWith("occupations") ? occupation : continuation;
            Api.assertProblem(api.send("POST", path, body, null), 401, null);
            Api.assertProblem(api.send("POST", path, body, Api.CM_ARNSBERG), 404, null);
            Api.assertProblem(api.send("POST", path, body, Api.STEERING), 403, null);
            Api.assertProblem(api.send("POST", path, body, Api.ADMIN), 403, null);
            Api.assertProblem(api.send("POST", path, body, Api.COORDINATOR), 403, null);
        }
        long school = api.post("/clients/" + client + "/occupations", occupation, 201).get("id").asLong();
        Api.assertProblem(api.send("POST", "/clients/" + client + "/occupations/" + school + "/end",
                json("to", "2024-07-01"), Api.CM_ARNSBERG), 404, null);
        Api.assertProblem(api.send("POST", "/clients/" + client + "/occupations/" + school + "/end",
                json("to", "2022-07-01"), Api.CM), 422, "on or after");
        Api.assertProblem(api.send("POST", "/clients/" + client + "/occupations", json("kind", "HOBBY", "from",
                "2023-01-01"), Api.CM), 400, null);
        Api.assertProblem(api.send("POST", periodPath, json("until", "2027-06-30"), Api.CM), 422, "21st birthday");
        assertEquals(200, api.send("POST", periodPath, continuation, Api.CM_SUNDERN).status());
    }

    private static String item(JsonNode task, String code) {
        for (JsonNode item : task.get("checklist")) {
            if (code.equals(item.get("code").asText())) {
                return item.get("state").asText();
            }
        }
        throw new AssertionError("no checklist item " + code + " in " + task);
    }

    @Test
    public void trajectory3UkrainiansSwitchLegalDomainByEffectiveDateInBothDirections() {
        String olena = client("Kovalenko", "Olena", "1985-07-21", "UKR", ARNSBERG, "2022-03-10", true);
        api.post("/clients/" + olena + "/legal-domain-periods", json("domain", "AsylbLG", "from", "2022-03-10"), 201);
        JsonNode of2022 = only(status(olena, "P24", "2022-03-20").get("transitions"));
        assertEquals("2022-06-01", of2022.get("effectiveDate").asText());
        assertEquals("SGB2", of2022.get("to").asText());
        assertTrue(of2022.get("note").asText().contains("no open case"));

        String iryna = client("Bondarenko", "Iryna", "1993-01-30", "UKR", ARNSBERG, "2025-05-10", true);
        api.post("/clients/" + iryna + "/legal-domain-periods", json("domain", "AsylbLG", "from", "2025-05-10"), 201);
        openCase(iryna, ARNSBERG, "TEMPORARY_PROTECTION");
        for (String kind : List.of("JOBCENTER", "SOZIALAMT")) {
            api.post("/clients/" + iryna + "/consents", json("recipientKind", kind, "purpose", "HANDOVER",
                    "givenOn", "2025-05-12"), 201);
        }
        // first issued after 31.03.2025: under the law in force SGB II as well; the Leistungsrechtsanpassungsgesetz,
        // which would keep her in the AsylbLG, is not in force (its rules wait in the rules file)
        JsonNode toSgb2 = only(status(iryna, "P24", "2025-05-20").get("transitions"));
        assertEquals("ukraine-24-since-april-2025-sgb2", toSgb2.get("ruleId").asText());
        assertEquals("2025-06-01", toSgb2.get("effectiveDate").asText());
        assertTrue(toSgb2.get("legalBasis").asText().contains("§ 74 SGB II"));
        long first = toSgb2.get("referralId").asLong();
        move(first, "SENT");
        move(first, "ACCEPTED");
        move(first, "COMPLETED");
        JsonNode periods = api.read("/clients/" + iryna + "/timeline").get("periods");
        assertEquals("SGB2", periods.get(periods.size() - 1).get("domain").asText());
        JsonNode law = api.read("/transition-rules").get("laws").get(0);
        assertTrue(law.toString(), law.get("inForceFrom").isNull() && law.get("waiting").toString()
                .contains("ukraine-24-since-april-2025-back-to-asylblg"));

        String lateArrival = client("Shevchenko", "Daria", "1990-02-02", "UKR", ARNSBERG, "2026-07-20", true);
        api.post("/clients/" + lateArrival + "/legal-domain-periods",
                json("domain", "AsylbLG", "from", "2026-07-20"), 201);
        assertEquals("protection granted in 2026 leads to SGB II under the law in force", "2026-09-01",
                only(status(lateArrival, "P24", "2026-08-03").get("transitions")).get("effectiveDate").asText());
    }

    @Test
    public void aChildInSgb12JoinsTheSgb2OfItsParentWhenTheParentIsRecognised() {
        String parent = client("Sozialgeld", "Mutter", "1988-01-01", "SYR", SUNDERN, "2023-01-10", true);
        String child = client("Sozialgeld", "Kind", "2019-01-01", "SYR", SUNDERN, "2023-01-10", false);
        api.post("/clients/" + parent + "/household", json("clientId", child, "relation", "CHILD"), 200);
        api.post("/clients/" + parent + "/legal-domain-periods", json("domain", "AsylbLG", "from", "2023-01-10"), 201);
        api.post("/clients/" + child + "/legal-domain-periods", json("domain", "SGB12", "from", "2024-01-01"), 201);
        JsonNode change = api.post("/clients/" + parent + "/residence-statuses", json("title", "P25_1", "validFrom",
                "2024-05-06", "decisionFinalOn", "2024-05-20"), 201);
        JsonNode transitions = change.get("transitions");
        assertEquals(transitions.toString(), 2, transitions.size());
        assertEquals("2024-06-01", transitions.get(0).get("effectiveDate").asText());
        JsonNode joined = transitions.get(1);
        assertEquals(child, joined.get("clientId").asText());
        assertEquals("household-sozialgeld", joined.get("ruleId").asText());
        assertEquals("SGB12", joined.get("from").asText());
        assertEquals("SGB2", joined.get("to").asText());
        assertEquals("2024-06-01", joined.get("effectiveDate").asText());
        assertEquals(1, api.read("/clients/" + child + "/timeline").get("plannedTransitions").size());
        // decided on 06.05., final on 20.05.: SGB II from June; the same decision final on 03.06.: from July
        String later = client("Sozialgeld", "Vater", "1986-01-01", "SYR", SUNDERN, "2023-01-10", true);
        api.post("/clients/" + later + "/legal-domain-periods", json("domain", "AsylbLG", "from", "2023-01-10"), 201);
        assertEquals("2024-07-01", only(api.post("/clients/" + later + "/residence-statuses", json("title", "P25_1",
                "validFrom", "2024-05-06", "decisionFinalOn", "2024-06-03"), 201).get("transitions"))
                .get("effectiveDate").asText());
    }

    @Test
    public void trajectory4UnaccompaniedMinorMovesFromYouthServicesToSgb2At21() {
        LocalDate born = LocalDate.now(Api.PLATFORM_ZONE).minusYears(20).minusMonths(6);
        LocalDate twentyOne = born.plusYears(21);
        String ahmad = client("Rahimi", "Ahmad", born.toString(), "AFG", SCHMALLENBERG, "2022-08-12", true);
        long kimCase = openCase(ahmad, SCHMALLENBERG, "UNACCOMPANIED_MINOR");
        api.post("/clients/" + ahmad + "/consents", json("recipientKind", "JOBCENTER", "purpose", "HANDOVER",
                "givenOn", "2022-09-01"), 201);
        JsonNode youth = api.post("/clients/" + ahmad + "/legal-domain-periods",
                json("domain", "SGB8", "from", "2022-08-15"), 201);
        assertEquals(responsible(SCHMALLENBERG, "SGB8"), youth.get("officeId").asLong());
        status(ahmad, "GESTATTUNG", "2022-09-20");
        assertEquals("recognised while in youth services: no AsylbLG change", 0,
                status(ahmad, "P25_2", "2023-06-05").get("transitions").size());
        JsonNode timeline = api.read("/clients/" + ahmad + "/timeline");
        assertEquals(twentyOne.minusDays(1).toString(), timeline.get("tasks").get(0).get("due").asText());
        JsonNode planned = only(timeline.get("plannedTransitions"));
        assertEquals("SGB8", planned.get("from").asText());
        assertEquals("SGB2", planned.get("to").asText());
        assertEquals("the change is derived for the 21st birthday", twentyOne.toString(),
                planned.get("effectiveDate").asText());
        long referral = planned.get("referralId").asLong();
        // § 41 Abs. 3 SGB VIII: the transfer is checked a year before the help ends
        assertEquals(twentyOne.minusDays(365).toString(), api.read("/referrals/" + referral).get("deadline").asText());

        // the youth office continues the help under §41 SGB VIII for half a year: the change moves
        LocalDate until = twentyOne.plusMonths(6).minusDays(1);
        String path = "/clients/" + ahmad + "/legal-domain-periods/" + youth.get("id").asLong() + "/continuation";
        assertEquals(until.toString(), api.post(path, json("until", until.toString()), 200).get("continuedUntil").asText());
        timeline = api.read("/clients/" + ahmad + "/timeline");
        planned = only(timeline.get("plannedTransitions"));
        assertEquals(until.plusDays(1).toString(), planned.get("effectiveDate").asText());
        assertEquals(until.plusDays(1).minusDays(365).toString(), api.read("/referrals/" + referral).get("deadline").asText());
        assertEquals(until.toString(), timeline.get("tasks").get(0).get("due").asText());
        Api.Reply beyond27 = api.send("POST", path, json("until", born.plusYears(27).toString()), Api.CM);
        assertEquals(beyond27.raw(), 422, beyond27.status());

        // the hand-over to the Jobcenter is done: youth services end, SGB II begins the next day
        move(referral, "SENT");
        move(referral, "ACCEPTED");
        move(referral, "COMPLETED");
        JsonNode periods = api.read("/clients/" + ahmad + "/timeline").get("periods");
        assertEquals(until.toString(), periods.get(0).get("to").asText());
        assertEquals("SGB2", periods.get(1).get("domain").asText());
        assertEquals(until.plusDays(1).toString(), periods.get(1).get("from").asText());
        assertEquals(responsible(SCHMALLENBERG, "SGB2"), periods.get(1).get("officeId").asLong());
        assertEquals(kimCase, api.read("/referrals/" + referral).get("caseId").asLong());
        Api.Reply overlap = api.send("POST", "/clients/" + ahmad + "/legal-domain-periods",
                json("domain", "SGB12", "from", until.plusMonths(1).toString()), Api.CM);
        assertEquals(overlap.raw(), 409, overlap.status());
        assertTrue(overlap.body().get("detail").asText().contains("exclude one another"));
    }

    @Test
    public void trajectory5LongToleratedPersonMovesToSgb2With104cAndKeepsItWith25b() {
        String besim = client("Krasniqi", "Besim", "1980-12-03", "SRB", BESTWIG, "2015-10-01", true);
        api.post("/clients/" + besim + "/legal-domain-periods", json("domain", "AsylbLG", "from", "2015-10-01"), 201);
        status(besim, "DULDUNG", "2016-03-01");
        JsonNode chance = only(status(besim, "P104C", "2023-02-15").get("transitions"));
        assertEquals("bleiberecht-employable", chance.get("ruleId").asText());
        assertEquals("2023-03-01", chance.get("effectiveDate").asText());
        assertEquals(0, status(besim, "P25B", "2024-09-01").get("transitions").size());
        JsonNode statuses = api.read("/clients/" + besim + "/timeline").get("residenceStatuses");
        assertEquals("18 months, § 104c Abs. 3 AufenthG a. F.", "2024-08-14", statuses.get(1).get("validTo").asText());
        // no new grants since 2026
        Api.Reply refused = api.send("POST", "/clients/" + besim + "/residence-statuses", json("title", "P104C",
                "validFrom", "2026-01-05"), Api.CM);
        Api.assertProblem(refused, 422, "§ 104c");
    }

    @Test
    public void trajectory6NaturalisationGoesToArnsbergsOwnOfficeOnlyWithConsent() {
        String mehmet = client("Yılmaz", "Mehmet", "1975-06-18", "TUR", ARNSBERG, "1998-04-01", true);
        status(mehmet, "NIEDERLASSUNG", "2008-05-01");
        long kimCase = openCase(mehmet, ARNSBERG, "LONG_TERM_RESIDENT");
        long ebh = responsible(ARNSBERG, "StAG");
        assertEquals("Einbürgerungsbehörde der Stadt Arnsberg", api.read("/offices/" + ebh).get("name").asText());
        String referral = json("toOfficeId", ebh, "kind", "SERVICE", "purpose", "RESIDENCE", "note", "Antrag");
        Api.Reply refused = api.send("POST", "/cases/" + kimCase + "/referrals", referral, Api.CM);
        assertEquals(refused.raw(), 409, refused.status());
        assertTrue(refused.body().get("detail").asText().contains("no consent"));
        api.post("/clients/" + mehmet + "/consents", json("recipientOfficeId", ebh, "purpose", "RESIDENCE",
                "givenOn", LocalDate.now(Api.PLATFORM_ZONE).toString()), 201);
        long id = api.post("/cases/" + kimCase + "/referrals", referral, 201).get("id").asLong();
        assertEquals("SENT", move(id, "SENT").get("status").asText());
        assertTrue("Yılmaz is found as yilmaz", contains(api.read("/clients?q=yilmaz&size=200"), "id", mehmet));
    }

    @Test
    public void trajectory7EuWorkerWhoLostTheJobIsAssessedAndTheGapReported() {
        String andrzej = client("Nowak", "Andrzej", "1988-09-09", "POL", MEDEBACH, "2019-03-15", true);
        status(andrzej, "EU_FREIZUEGIGKEIT", "2019-03-15");
        JsonNode alg = api.post("/clients/" + andrzej + "/legal-domain-periods",
                json("domain", "SGB3", "from", "2026-10-01"), 201);
        assertEquals(responsible(MEDEBACH, "SGB3"), alg.get("officeId").asLong());
        long kimCase = openCase(andrzej, MEDEBACH, "EU_CITIZEN");
        JsonNode c = api.read("/cases/" + kimCase);
        c = api.post("/cases/" + kimCase + "/phase", json("phase", "ASSESSMENT", "version", c.get("version")), 200);
        api.send("PUT", "/cases/" + kimCase + "/assessments/WORK", json("need", "HIGH", "note", "Arbeitsplatzverlust"),
                Api.CM);
        Api.Reply health = api.send("PUT", "/cases/" + kimCase + "/assessments/HEALTH",
                json("need", "HIGH", "note", "Krankenversicherung unklar"), Api.CM);
        assertEquals(health.raw(), 200, health.status());
        assertEquals(2, health.body().get("assessments").size());

        JsonNode finding = api.post("/structural-findings", json("topic", "HEALTH", "title",
                "Krankenversicherung von EU-Bürgern nach Verlust des Arbeitnehmerstatus", "caseIds", List.of(kimCase)),
                201);
        assertEquals("OPEN", finding.get("status").asText());
        long id = finding.get("id").asLong();
        JsonNode raised = api.post("/structural-findings/" + id + "/status",
                json("status", "RAISED", "version", finding.get("version")), 200);
        JsonNode resolved = api.post("/structural-findings/" + id + "/status",
                json("status", "RESOLVED", "version", raised.get("version")), 200);
        Api.Reply reopen = api.send("POST", "/structural-findings/" + id + "/status",
                json("status", "OPEN", "version", resolved.get("version")), Api.CM);
        assertEquals(reopen.raw(), 409, reopen.status());
        assertTrue(contains(api.read("/structural-findings?status=RESOLVED"), "id", String.valueOf(id)));

        // the job ended involuntarily after seven years: the worker status is kept, SGB II is open to him,
        // health insurance is to be settled
        long job = api.post("/clients/" + andrzej + "/occupations", json("kind", "EMPLOYMENT", "from", "2019-04-01",
                "description", "Lagerarbeiter"), 201).get("id").asLong();
        assertEquals(0, api.read("/clients/" + andrzej + "/timeline").get("tasks").size());
        api.post("/clients/" + andrzej + "/occupations/" + job + "/end", json("to", "2026-09-30", "involuntary", true), 200);
        JsonNode task = only(api.read("/clients/" + andrzej + "/timeline").get("tasks"));
        assertEquals("eu-worker-job-loss", task.get("ruleId").asText());
        assertEquals("2026-10-14", task.get("due").asText());
        assertEquals("MET", item(task, "WORKER_STATUS"));
        assertEquals("MET", item(task, "SGB2_ENTITLEMENT"));
        assertEquals("TO_CHECK", item(task, "HEALTH_INSURANCE"));
        JsonNode sgb2 = api.post("/clients/" + andrzej + "/legal-domain-periods",
                json("domain", "SGB2", "from", "2027-04-01"), 201);
        assertEquals(responsible(MEDEBACH, "SGB2"), sgb2.get("officeId").asLong());

        // a second EU citizen who quit after eight months: no worker status, SGB II excluded
        String ewa = client("Kowalska", "Ewa", "1995-03-03", "POL", MEDEBACH, "2025-12-01", true);
        status(ewa, "EU_FREIZUEGIGKEIT", "2025-12-01");
        api.post("/clients/" + ewa + "/occupations", json("kind", "EMPLOYMENT", "from", "2026-01-01", "to", "2026-08-31",
                "involuntaryEnd", false), 201);
        JsonNode quit = only(api.read("/clients/" + ewa + "/timeline").get("tasks"));
        assertEquals("NOT_MET", item(quit, "WORKER_STATUS"));
        assertEquals("NOT_MET", item(quit, "SGB2_ENTITLEMENT"));
    }

    private String client(String family, String given, String born, String nationality, String ags, String arrival,
            boolean employable) {
        return api.post("/clients", json("familyName", family, "givenNames", given + " " + UUID.randomUUID()
                .toString().substring(0, 4), "dateOfBirth", born, "nationality", nationality, "municipality", ags,
                "arrivalDate", arrival, "employable", employable), 201).get("id").asText();
    }

    private JsonNode status(String client, String title, String from) {
        return api.post("/clients/" + client + "/residence-statuses", json("title", title, "validFrom", from), 201);
    }

    private long openCase(String client, String ags, String targetGroup) {
        return api.post("/cases", json("clientId", client, "ownerMunicipality", ags, "caseManager", "cm.kreis",
                "targetGroup", targetGroup), 201).get("id").asLong();
    }

    private JsonNode move(long referral, String status) {
        JsonNode current = api.read("/referrals/" + referral);
        return api.post("/referrals/" + referral + "/status", json("status", status, "version", current.get("version")),
                200);
    }

    private long responsible(String ags, String domain) {
        return api.read("/municipalities/" + ags + "/responsible?legalDomain=" + domain).get("id").asLong();
    }

    private static JsonNode only(JsonNode array) {
        assertEquals(array.toString(), 1, array.size());
        assertNotNull(array.get(0));
        return array.get(0);
    }

    static boolean contains(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.get(field).asText())) {
                return true;
            }
        }
        return false;
    }

}
