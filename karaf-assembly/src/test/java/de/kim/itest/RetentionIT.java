package de.kim.itest;

import static de.kim.itest.Api.assertProblem;
import static de.kim.itest.Api.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.inject.Inject;
import javax.sql.DataSource;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Retention, legal hold, erasure and the subject export: expired case files go with a deletion
 * record, held ones stay, erasure is refused while a rule keeps a case, and the audit chain still
 * verifies afterwards.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RetentionIT extends KimContainerTest {
    private static final String MESCHEDE = "05958032";

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private BundleContext bundleContext;

    private String client(String domain) {
        String id = api.post("/clients", json("familyName", "Alt" + UUID.randomUUID().toString().substring(0, 6),
                "givenNames", "Ali", "dateOfBirth", "1980-05-05", "nationality", "IRQ", "municipality", MESCHEDE,
                "employable", true), 201).get("id").asText();
        api.post("/clients/" + id + "/legal-domain-periods", json("domain", domain, "from", "2014-01-01", "to",
                "2015-12-31"), 201);
        return id;
    }

    private long closedCase(String client) {
        JsonNode c = api.post("/cases", json("clientId", client, "ownerMunicipality", MESCHEDE, "caseManager",
                "cm.meschede", "targetGroup", "OTHER"), 201);
        JsonNode closed = api.post("/cases/" + c.get("id").asLong() + "/phase", json("phase", "CLOSED", "reason",
                "Ziele erreicht", "version", c.get("version")), 200);
        return closed.get("id").asLong();
    }

    /** Moves the closure of a case into the past, as if years had gone by. */
    private void closedOn(long kimCase, String day) throws Exception {
        DataSource data = bundleContext.getService(bundleContext.getServiceReferences(DataSource.class,
                "(osgi.jndi.service.name=kim)").iterator().next());
        try (Connection db = data.getConnection();
                PreparedStatement s = db.prepareStatement("UPDATE KIM_CASE SET CLOSEDON = ? WHERE ID = ?")) {
            s.setDate(1, java.sql.Date.valueOf(day));
            s.setLong(2, kimCase);
            assertEquals(1, s.executeUpdate());
        }
    }

    private long deletionRecords(String client) throws Exception {
        DataSource data = bundleContext.getService(bundleContext.getServiceReferences(DataSource.class,
                "(osgi.jndi.service.name=kim)").iterator().next());
        try (Connection db = data.getConnection(); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM KIM_DELETION WHERE CLIENT_ID = '" + client + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    public void retentionRemovesExactlyTheExpiredFilesAndKeepsThoseOnLegalHold() throws Exception {
        String expiredClient = client("SGB2");
        long expired = closedCase(expiredClient);
        closedOn(expired, "2019-06-30"); // kim-case-file: 3 years → gone since 2022
        String asylClient = client("AsylbLG");
        long asyl = closedCase(asylClient);
        closedOn(asyl, "2021-06-30"); // AsylbLG: 6 years → kept until 2027
        String heldClient = client("SGB2");
        long held = closedCase(heldClient);
        closedOn(held, "2019-06-30");
        assertEquals(204, api.send("PUT", "/cases/" + held + "/legal-hold", json("hold", true, "reason",
                "Klageverfahren SG Dortmund"), Api.CM).status());
        assertProblem(api.send("PUT", "/cases/" + held + "/legal-hold", json("hold", true), Api.CM), 422, null);

        Console console = new Console(sessionFactory);
        String dry = console.run("kim:retention-run --dry-run");
        assertTrue(dry, dry.contains(expiredClient) && dry.contains("kim-case-file"));
        assertFalse(dry, dry.contains(asylClient));
        assertFalse(dry, dry.contains(heldClient + " "));
        assertTrue(dry, dry.contains("kept on legal hold") && dry.contains(String.valueOf(held)));
        assertEquals("a dry run deletes nothing", 200, api.get("/cases/" + expired).status());
        assertTrue("the console refuses the command to a case manager", Console.refused(console.runAs("cm.kreis",
                "kim:retention-run --dry-run", "KIM_CASE_MANAGER", "municipality:05958")));

        String run = console.run("kim:retention-run");
        assertTrue(run, run.contains("Deleted"));
        assertProblem(api.get("/cases/" + expired), 404, null);
        assertProblem(api.get("/clients/" + expiredClient), 404, null);
        assertEquals(2, deletionRecords(expiredClient)); // the case and the client left without one
        assertEquals(200, api.get("/cases/" + asyl).status());
        assertEquals(200, api.get("/cases/" + held).status());
        String verified = console.runAs("dsb", "kim:audit-verify", "KIM_DPO");
        assertTrue(verified, verified.contains("Audit chain intact"));
    }

    @Test
    public void erasureIsRefusedWithTheRuleThatKeepsACaseAndAllowedOnceNoneDoes() throws Exception {
        String asylClient = client("AsylbLG");
        long asyl = closedCase(asylClient);
        closedOn(asyl, "2022-01-31");
        assertProblem(api.send("DELETE", "/clients/" + asylClient, null, Api.CM), 409, "asylblg");
        String open = client("SGB2");
        api.post("/cases", json("clientId", open, "ownerMunicipality", MESCHEDE, "caseManager", "cm.meschede",
                "targetGroup", "OTHER"), 201);
        assertProblem(api.send("DELETE", "/clients/" + open, null, Api.CM), 409, "open");
        assertProblem(api.send("DELETE", "/clients/" + open, null, Api.CM_SUNDERN), 404, null);
        assertProblem(api.send("DELETE", "/clients/" + open, null, Api.ADMIN), 403, null);

        String old = client("SGB2");
        long oldCase = closedCase(old);
        closedOn(oldCase, "2018-01-31");
        assertEquals(204, api.send("DELETE", "/clients/" + old, null, Api.CM).status());
        assertProblem(api.get("/clients/" + old), 404, null);
        assertEquals(1, deletionRecords(old));
    }

    @Test
    public void theSubjectExportOfADemoClientHoldsEverythingStoredOnThem() throws Exception {
        // Amira Haddad of trajectory 1 (Sundern): timeline, case, consents and the hand-over referral
        JsonNode found = api.read("/clients?q=haddad+amira");
        String id = found.get("items").get(0).get("id").asText();
        long kimCase = api.read("/clients/" + id + "/cases").get(0).get("id").asLong();
        // a form submission too: the Hallenberg extension's intake form, deployed for the test
        new Console(sessionFactory).run("feature:install kim-ext-hallenberg");
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (api.get("/forms/hallenberg.intake").status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        Api.Reply submitted = api.send("POST", "/cases/" + kimCase + "/forms/hallenberg.intake", json("householdSize", 4,
                "childrenUnder6", 1, "needsChildcare", true, "mobility", "BUS", "meetingPlace", "RATHAUS"), Api.CM);
        assertEquals(submitted.raw(), 201, submitted.status());

        JsonNode export = api.read("/clients/" + id + "/export");
        assertEquals("Haddad", export.get("client").get("familyName").asText());
        assertTrue(export.get("timeline").get("periods").size() >= 2);
        assertTrue(export.get("timeline").get("residenceStatuses").size() >= 2);
        assertTrue(export.get("consents").size() >= 1);
        JsonNode c = export.get("cases").get(0);
        assertEquals(kimCase, c.get("kimCase").get("id").asLong());
        assertTrue(c.get("referrals").size() >= 1);
        assertEquals("hallenberg.intake", c.get("submissions").get(0).get("formId").asText());
        assertProblem(api.send("GET", "/clients/" + id + "/export", null, Api.CM_ARNSBERG), 404, null);
        assertProblem(api.send("GET", "/clients/" + id + "/export", null, Api.COORDINATOR), 404, null);
        assertProblem(api.send("GET", "/clients/" + id + "/export", null, null), 401, null);
    }
}
