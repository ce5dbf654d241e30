package de.kim.itest;

import static de.kim.itest.Api.json;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The steering half of KIM on the HSK demo data: posts and caseloads, needs assessment, indicators side by
 * side, snapshots, the steering group's meetings, and the evaluation report read back from its PDF
 * (pdftotext) — with the roles that may and may not see them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SteeringIT extends KimContainerTest {
    private static final String SUNDERN = "05958044";
    private static final int THRESHOLD = 5;
    private static final List<String> KIM_TOWNS = List.of("Arnsberg", "Bestwig", "Hallenberg", "Medebach", "Meschede",
            "Schmallenberg", "Sundern");

    @Inject
    private SessionFactory sessionFactory;

    /** The schedule's first look comes 5 s after the start instead of a minute: the snapshot test waits for it. */
    @Override
    @Configuration
    public Option[] config() {
        return KimContainer.options(KimContainer.withHistory(), editConfigurationFilePut("etc/de.kim.steering.cfg",
                "snapshot.first.check.seconds", "5"));
    }

    @Test
    public void postsCarryTheCaseManagersAndTheCaseloadIsPerFullTimePost() {
        JsonNode posts = api.send("GET", "/steering/posts", null, Api.COORDINATOR).body();
        Api.assertProblem(api.send("GET", "/steering/posts", null, Api.CM), 403, null);
        assertTrue(posts.toString(), posts.size() >= 12);
        assertTrue(posts.findValuesAsText("placement").contains("Rathaus Sundern"));
        assertTrue(posts.findValuesAsText("holder").contains("cm.sundern"));
        JsonNode loads = api.send("GET", "/steering/caseloads", null, Api.COORDINATOR).body();
        JsonNode district = loads.get(loads.size() - 1);
        assertEquals("05958", district.get("municipality").asText());
        assertTrue(district.toString(), district.get("caseManagerFte").asDouble() >= 7);

        // a case manager is a person with a post: a free string is refused
        String client = api.post("/clients", json("familyName", "Postlos", "dateOfBirth", "1990-01-01",
                "municipality", SUNDERN), 201).get("id").asText();
        Api.Reply refused = api.send("POST", "/cases", json("clientId", client, "ownerMunicipality", SUNDERN,
                "caseManager", "somebody", "targetGroup", "OTHER"), Api.CM);
        Api.assertProblem(refused, 422, "case-manager post");
        Api.Reply arnsbergInSundern = api.send("POST", "/cases", json("clientId", client, "ownerMunicipality", SUNDERN,
                "caseManager", "cm.arnsberg", "targetGroup", "OTHER"), Api.CM);
        Api.assertProblem(arnsbergInSundern, 422, "05958044");

        // the coordination creates a post; the holder can then own cases
        String post = json("municipality", SUNDERN, "role", "CASE_MANAGER", "fte", 0.5, "funding", "KOMMUNE",
                "placement", "Stadtteilbüro Hachen", "holder", "cm.hachen", "from", "2025-01-01");
        Api.assertProblem(api.send("POST", "/steering/posts", post, Api.CM_SUNDERN), 403, null);
        Api.assertProblem(api.send("POST", "/steering/posts", post, null), 401, null);
        Api.assertProblem(api.send("POST", "/steering/posts", json("municipality", SUNDERN, "role", "CASE_MANAGER",
                "fte", 1.5, "from", "2025-01-01"), Api.COORDINATOR), 422, "full-time");
        JsonNode created = api.send("POST", "/steering/posts", post, Api.COORDINATOR).body();
        assertEquals("Stadtteilbüro Hachen", created.get("placement").asText());
        api.post("/cases", json("clientId", client, "ownerMunicipality", SUNDERN, "caseManager", "cm.hachen",
                "targetGroup", "OTHER"), 201);
        Api.assertProblem(api.send("PUT", "/steering/posts/" + created.get("id").asLong(), post.replace("}",
                ",\"version\":99}"), Api.ADMIN), 409, "changed");
    }

    @Test
    public void needsAssessmentComparesWithTheYearBeforeAndSuppressesSmallCells() {
        Api.assertProblem(api.send("GET", "/steering/needs/" + SUNDERN + "?period=2025", null, Api.CM_SUNDERN), 403, null);
        Api.assertProblem(api.send("GET", "/steering/needs/" + SUNDERN + "?period=2025", null, Api.CM_ARNSBERG), 403, null);
        Api.assertProblem(api.send("GET", "/steering/needs/" + SUNDERN + "?period=2025", null, null), 401, null);
        Api.assertProblem(api.send("GET", "/steering/needs/05958999?period=2025", null, Api.COORDINATOR), 404, null);
        Api.assertProblem(api.send("GET", "/steering/needs/" + SUNDERN + "?period=abc", null, Api.COORDINATOR), 400, null);

        JsonNode needs = api.send("GET", "/steering/needs/" + SUNDERN + "?period=2025", null, Api.STEERING).body();
        assertTrue(needs.get("name").asText().startsWith("Sundern"));
        assertTrue(needs.get("derived").size() > 0);
        for (JsonNode f : needs.get("derived")) {
            checkCell(f.get("value"), f.get("suppressed").asBoolean(), f.toString());
            checkCell(f.get("previous"), f.get("previousSuppressed").asBoolean(), f.toString());
        }
        assertTrue(needs.get("responsibilities").findValuesAsText("officeName").contains("Jugendamt der Stadt Sundern"));

        String entered = json("allocationsAnnounced", 48, "familyReunifications", 9, "languageCoursePlaces", 25,
                "childcarePlacesMissing", 6, "localConditions", "Wohnraum knapp; Busanbindung der Ortsteile schwach");
        Api.assertProblem(api.send("PUT", "/steering/needs/" + SUNDERN + "?period=2025", entered, Api.STEERING), 403, null);
        Api.assertProblem(api.send("PUT", "/steering/needs/" + SUNDERN + "?period=2025",
                json("allocationsAnnounced", -1), Api.COORDINATOR), 422, null);
        Api.assertProblem(api.send("PUT", "/steering/needs/" + SUNDERN + "?period=2024", json("localConditions",
                "x".repeat(4001)), Api.COORDINATOR), 422, "localConditions");
        JsonNode saved = api.send("PUT", "/steering/needs/" + SUNDERN + "?period=2025", entered, Api.COORDINATOR).body();
        assertEquals(48, saved.get("allocationsAnnounced").asInt());
        Api.assertProblem(api.send("PUT", "/steering/needs/" + SUNDERN + "?period=2025", entered, Api.COORDINATOR), 409,
                "read it again");
        assertEquals(48, api.send("GET", "/steering/needs/" + SUNDERN + "?period=2025", null, Api.COORDINATOR).body()
                .get("entered").get("allocationsAnnounced").asInt());
    }

    @Test
    public void indicatorsSideBySideNeverShowASmallNumberAndSnapshotsKeepThem() throws Exception {
        JsonNode figures = api.send("GET", "/steering/indicators?period=2025", null, Api.STEERING).body();
        assertTrue(figures.size() >= 10);
        for (JsonNode f : figures) {
            assertEquals(KIM_TOWNS.size(), f.get("municipalities").size());
            for (JsonNode c : f.get("municipalities")) {
                checkCell(c.get("numerator"), c.get("suppressed").asBoolean(), f.get("indicatorId") + " " + c);
                checkCell(c.get("denominator"), c.get("suppressed").asBoolean(), f.get("indicatorId") + " " + c);
                if (c.get("suppressed").asBoolean()) {
                    assertTrue(c.get("per1000").isNull());
                }
            }
            assertEquals("2021", f.get("trend").get(0).get("key").asText());
        }
        Api.assertProblem(api.send("GET", "/steering/indicators?period=2025", null, Api.CM), 403, null);
        JsonNode findings = api.send("GET", "/steering/findings", null, Api.COORDINATOR).body();
        assertTrue(findings.toString(), findings.findValuesAsText("name").contains("Medebach"));

        Api.assertProblem(api.send("POST", "/steering/snapshots", json("period", 2024), Api.STEERING), 403, null);
        JsonNode snapshot = api.send("POST", "/steering/snapshots", json("period", 2024), Api.COORDINATOR).body();
        assertTrue(snapshot.get("sha256").asText().matches("[0-9a-f]{64}"));
        assertEquals(figures.size(), snapshot.get("figures").size());
        JsonNode kept = api.send("GET", "/steering/snapshots?period=2024", null, Api.STEERING).body();
        assertEquals(snapshot.get("sha256").asText(), kept.get(0).get("sha256").asText());
        // the schedule takes 2025's snapshot on its own 5 s after the start (configured above) (31 January 2026 has passed)
        long deadline = System.nanoTime() + 150_000_000_000L;
        JsonNode scheduled = api.send("GET", "/steering/snapshots?period=2025", null, Api.STEERING).body();
        while (!scheduled.findValuesAsText("takenBy").contains("system:monitoring-schedule")
                && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            scheduled = api.send("GET", "/steering/snapshots?period=2025", null, Api.STEERING).body();
        }
        assertTrue(scheduled.toString(), scheduled.findValuesAsText("takenBy").contains("system:monitoring-schedule"));
        JsonNode all = api.send("GET", "/steering/snapshots", null, Api.COORDINATOR).body();
        assertTrue(all.toString(), all.size() >= 2);
        assertTrue(new Console(sessionFactory).runAs("ki.koordination", "kim:snapshots", "KIM_COORDINATOR",
                "municipality:05958").contains("system:monitoring-schedule"));
    }

    @Test
    public void theSteeringGroupDecidesOnTheFindingsOfItsAgenda() {
        JsonNode finding = api.post("/structural-findings", json("topic", "HOUSING", "title",
                "Keine Sozialwohnungen für große Familien in Bestwig"), 201);
        long id = finding.get("id").asLong();
        int before = api.send("GET", "/steering/meetings", null, Api.STEERING).body().size(); // the demo history's
        String meeting = json("date", "2025-11-26", "title", "Sondersitzung der Steuerungsgruppe KIM 2025");
        Api.assertProblem(api.send("POST", "/steering/meetings", meeting, Api.CM), 403, null);
        JsonNode m = api.send("POST", "/steering/meetings", meeting, Api.COORDINATOR).body();
        assertTrue("the open finding is on the agenda", m.get("agenda").findValuesAsText("findingId")
                .contains(String.valueOf(id)));
        String path = "/steering/meetings/" + m.get("id").asLong() + "/decisions";
        Api.assertProblem(api.send("POST", path, json("findingId", 999999, "text", "x"), Api.COORDINATOR), 422, "agenda");
        Api.assertProblem(api.send("POST", path, json("findingId", id, "text", "x".repeat(2001)), Api.COORDINATOR), 422,
                "text");
        JsonNode decided = api.send("POST", path, json("findingId", id, "text",
                "Wohnungsbaugesellschaft und Kreis prüfen Belegungsrechte", "responsible", "KI und Sozialamt Bestwig",
                "dueDate", "2026-03-31", "resolves", true), Api.COORDINATOR).body();
        assertEquals(1, decided.get("decisions").size());
        assertEquals("RESOLVED", api.read("/structural-findings/" + id).get("status").asText());
        Api.assertProblem(api.send("POST", path, json("findingId", id, "text", "noch einmal", "resolves", true),
                Api.COORDINATOR), 409, "resolved");
        assertEquals(before + 1, api.send("GET", "/steering/meetings", null, Api.STEERING).body().size());
        assertTrue("the demo history has the steering group's meetings: " + before, before >= 6);
    }

    @Test
    public void theEvaluationReportIsReadableAndOnlyForCoordinationAndSteering() throws Exception {
        for (String who : new String[] {Api.CM, Api.CM_SUNDERN, Api.ABH, Api.ADMIN, Api.DPO}) {
            Api.Bytes refused = api.bytes("/reports/evaluation?period=2025&format=pdf", who);
            assertEquals(who, 403, refused.status());
        }
        assertEquals(401, api.send("GET", "/reports/evaluation?period=2025", null, null).status());
        Api.assertProblem(api.send("GET", "/reports/evaluation?period=2025&format=docx", null, Api.STEERING), 400, "pdf");

        Api.Bytes pdf = api.bytes("/reports/evaluation?period=2025&format=pdf", Api.STEERING);
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
        Path file = Files.createTempFile("kim-report", ".pdf");
        Files.write(file, pdf.body());
        String text = pdfToText(file);
        String flat = text.replaceAll("\\s+", " ");
        for (String town : KIM_TOWNS) {
            assertTrue("report names " + town, flat.contains(town));
        }
        for (JsonNode f : api.send("GET", "/steering/indicators?period=2025", null, Api.STEERING).body()) {
            assertTrue("report shows " + f.get("label").asText(), flat.contains(f.get("label").asText()));
        }
        for (String section : List.of("Zusammenfassung", "Bedarfserhebung", "Fälle je Vollzeitstelle",
                "Strukturelle Befunde", "Rathaus Sundern")) {
            assertTrue("report has " + section, flat.contains(section));
        }
        assertTrue("suppressed cells are marked", flat.contains("gesperrt"));
        // names, not codes; one term for the steering group; marked as tagged, in German
        assertTrue("funding named", flat.contains("Förderrichtlinie") && flat.contains("Eigenmittel"));
        assertFalse("no funding code", flat.contains("KIM_RICHTLINIE") || flat.contains("KIM_RICHTLINI"));
        assertTrue(flat.contains("Steuerungsgruppe") && !flat.contains("Lenkungsgruppe"));
        String raw = new String(pdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue("tagged PDF", raw.contains("/MarkInfo") && raw.contains("/StructTreeRoot"));
        assertTrue("language", raw.contains("/Lang(de-DE)"));
        Pattern row = Pattern.compile("^\\s*(" + String.join("|", KIM_TOWNS) + ")\\s{2,}(\\d+)(\\s|$)", Pattern.MULTILINE);
        Matcher m = row.matcher(text);
        int rows = 0;
        while (m.find()) {
            rows++;
            int n = Integer.parseInt(m.group(2));
            assertFalse("a number below the threshold in a row of " + m.group(1) + ": " + m.group(),
                    n > 0 && n < THRESHOLD);
        }
        assertTrue("table rows read: " + rows, rows > 20);
        renderPages(file);

        Api.Reply html = api.send("GET", "/reports/evaluation?period=2025&format=html", null, Api.COORDINATOR);
        assertEquals(200, html.status());
        assertTrue(html.raw().contains("<img alt="));
    }

    /**
     * The demo's generated history gives the year's report figures for the larger towns and a trend, and the
     * report says what the dashboard (the Kennzahlen page, {@code /indicators/{id}/values}) says for the year.
     */
    @Test
    public void theDemoHistoryFillsTheReportAndTheReportAgreesWithTheDashboard() throws Exception {
        int period = java.time.LocalDate.now().getYear() - 1; // the last full year of the history
        JsonNode figures = api.send("GET", "/steering/indicators?period=" + period, null, Api.STEERING).body();
        Path file = Files.createTempFile("kim-report-history", ".pdf");
        Files.write(file, api.bytes("/reports/evaluation?period=" + period + "&format=pdf", Api.STEERING).body());
        String text = pdfToText(file);
        int shown = 0;
        // the indicators' tables follow one another in the order of the figures, each under its "Kommune" header
        Matcher header = Pattern.compile("^\\s*Kommune\\s{2,}", Pattern.MULTILINE).matcher(text);
        int section = text.indexOf("Indikatoren nach Kommune und im Zeitverlauf");
        assertTrue("the report has its indicator part", section > 0);
        for (JsonNode f : figures) {
            String id = f.get("indicatorId").asText();
            JsonNode dashboard = api.send("GET", "/indicators/" + id + "/values?by=municipality&period=" + period, null,
                    Api.STEERING).body();
            assertTrue("the report has the table of " + id, header.find(section));
            section = header.end();
            for (JsonNode cell : f.get("municipalities")) {
                JsonNode row = null;
                for (JsonNode r : dashboard.get("rows")) {
                    row = r.get("key").asText().equals(cell.get("key").asText()) ? r : row;
                }
                String inReport = firstCellAfter(text, section, cell.get("label").asText());
                if (row == null) { // no case at all in the town: the steering table says 0, the dashboard no row
                    assertEquals(id + " " + cell, 0, cell.get("numerator").asLong());
                    assertTrue(id + " " + cell + ": " + inReport, inReport.matches("0(\\s.*)?"));
                    continue;
                }
                assertEquals(id + " " + cell, row.get("suppressed").asBoolean(), cell.get("suppressed").asBoolean());
                if (row.get("suppressed").asBoolean()) {
                    assertTrue(id + " " + cell.get("label") + ": " + inReport, inReport.startsWith("gesperrt"));
                    continue;
                }
                assertEquals(id + " " + cell, row.get("numerator").asLong(), cell.get("numerator").asLong());
                String expected = row.get("denominator").isNull() ? row.get("numerator").asText()
                        : row.get("numerator").asText() + " / " + row.get("denominator").asText();
                assertTrue(id + " " + cell.get("label") + ": dashboard " + expected + ", report " + inReport,
                        inReport.matches(Pattern.quote(expected) + "(\\s.*)?"));
                shown += row.get("numerator").asLong() >= THRESHOLD ? 1 : 0;
            }
        }
        assertTrue("figures of towns shown in the report for " + period + ": " + shown, shown >= 25);
        JsonNode newCases = null;
        for (JsonNode f : figures) {
            newCases = f.get("indicatorId").asText().equals("kim.cases.new") ? f : newCases;
        }
        int years = 0;
        for (JsonNode year : newCases.get("trend")) {
            years += !year.get("suppressed").asBoolean() && year.get("numerator").asLong() >= 50 ? 1 : 0;
        }
        assertTrue("a trend of new cases over years: " + newCases.get("trend"), years >= 2);
    }

    /** The text of the report's first table row of {@code town} after {@code from}, after the town's name. */
    private static String firstCellAfter(String text, int from, String town) {
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(town) + "\\s{2,}(.+)$", Pattern.MULTILINE).matcher(text);
        assertTrue("a row of " + town + " after " + from, m.find(from));
        return m.group(1).strip().replaceAll("\\s*/\\s*", " / "); // pdftotext spaces "9/9" and "12 / 22" alike
    }

    @Test
    public void everyFieldOfActionHasItsConsoleCommand() throws Exception {
        Console console = new Console(sessionFactory);
        String[] coordinator = {"KIM_COORDINATOR", "municipality:05958", "office:34"};
        assertTrue(console.runAs("ki.koordination", "kim:needs " + SUNDERN + " --period 2025", coordinator)
                .contains("Bedarfserhebung Sundern"));
        assertTrue(console.runAs("ki.koordination", "kim:posts", coordinator).contains("Rathaus Sundern"));
        assertTrue(console.runAs("ki.koordination", "kim:steering --period 2025", coordinator).contains("trend"));
        assertTrue(console.runAs("ki.koordination", "kim:meetings", coordinator) != null);
        String report = console.runAs("steuerung", "kim:report --period 2025 --format pdf", "KIM_STEERING");
        assertTrue(report, report.contains("100 %") && report.contains("written"));
        Path written = Paths.get(System.getProperty("karaf.data"), "reports", "KIM-Evaluationsbericht-2025.pdf");
        assertTrue(Files.size(written) > 10_000);
        String refused = console.runAsCaseManager("kim:report --period 2025");
        assertTrue("the console refuses the report to a case manager: " + refused, Console.refused(refused));
    }

    @Test
    public void everyListAnswersWithItsDefaults() {
        for (String path : List.of("/steering/posts", "/steering/posts?all=true", "/steering/caseloads",
                "/steering/indicators", "/steering/findings", "/steering/snapshots", "/steering/meetings",
                "/steering/needs/" + SUNDERN)) {
            Api.Reply reply = api.send("GET", path, null, Api.COORDINATOR);
            assertEquals(path + " " + reply.raw(), 200, reply.status());
            assertEquals(path, 401, api.send("GET", path, null, null).status());
            assertEquals(path, 403, api.send("GET", path, null, Api.CM_ARNSBERG).status());
        }
    }

    /** A cell is null exactly when suppressed, and never a small number. */
    private static void checkCell(JsonNode value, boolean suppressed, String where) {
        if (suppressed) {
            assertTrue(where, value == null || value.isNull());
        } else if (value != null && !value.isNull()) {
            long n = value.asLong();
            assertFalse("small number shown: " + where, n > 0 && n < THRESHOLD);
        }
    }

    static String pdfToText(Path pdf) throws IOException, InterruptedException {
        assertTrue("the report test reads the PDF with poppler's pdftotext: apt-get install poppler-utils",
                Files.isExecutable(Paths.get("/usr/bin/pdftotext")));
        Path txt = Files.createTempFile("kim-report", ".txt");
        Process p = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), txt.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8), 0, p.exitValue());
        return Files.readString(txt);
    }

    /** Pages 1 to 4 as PNG under data/reports/pages of the container, to be looked at. */
    private static void renderPages(Path pdf) throws IOException, InterruptedException {
        Path dir = Paths.get(System.getProperty("karaf.data"), "reports", "pages");
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "4",
                pdf.toString(), dir.resolve("page").toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
    }
}
