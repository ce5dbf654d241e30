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
    }

    @Test
    public void trajectory2ToleratedYoungAdultIsWarnedBeforeThe27thBirthday() {
        LocalDate born = LocalDate.now().minusYears(27).plusMonths(3);
        String bakary = client("Jallow", "Bakary", born.toString(), "GMB", MESCHEDE, "2022-05-03", true);
        api.post("/clients/" + bakary + "/legal-domain-periods", json("domain", "AsylbLG", "from", "2022-05-03"), 201);
        status(bakary, "GESTATTUNG", "2022-05-10");
        JsonNode change = api.post("/clients/" + bakary + "/residence-statuses",
                json("title", "DULDUNG", "validFrom", LocalDate.now().minusMonths(14).toString()), 201);
        assertEquals("Duldung derives no legal-domain change", 0, change.get("transitions").size());
        JsonNode task = api.read("/clients/" + bakary + "/timeline").get("tasks").get(0);
        assertEquals(born.plusYears(27).minusDays(1).toString(), task.get("due").asText());
        assertTrue(task.get("title").asText().contains("§25a"));
        assertTrue(contains(api.read("/due/deadlines?days=0"), "clientId", bakary));
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
        JsonNode transitions = status(iryna, "P24", "2025-05-20").get("transitions");
        assertEquals(2, transitions.size());
        assertEquals("2025-06-01", transitions.get(0).get("effectiveDate").asText());
        JsonNode back = transitions.get(1);
        assertEquals("SGB2", back.get("from").asText());
        assertEquals("AsylbLG", back.get("to").asText());
        assertEquals("2026-07-01", back.get("effectiveDate").asText());
        assertEquals(responsible(ARNSBERG, "AsylbLG"), back.get("receivingOfficeId").asLong());
        assertTrue("one hand-over at a time", back.get("referralId").isNull());

        long first = transitions.get(0).get("referralId").asLong();
        move(first, "SENT");
        move(first, "ACCEPTED");
        move(first, "COMPLETED");
        JsonNode after = api.read("/clients/" + iryna + "/timeline").get("plannedTransitions").get(1);
        assertTrue("the 2026 switch got its hand-over once the first was done", after.get("referralId").isNumber());
        assertTrue(contains(api.read("/due/transitions?days=0"), "clientId", iryna));

        String lateArrival = client("Shevchenko", "Daria", "1990-02-02", "UKR", ARNSBERG, "2026-07-20", true);
        api.post("/clients/" + lateArrival + "/legal-domain-periods",
                json("domain", "AsylbLG", "from", "2026-07-20"), 201);
        assertEquals("protection granted after the switch stays in AsylbLG", 0,
                status(lateArrival, "P24", "2026-08-03").get("transitions").size());
    }

    @Test
    public void trajectory4UnaccompaniedMinorMovesFromYouthServicesToSgb2At21() {
        LocalDate born = LocalDate.now().minusYears(20).minusMonths(6);
        String ahmad = client("Rahimi", "Ahmad", born.toString(), "AFG", SCHMALLENBERG, "2022-08-12", true);
        JsonNode youth = api.post("/clients/" + ahmad + "/legal-domain-periods",
                json("domain", "SGB8", "from", "2022-08-15"), 201);
        assertEquals(responsible(SCHMALLENBERG, "SGB8"), youth.get("officeId").asLong());
        status(ahmad, "GESTATTUNG", "2022-09-20");
        assertEquals("recognised while in youth services: no AsylbLG change", 0,
                status(ahmad, "P25_2", "2023-06-05").get("transitions").size());
        JsonNode task = api.read("/clients/" + ahmad + "/timeline").get("tasks").get(0);
        assertEquals(born.plusYears(21).minusDays(1).toString(), task.get("due").asText());

        LocalDate twentyOne = born.plusYears(21);
        api.post("/clients/" + ahmad + "/legal-domain-periods/" + youth.get("id").asLong() + "/end",
                json("to", twentyOne.minusDays(1).toString()), 200);
        JsonNode sgb2 = api.post("/clients/" + ahmad + "/legal-domain-periods",
                json("domain", "SGB2", "from", twentyOne.toString()), 201);
        assertEquals(responsible(SCHMALLENBERG, "SGB2"), sgb2.get("officeId").asLong());
        Api.Reply overlap = api.send("POST", "/clients/" + ahmad + "/legal-domain-periods",
                json("domain", "SGB12", "from", twentyOne.plusMonths(1).toString()), Api.CM);
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
        assertEquals("2024-08-31", statuses.get(1).get("validTo").asText());
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
                "givenOn", LocalDate.now().toString()), 201);
        long id = api.post("/cases/" + kimCase + "/referrals", referral, 201).get("id").asLong();
        assertEquals("SENT", move(id, "SENT").get("status").asText());
        assertTrue("Yılmaz is found as yilmaz", contains(api.read("/clients?q=yilmaz&size=200").get("items"), "id", mehmet));
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
        return api.post("/cases", json("clientId", client, "ownerMunicipality", ags, "caseManager", "cm.test",
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
