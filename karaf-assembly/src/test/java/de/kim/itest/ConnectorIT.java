package de.kim.itest;

import static de.kim.itest.Api.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import de.kim.api.CaseService;
import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import de.kim.api.model.CasePhase;
import de.kim.api.spi.Connector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.inject.Inject;
import javax.transaction.TransactionManager;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Connectors in the container: events reach connectors from the outbox, never in the user's request
 * (one that blocks and one that throws), nothing is sent for a rolled-back transaction, the state
 * export validates against its schema and shows no small cell, and the endpoints of webhooks, exports
 * and imports refuse no credentials, the wrong role and the wrong municipality.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConnectorIT extends KimContainerTest {
    private static final String SUNDERN = "05958044";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    private BundleContext context;

    @Inject
    private TransactionManager transactions;

    @Inject
    private CaseService cases;

    /** The probe is on the test container's allow-list of edges (KimContainer): it has callers issued like REST. */
    @Inject
    private de.kim.api.access.Callers callers;

    @Inject
    private SessionFactory sessionFactory;

    /** A connector that records what it takes, optionally blocking until released or throwing. */
    private static final class Recorder implements Connector {
        final String id;
        final CountDownLatch release;
        final boolean broken;
        final List<Map<String, Object>> taken = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();

        Recorder(String id, CountDownLatch release, boolean broken) {
            this.id = id;
            this.release = release;
            this.broken = broken;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public void accept(String topic, Map<String, Object> properties) {
            calls.incrementAndGet();
            if (broken) {
                throw new IllegalStateException("kaputt: the receiving system is down");
            }
            taken.add(properties);
            if (release != null) {
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        boolean took(long caseId) {
            return taken.stream().anyMatch(p -> Long.valueOf(caseId).equals(((Number) p.getOrDefault("caseId", -1))
                    .longValue()));
        }
    }

    private JsonNode openCase(String name) {
        String client = api.post("/clients", json("familyName", name, "dateOfBirth", "1990-01-01", "municipality",
                SUNDERN), 201).get("id").asText();
        return api.post("/cases", json("clientId", client, "ownerMunicipality", SUNDERN, "caseManager", "cm.kreis",
                "targetGroup", "ASYLUM_SEEKER"), 201);
    }

    private Api.Reply close(JsonNode kimCase) {
        return api.send("POST", "/cases/" + kimCase.get("id").asLong() + "/phase", json("phase", "CLOSED", "reason",
                "Umzug", "version", kimCase.get("version").asLong()), Api.CM);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    @Test
    public void connectorsTakeEventsOutsideTheRequestAndAFailingOneIsRetried() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Recorder slow = new Recorder("it-slow", release, false);
        Recorder broken = new Recorder("it-broken", null, true);
        ServiceRegistration<Connector> r1 = context.registerService(Connector.class, slow, null);
        ServiceRegistration<Connector> r2 = context.registerService(Connector.class, broken, null);
        try {
            JsonNode kimCase = openCase("Verbinder");
            long id = kimCase.get("id").asLong();
            Api.Reply closed = close(kimCase);
            // the request is answered although one connector blocks and one throws
            assertEquals(closed.raw(), 200, closed.status());
            assertEquals(1, release.getCount());
            await("the slow connector takes the event", () -> slow.took(id));
            assertEquals("the request did not wait for the connector", 1, release.getCount());
            release.countDown();
            Map<String, Object> event = slow.taken.stream().filter(p -> ((Number) p.get("caseId")).longValue() == id)
                    .findFirst().orElseThrow();
            assertEquals("case.closed", event.get("kim.eventType"));
            assertEquals(SUNDERN, event.get("municipality"));
            assertFalse("no names in events: " + event, event.toString().contains("Verbinder"));
            await("the broken connector is tried again", () -> broken.calls.get() >= 2);
            JsonNode failing = api.get("/webhooks/deliveries?target=connector:it-broken", Api.ADMIN).body();
            assertTrue(failing.toString(), failing.size() >= 1);
            assertEquals("PENDING", failing.get(0).get("state").asText());
            assertTrue(failing.toString(), failing.get(0).get("lastError").asText().contains("kaputt"));
            await("the slow connector's delivery is recorded", () -> api.get("/webhooks/deliveries?target=connector:"
                    + "it-slow&state=DELIVERED", Api.ADMIN).body().size() >= 1);
        } finally {
            release.countDown();
            r1.unregister();
            r2.unregister();
        }
    }

    @Test
    public void aRolledBackTransactionSendsNoEvent() throws Exception {
        Recorder recorder = new Recorder("it-recorder", null, false);
        ServiceRegistration<Connector> registration = context.registerService(Connector.class, recorder, null);
        try {
            JsonNode undone = openCase("Zurueckgerollt");
            JsonNode marker = openCase("Markierung");
            Caller cm = callers.caller("cm.kreis", List.of("KIM_CASE_MANAGER", "municipality:05958", "office:34"));
            transactions.begin();
            try {
                assertEquals(CasePhase.CLOSED, cases.moveToPhase(cm, undone.get("id").asLong(), CasePhase.CLOSED,
                        "Test", undone.get("version").asLong()).phase());
            } finally {
                transactions.rollback();
            }
            assertEquals(200, close(marker).status());
            await("the committed close arrives", () -> recorder.took(marker.get("id").asLong()));
            Thread.sleep(1500);
            assertFalse("an event of a rolled-back transaction was sent", recorder.took(undone.get("id").asLong()));
            assertEquals("INTAKE", api.read("/cases/" + undone.get("id").asLong()).get("phase").asText());
        } finally {
            registration.unregister();
        }
    }

    @Test
    public void theStateExportValidatesAgainstItsSchemaAndShowsNoSmallCell() throws Exception {
        int year = LocalDate.now(Api.PLATFORM_ZONE).getYear();
        Api.Bytes json = post("/exports/state?period=" + year, Api.COORDINATOR);
        assertEquals(201, json.status());
        String schemaText = api.get("/exports/state/schema", Api.COORDINATOR).raw();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaText);
        JsonNode file = JSON.readTree(json.body());
        Set<ValidationMessage> errors = schema.validate(file);
        assertTrue(errors.toString(), errors.isEmpty());
        int threshold = file.get("threshold").asInt();
        assertTrue(threshold >= 2);
        int cells = 0;
        int hidden = 0;
        for (JsonNode indicator : file.get("indicators")) {
            for (JsonNode breakdown : indicator.get("breakdowns")) {
                for (JsonNode cell : breakdown.get("cells")) {
                    cells++;
                    hidden += cell.get("suppressed").asBoolean() ? 1 : 0;
                    for (String count : new String[] {"numerator", "denominator"}) {
                        long n = cell.get(count).isNull() ? 0 : cell.get(count).asLong();
                        assertFalse("a cell below " + threshold + ": " + cell, n > 0 && n < threshold);
                    }
                }
            }
        }
        assertTrue("cells " + cells, cells > 20);
        assertTrue("the demo's small cells are suppressed", hidden > 0);
        assertEquals("05958", file.at("/district/key").asText());
        JsonNode records = api.get("/exports/state", Api.STEERING).body();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.body()));
        assertEquals(sha, records.get(0).get("sha256").asText());
        assertEquals(year, records.get(0).get("period").asInt());
        assertEquals("ki.koordination", records.get(0).get("createdBy").asText());

        Api.Bytes csv = post("/exports/state?period=" + year + "&format=csv", Api.STEERING);
        assertEquals(201, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue(new String(csv.body(), StandardCharsets.UTF_8).startsWith("\uFEFFindicator;indicatorVersion;period"));

        for (String[] refused : new String[][] {{null, "401"}, {Api.CM, "403"}, {Api.ADMIN, "403"}, {Api.ABH, "403"},
            {Api.DPO, "403"}}) {
            Api.assertProblem(api.send("POST", "/exports/state?period=" + year, null, refused[0]),
                    Integer.parseInt(refused[1]), null);
            Api.assertProblem(api.send("GET", "/exports/state", null, refused[0]), Integer.parseInt(refused[1]), null);
        }
        Api.assertProblem(api.send("POST", "/exports/state?period=1850", null, Api.COORDINATOR), 400, null);
        Api.assertProblem(api.send("POST", "/exports/state?format=xml", null, Api.COORDINATOR), 400, "json or csv");

        String console = new Console(sessionFactory).runAs("ki.koordination", "kim:export-state --period " + year
                + " --format csv", "KIM_COORDINATOR", "municipality:05958", "office:34");
        assertTrue(console, console.contains("written") && console.contains("suppressed"));
        Path written = Paths.get(System.getProperty("karaf.data"), "exports", "KIM-Landesmeldung-05958-" + year + ".csv");
        assertTrue(Files.size(written) > 100);
    }

    @Test
    public void theExampleConnectorAndOneMadeByTheArchetypeAreHotDeployedAndFed() throws Exception {
        Console console = new Console(sessionFactory);
        String installed = console.run("feature:install kim-connector-file");
        assertFalse(installed, installed.contains("Error"));
        Path deployed = Paths.get(System.getProperty("karaf.base"), "deploy", "kim-connector-sozialamt.jar");
        Files.copy(Paths.get(System.getProperty(KimContainer.CONNECTOR_JAR)), deployed,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
            await("both connectors are registered", () -> serviceIds().containsAll(Set.of("file", "sozialamt")));
            JsonNode kimCase = openCase("Beispiel");
            assertEquals(200, close(kimCase).status());
            long id = kimCase.get("id").asLong();
            Path events = Paths.get(System.getProperty("karaf.data"), "connector-file", "events.jsonl");
            await("the file connector writes the event", () -> {
                try {
                    return Files.exists(events) && Files.readString(events).contains("\"caseId\":" + id + ",");
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            await("the archetype's connector took it", () -> api.get("/webhooks/deliveries?target=connector:sozialamt"
                    + "&state=DELIVERED", Api.ADMIN).body().size() >= 1);
        } finally {
            Files.deleteIfExists(deployed);
            console.run("feature:uninstall kim-connector-file");
        }
    }

    private Set<String> serviceIds() {
        try {
            return context.getServiceReferences(Connector.class, null).stream().map(r -> context.getService(r).id())
                    .collect(java.util.stream.Collectors.toSet());
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Api.Bytes post(String path, String credentials) {
        Api.Reply reply = api.send("POST", path, null, credentials);
        return new Api.Bytes(reply.status(), reply.contentType(), reply.raw().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void webhooksAreForIntegratorsAndShowTheirSecretOnce() throws Exception {
        String subscription = json("url", "http://127.0.0.1:9/nowhere", "events", List.of("case.closed"), "purpose",
                "Fachverfahren Sozialamt");
        Api.assertProblem(api.send("GET", "/webhooks", null, null), 401, null);
        for (String user : new String[] {Api.CM, Api.COORDINATOR, Api.DPO, Api.STEERING}) {
            Api.assertProblem(api.send("GET", "/webhooks", null, user), 403, null);
            Api.assertProblem(api.send("POST", "/webhooks", subscription, user), 403, null);
            Api.assertProblem(api.send("GET", "/webhooks/deliveries?state=FAILED", null, user), 403, null);
        }
        Api.assertProblem(api.send("POST", "/webhooks", json("url", "ftp://x", "events", List.of("case.opened"),
                "purpose", ""), Api.ADMIN), 422, null);
        Api.Reply created = api.send("POST", "/webhooks", subscription, Api.ADMIN);
        assertEquals(created.raw(), 201, created.status());
        assertTrue(created.body().get("secret").asText().startsWith("whsec_"));
        long id = created.body().get("id").asLong();
        JsonNode listed = api.get("/webhooks", Api.ADMIN).body();
        assertTrue(listed.toString(), listed.findValues("secret").stream().allMatch(JsonNode::isNull));
        Api.assertProblem(api.send("GET", "/webhooks/deliveries?state=LOST", null, Api.ADMIN), 400, null);
        Api.assertProblem(api.send("POST", "/webhooks/deliveries/999999/redelivery", null, Api.ADMIN), 404, null);
        assertEquals(200, api.send("PUT", "/webhooks/" + id + "/active", json("active", false), Api.ADMIN).status());
        String console = new Console(sessionFactory).run("kim:webhooks");
        assertTrue(console, console.contains("127.0.0.1:9/nowhere") && console.contains("false"));
        assertEquals(204, api.send("DELETE", "/webhooks/" + id, null, Api.ADMIN).status());
        Api.assertProblem(api.send("DELETE", "/webhooks/" + id, null, Api.ADMIN), 404, null);
    }

    @Test
    public void importsAreForCaseManagersOfTheirOwnMunicipality() throws Exception {
        String mapping = json("source", "it-refusals", "key", "Nr", "columns", Map.of("Name", "familyName",
                "Geburtsdatum", "dateOfBirth", "Ort", "municipality"), "values", Map.of("municipality",
                Map.of("Sundern", SUNDERN)));
        byte[] list = "Nr;Name;Geburtsdatum;Ort\r\n1;Import;01.02.1990;Sundern\r\n2;Zwei;03.04.1991;Sundern\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Api.assertProblem(api.upload("l.csv", list, mapping, false, null), 401, null);
        for (String user : new String[] {Api.COORDINATOR, Api.ADMIN, Api.ABH, Api.STEERING}) {
            Api.assertProblem(api.upload("l.csv", list, mapping, false, user), 403, null);
        }
        Api.assertProblem(api.upload("l.csv", list, "{\"source\":1", false, Api.CM_SUNDERN), 422, null);
        Api.assertProblem(api.raw("POST", "/imports", list, "text/csv", Api.CM_SUNDERN), 415, null);
        // another town's case manager: every row is refused, nothing is written
        JsonNode arnsberg = finished(api.upload("l.csv", list, mapping, false, Api.CM_ARNSBERG), Api.CM_ARNSBERG);
        assertEquals(0, arnsberg.at("/result/imported").asLong());
        assertEquals(2, arnsberg.at("/result/errorCount").asLong());
        assertTrue(arnsberg.toString(), arnsberg.at("/result/errors/0/reason").asText().contains("outside"));
        Api.assertProblem(api.get("/imports/" + arnsberg.get("id").asText(), Api.CM_SUNDERN), 404, null);
        // the case manager of Sundern: dry run, run, run again
        JsonNode dry = finished(api.upload("l.csv", list, mapping, true, Api.CM_SUNDERN), Api.CM_SUNDERN);
        assertEquals(2, dry.at("/result/imported").asLong());
        assertEquals(0, api.get("/clients?q=Import&municipality=" + SUNDERN, Api.CM_SUNDERN).total());
        JsonNode run = finished(api.upload("l.csv", list, mapping, false, Api.CM_SUNDERN), Api.CM_SUNDERN);
        assertEquals(2, run.at("/result/imported").asLong());
        JsonNode again = finished(api.upload("l.csv", list, mapping, false, Api.CM_SUNDERN), Api.CM_SUNDERN);
        assertEquals(0, again.at("/result/imported").asLong());
        assertEquals(2, again.at("/result/unchanged").asLong());
        assertEquals(1, api.get("/clients?q=Import&municipality=" + SUNDERN, Api.CM_SUNDERN).total());
    }

    private JsonNode finished(Api.Reply started, String credentials) throws InterruptedException {
        assertEquals(started.raw(), 202, started.status());
        assertNotNull(started.header("Location"));
        String id = started.body().get("id").asText();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            JsonNode job = api.get("/imports/" + id, credentials).body();
            if (!job.get("state").asText().equals("RUNNING")) {
                assertEquals(job.toString(), "DONE", job.get("state").asText());
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import " + id + " did not end within 120 s");
    }
}
