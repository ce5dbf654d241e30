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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /**
     * The Art. 15 export: a town's case manager sees which other municipalities hold cases (no content), the
     * district and the data-protection officer every case; each export has the access log; the PDF is German.
     */
    @Test
    public void theSubjectExportNamesTheOtherTownsCasesAndWhoAccessedTheData() throws Exception {
        String sundern = "05958044";
        String id = api.send("POST", "/clients", json("familyName", "Auskunft" + UUID.randomUUID().toString()
                .substring(0, 5), "givenNames", "Rana", "dateOfBirth", "1985-02-02", "municipality", sundern,
                "employable", true), Api.CM_SUNDERN).body().get("id").asText();
        long own = api.send("POST", "/cases", json("clientId", id, "ownerMunicipality", sundern, "caseManager",
                "cm.sundern", "targetGroup", "OTHER"), Api.CM_SUNDERN).body().get("id").asLong();
        long other = api.post("/cases", json("clientId", id, "ownerMunicipality", MESCHEDE, "caseManager",
                "cm.meschede", "targetGroup", "OTHER"), 201).get("id").asLong();
        api.send("GET", "/clients/" + id, null, Api.CM_SUNDERN);

        JsonNode town = api.send("GET", "/clients/" + id + "/export", null, Api.CM_SUNDERN).body();
        assertEquals(town.toString(), 1, town.get("cases").size());
        assertEquals(own, town.get("cases").get(0).get("kimCase").get("id").asLong());
        assertEquals(MESCHEDE, town.get("casesElsewhere").get(0).get("municipality").asText());
        assertEquals("Meschede", town.get("casesElsewhere").get(0).get("name").asText());
        assertFalse("no content of the other case", town.toString().contains("\"id\":" + other + ","));
        List<String> readers = new ArrayList<>();
        town.get("accessLog").forEach(a -> readers.add(a.get("user").asText() + " " + a.get("action").asText()));
        assertTrue(readers.toString(), readers.contains("cm.sundern client.read"));
        assertTrue(readers.toString(), readers.contains("cm.kreis case.open"));

        JsonNode district = api.read("/clients/" + id + "/export");
        assertEquals(2, district.get("cases").size());
        assertEquals(0, district.get("casesElsewhere").size());
        JsonNode dpo = api.send("GET", "/clients/" + id + "/export", null, Api.DPO).body();
        assertEquals(dpo.toString(), 2, dpo.get("cases").size());
        assertProblem(api.send("GET", "/clients/" + id, null, Api.DPO), 403, null);

        Api.Bytes pdf = api.bytes("/clients/" + id + "/export?format=pdf", Api.DPO);
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        Path file = Files.createTempFile("auskunft", ".pdf");
        Files.write(file, pdf.body());
        Process text = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true).start();
        String content = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, text.waitFor());
        assertTrue(content, content.contains("Auskunft nach Art. 15 DSGVO") && content.contains("Zugriffe auf Ihre Daten")
                && content.contains("cm.sundern") && content.contains("Rana"));
        assertProblem(api.send("GET", "/clients/" + id + "/export?format=doc", null, Api.DPO), 400, "format");
    }

    /**
     * An erasure leaves no row that names the person or holds their name, in any table of the schema (the audit
     * trail keeps ids and keyed hashes of search terms), and after the compaction not a byte of the name in
     * Derby's table files.
     */
    @Test
    public void anErasureLeavesNeitherRowsNorBytesOfThePerson() throws Exception {
        String name = "Zqxerased" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        String id = api.post("/clients", json("familyName", name, "givenNames", "Ali", "dateOfBirth", "1980-05-05",
                "nationality", "IRQ", "municipality", MESCHEDE, "employable", true, "phone", "0291 " + name), 201)
                .get("id").asText();
        String other = client("SGB2");
        api.post("/clients/" + id + "/household", json("clientId", other, "relation", "CHILD"), 200);
        api.post("/clients/" + id + "/legal-domain-periods", json("domain", "SGB2", "from", "2014-01-01", "to",
                "2015-12-31"), 201);
        api.post("/clients/" + id + "/occupations", json("kind", "TRAINING", "from", "2014-02-01", "description",
                "Ausbildung bei Bäckerei " + name), 201);
        api.post("/clients/" + id + "/consents", json("recipientKind", "JOBCENTER", "purpose", "BENEFITS", "givenOn",
                "2014-01-10", "documentRef", "EV-" + name), 201);
        JsonNode c = api.post("/cases", json("clientId", id, "ownerMunicipality", MESCHEDE, "caseManager",
                "cm.meschede", "targetGroup", "OTHER"), 201);
        long kimCase = c.get("id").asLong();
        api.post("/cases/" + kimCase + "/activities", json("date", "2014-03-01", "kind", "MEETING", "note",
                "Gespräch mit Herrn " + name), 201);
        JsonNode closed = api.post("/cases/" + kimCase + "/phase", json("phase", "CLOSED", "reason", "Umzug von "
                + name + " nach Köln", "version", api.read("/cases/" + kimCase).get("version")), 200);
        closedOn(closed.get("id").asLong(), "2018-01-31");
        assertEquals(1, api.read("/clients?q=" + name).size());

        DataSource data = bundleContext.getService(bundleContext.getServiceReferences(DataSource.class,
                "(osgi.jndi.service.name=kim)").iterator().next());
        Path seg0 = Paths.get(System.getProperty("karaf.data"), "derby", "kim", "seg0");
        boolean derby;
        try (Connection db = data.getConnection()) {
            derby = db.getMetaData().getURL().startsWith("jdbc:derby:");
        }
        if (derby) {
            try (Connection db = data.getConnection(); Statement s = db.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()");
            }
            assertFalse("before the erasure the table files hold the name (the check below can fail)",
                    filesHolding(seg0, name).isEmpty());
        }

        assertEquals(204, api.send("DELETE", "/clients/" + id, null, Api.CM).status());
        List<String> left = new ArrayList<>();
        int walked = 0;
        try (Connection db = data.getConnection(); ResultSet columns = db.getMetaData().getColumns(null, null,
                "%", "%")) {
            while (columns.next()) {
                // Derby: APP.KIM_CLIENT; PostgreSQL: public.kim_client
                String table = columns.getString("TABLE_NAME");
                if (!table.toUpperCase(java.util.Locale.ROOT).startsWith("KIM_")
                        || !Set.of("APP", "public").contains(columns.getString("TABLE_SCHEM"))) {
                    continue;
                }
                walked++;
                String column = columns.getString("COLUMN_NAME"); // as the database spells it, for quoting
                String type = columns.getString("TYPE_NAME").toUpperCase(java.util.Locale.ROOT);
                String where = null;
                String key = column.toUpperCase(java.util.Locale.ROOT);
                if (type.contains("CHAR") || type.equals("CLOB") || type.equals("TEXT")) {
                    where = "\"" + column + "\" LIKE '%" + name + "%' OR \"" + column + "\" LIKE '%"
                            + name.toLowerCase(java.util.Locale.ROOT) + "%' OR \"" + column + "\" LIKE '%"
                            + name.toUpperCase(java.util.Locale.ROOT) + "%'";
                    if (Set.of("CLIENT_ID", "CLIENTID", "OTHER_CLIENT_ID").contains(key) && !Set.of("KIM_AUDIT",
                            "KIM_DELETION").contains(table.toUpperCase(java.util.Locale.ROOT))) {
                        where += " OR \"" + column + "\" = '" + id + "'";
                    }
                } else if (Set.of("CASE_ID", "CASEID").contains(key) && !Set.of("KIM_AUDIT", "KIM_DELETION")
                        .contains(table.toUpperCase(java.util.Locale.ROOT))) {
                    where = "\"" + column + "\" = " + kimCase;
                }
                if (where != null) {
                    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \""
                            + table + "\" WHERE " + where)) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            left.add(table + "." + column + ": " + r.getLong(1));
                        }
                    }
                }
            }
        }
        assertTrue("columns walked: " + walked, walked > 200);
        assertEquals("rows that name the erased person or hold their name", List.of(), left);
        JsonNode searched = api.send("GET", "/audit?searched=" + name, null, Api.DPO).body();
        assertTrue("the search is still found by its keyed hash: " + searched, searched.size() >= 1);
        assertTrue(searched.toString(), searched.get(0).get("detail").asText().contains("name=h:"));

        if (!derby) {
            return; // PostgreSQL: VACUUM FULL, as the README says
        }
        List<String> files = List.of();
        for (long deadline = System.nanoTime() + 60_000_000_000L; System.nanoTime() < deadline; Thread.sleep(500)) {
            files = filesHolding(seg0, name);
            if (files.isEmpty()) {
                break;
            }
        }
        assertEquals("table files of Derby that still hold the name after the compaction", List.of(), files);
    }

    private static List<String> filesHolding(Path folder, String text) throws Exception {
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8),
                text.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8),
                text.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        List<String> holding = new ArrayList<>();
        try (var walk = Files.list(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue;
                }
                for (byte[] needle : needles) {
                    if (TestDatabase.holds(bytes, needle)) {
                        holding.add(file.getFileName().toString());
                        break;
                    }
                }
            }
        }
        return holding;
    }


    @Test
    public void theSubjectExportOfADemoClientHoldsEverythingStoredOnThem() throws Exception {
        // Amira Haddad of trajectory 1 (Sundern): timeline, case, consents and the hand-over referral
        JsonNode found = api.read("/clients?q=haddad+amira");
        String id = found.get(0).get("id").asText();
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
