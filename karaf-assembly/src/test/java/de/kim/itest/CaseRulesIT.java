package de.kim.itest;

import static de.kim.itest.Api.json;
import static de.kim.itest.Api.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.Dictionary;
import java.util.Hashtable;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The rules of case work that must hold whatever the trajectory: consent before sharing, one
 * version wins, phases in order, every bad input answered with a problem; plus search, demo data
 * and the console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CaseRulesIT extends KimContainerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUNDERN = "05958044";

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private BundleContext bundleContext;

    @Test
    public void referralWithoutConsentIsRefusedAndWithdrawalTakesEffectAtOnce() {
        String client = client("Consent");
        long kimCase = openCase(client);
        long office = api.read("/municipalities/" + SUNDERN + "/responsible?legalDomain=SGB8").get("id").asLong();
        String referral = json("toOfficeId", office, "kind", "SERVICE", "purpose", "YOUTH");

        Api.Reply refused = api.send("POST", "/cases/" + kimCase + "/referrals", referral, Api.CM);
        assertProblem(refused, 409, "no consent");
        Api.Reply wrongPurpose = post("/clients/" + client + "/consents",
                json("recipientOfficeId", office, "purpose", "HEALTH", "givenOn", LocalDate.now(Api.PLATFORM_ZONE).toString()));
        assertEquals(201, wrongPurpose.status());
        assertProblem(api.send("POST", "/cases/" + kimCase + "/referrals", referral, Api.CM), 409, "YOUTH");

        JsonNode consent = api.post("/clients/" + client + "/consents",
                json("recipientOfficeId", office, "purpose", "YOUTH", "givenOn", LocalDate.now(Api.PLATFORM_ZONE).toString()), 201);
        JsonNode proposed = api.post("/cases/" + kimCase + "/referrals", referral, 201);
        assertEquals("PROPOSED", proposed.get("status").asText());

        JsonNode withdrawn = api.post("/clients/" + client + "/consents/" + consent.get("id").asLong() + "/withdrawal",
                "{}", 200);
        assertEquals(LocalDate.now(Api.PLATFORM_ZONE).toString(), withdrawn.get("withdrawnOn").asText());
        Api.Reply send = api.send("POST", "/referrals/" + proposed.get("id").asLong() + "/status",
                json("status", "SENT", "version", proposed.get("version")), Api.CM);
        assertProblem(send, 409, "withdrawn");
        assertProblem(api.send("POST", "/cases/" + kimCase + "/referrals", referral, Api.CM), 409, "withdrawn");
        assertEquals("PROPOSED", api.read("/referrals/" + proposed.get("id").asLong()).get("status").asText());
    }

    @Test
    public void theReceivingSideIsNotifiedOnTheEventAdmin() throws Exception {
        BlockingQueue<Event> received = new LinkedBlockingQueue<>();
        Dictionary<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, "de/kim/referral/*");
        ServiceRegistration<EventHandler> handler = bundleContext.registerService(EventHandler.class, received::add,
                topics);
        try {
            String client = client("Event");
            long kimCase = openCase(client);
            long office = api.read("/municipalities/" + SUNDERN + "/responsible?legalDomain=SGB2").get("id").asLong();
            api.post("/clients/" + client + "/consents", json("recipientOfficeId", office, "purpose", "BENEFITS",
                    "givenOn", LocalDate.now(Api.PLATFORM_ZONE).toString()), 201);
            JsonNode referral = api.post("/cases/" + kimCase + "/referrals",
                    json("toOfficeId", office, "kind", "SERVICE", "purpose", "BENEFITS"), 201);
            api.post("/referrals/" + referral.get("id").asLong() + "/status",
                    json("status", "SENT", "version", referral.get("version")), 200);
            Event sent = null;
            for (Event e = received.poll(10, TimeUnit.SECONDS); e != null; e = received.poll(10, TimeUnit.SECONDS)) {
                if (e.getTopic().equals("de/kim/referral/SENT")
                        && referral.get("id").asLong() == (Long) e.getProperty("referralId")) {
                    sent = e;
                    break;
                }
            }
            assertTrue("no de/kim/referral/SENT event for referral " + referral.get("id"), sent != null);
            assertEquals(office, sent.getProperty("officeId"));
            assertEquals(kimCase, sent.getProperty("caseId"));
            assertEquals("BENEFITS", sent.getProperty("purpose"));
        } finally {
            handler.unregister();
        }
    }

    @Test
    public void aBrokenRulesFileIsRefusedAndTheRulesInForceStay() throws Exception {
        JsonNode before = api.read("/transition-rules");
        Path file = Paths.get(before.get("file").asText());
        byte[] original = Files.readAllBytes(file);
        try {
            Files.writeString(file, "{\"transitions\": [ {\"id\": \"half a rule\"");
            JsonNode refused = api.read("/transition-rules");
            assertTrue(refused.toString(), refused.get("lastError").asText().contains("not a valid rules file"));
            assertEquals(before.get("transitions").size(), refused.get("transitions").size());
            assertTrue(new Console(sessionFactory).run("kim:rules").contains("REFUSED"));
        } finally {
            Files.write(file, original);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 1000));
        }
        JsonNode restored = api.read("/transition-rules");
        assertTrue(restored.toString(), restored.get("lastError").isNull());
        assertEquals(before.get("transitions"), restored.get("transitions"));
    }

    @Test
    public void staleAndConcurrentUpdatesAreRefusedNotLost() throws Exception {
        long kimCase = openCase(client("Locking"));
        JsonNode read = api.read("/cases/" + kimCase);
        String update = json("clientId", read.get("clientId"), "ownerMunicipality", SUNDERN,
                "caseManager", "cm.sundern", "targetGroup", "OTHER", "version", read.get("version"));
        assertEquals(200, api.send("PUT", "/cases/" + kimCase, update, Api.CM).status());
        Api.Reply stale = api.send("PUT", "/cases/" + kimCase, update.replace("cm.sundern", "cm.kreis"), Api.CM);
        assertProblem(stale, 409, "version");
        assertEquals("cm.sundern", api.read("/cases/" + kimCase).get("caseManager").asText());

        JsonNode current = api.read("/cases/" + kimCase);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String body = json("clientId", current.get("clientId"), "ownerMunicipality", SUNDERN,
                    "caseManager", "cm.kreis", "targetGroup", List.of("TOLERATED", "YOUNG_ADULT", "EU_CITIZEN",
                    "LONG_TERM_RESIDENT").get(i), "version", current.get("version"));
            Callable<Integer> racer = () -> {
                start.await();
                return api.send("PUT", "/cases/" + kimCase, body, Api.CM).status();
            };
            results.add(pool.submit(racer));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertEquals(statuses.toString(), 1, statuses.stream().filter(s -> s == 200).count());
        assertEquals(statuses.toString(), 3, statuses.stream().filter(s -> s == 409).count());
        assertEquals(current.get("version").asLong() + 1, api.read("/cases/" + kimCase).get("version").asLong());
    }

    @Test
    public void phasesFollowTheDgccModel() {
        long kimCase = openCase(client("Phase"));
        JsonNode c = api.read("/cases/" + kimCase);
        assertEquals("INTAKE", c.get("phase").asText());
        assertProblem(api.send("POST", "/cases/" + kimCase + "/phase",
                json("phase", "PLANNING", "version", c.get("version")), Api.CM), 409, "INTAKE");
        assertProblem(api.send("POST", "/cases/" + kimCase + "/phase",
                json("phase", "CLOSED", "version", c.get("version")), Api.CM), 422, null);
        c = api.post("/cases/" + kimCase + "/phase", json("phase", "ASSESSMENT", "version", c.get("version")), 200);
        c = api.post("/cases/" + kimCase + "/phase", json("phase", "CLOSED", "reason", "Ziele erreicht",
                "version", c.get("version")), 200);
        assertEquals("CLOSED", c.get("phase").asText());
        assertEquals(LocalDate.now(Api.PLATFORM_ZONE).toString(), c.get("closedOn").asText());
        assertProblem(api.send("POST", "/cases/" + kimCase + "/goals",
                json("area", "WORK", "description", "zu spät"), Api.CM), 409, "closed");
    }

    @Test
    public void badInputIsAnsweredWithProblems() {
        String client = client("Input");
        assertProblem(api.get("/clients/K-NOSUCH00"), 404, "K-NOSUCH00");
        assertProblem(api.get("/cases/99999999"), 404, null);
        assertProblem(api.get("/cases/abc"), 400, "id");
        assertProblem(api.get("/cases?phase=DONE"), 400, "DONE");
        // one status for one mistake: a page size out of range is a 400 naming the range, also on the person search
        assertProblem(api.get("/clients?size=500"), 400, "between 1 and 200");
        assertProblem(api.get("/clients?size=1001"), 400, "between 1 and 200");
        assertProblem(api.get("/cases?size=1001"), 400, "between 1 and 1000");
        assertProblem(api.get("/clients?dateOfBirth=14.05.1991"), 400, "date");
        assertProblem(post("/clients", "{\"familyName\": \"x\", "), 400, null);
        assertProblem(post("/clients", json("familyName", " ", "dateOfBirth", "2099-01-01", "municipality", "0595")),
                422, null);
        // a date the API does not take at all (1900-01-01 to 2100-12-31) is malformed input
        assertProblem(post("/clients", json("familyName", "x", "dateOfBirth", "2999-01-01", "municipality",
                "05958044")), 400, "2100-12-31");
        assertProblem(post("/clients/" + client + "/legal-domain-periods",
                json("domain", "AsylbLG", "from", "2024-05-01", "to", "2024-04-01")), 422, "before it begins");
        assertProblem(post("/clients/" + client + "/legal-domain-periods", json("domain", "AufenthG", "from",
                "2024-05-01")), 422, null);
        assertProblem(post("/clients/" + client + "/legal-domain-periods", json("domain", "SGB3", "from",
                "2024-05-01", "officeId", 987654)), 422, "987654");
        assertEquals(201, post("/clients/" + client + "/legal-domain-periods",
                json("domain", "AsylbLG", "from", "2024-01-01")).status());
        assertProblem(post("/clients/" + client + "/legal-domain-periods",
                json("domain", "SGB2", "from", "2024-06-01")), 409, "overlaps");
        assertProblem(post("/clients/" + client + "/residence-statuses", json("title", "P99", "validFrom",
                "2024-01-01")), 400, "P99");
        assertEquals(201, post("/clients/" + client + "/residence-statuses",
                json("title", "GESTATTUNG", "validFrom", "2024-01-01")).status());
        assertProblem(post("/clients/" + client + "/residence-statuses",
                json("title", "DULDUNG", "validFrom", "2023-12-01")), 409, "order");
        assertProblem(post("/cases", json("clientId", "K-NOSUCH00", "ownerMunicipality", SUNDERN,
                "caseManager", "x", "targetGroup", "OTHER")), 404, null);
        assertProblem(api.send("POST", "/clients", json("familyName", "x"), null), 401, null);
    }

    @Test
    public void searchIgnoresCaseAccentsAndUmlautsAndPages() {
        String tag = UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        for (String family : List.of("Müller", "MUELLER", "Muller", "Möller")) {
            api.post("/clients", json("familyName", family, "givenNames", "Zeta" + tag, "dateOfBirth", "1990-01-01",
                    "municipality", SUNDERN), 201);
        }
        Api.Reply page = api.get("/clients?q=muller%20zeta" + tag + "&size=2");
        assertEquals(3, page.total());
        assertEquals(2, page.body().size());
        assertTrue(page.header("Link"), page.header("Link").contains("page=1") && page.header("Link").contains("rel=\"next\""));
        assertEquals(1, api.read("/clients?q=muller%20zeta" + tag + "&size=2&page=1").size());
        assertEquals(4, api.get("/clients?q=ZETA" + tag).total());
        assertEquals(1, api.get("/clients?q=mol%20zeta" + tag).total());
        assertEquals(0, api.get("/clients?q=zeta" + tag + "&municipality=05958004").total());
    }

    @Test
    public void demoTrajectoriesAreLoadedAndShownInTheConsole() throws Exception {
        Api.Reply found = api.get("/clients?q=haddad&municipality=" + SUNDERN);
        assertTrue(found.raw(), found.total() >= 3);
        String amira = null;
        for (JsonNode c : found.body()) {
            if (c.get("givenNames").asText().equals("Amira")) {
                amira = c.get("id").asText();
            }
        }
        assertTrue("demo client Amira Haddad", amira != null);
        JsonNode periods = api.read("/clients/" + amira + "/timeline").get("periods");
        assertEquals("SGB2", periods.get(periods.size() - 1).get("domain").asText());
        assertEquals(1, api.get("/clients?q=yilmaz").total());

        Console console = new Console(sessionFactory);
        String clients = console.runAsCaseManager("kim:clients haddad");
        assertTrue(clients, clients.contains(amira) && clients.contains("Haddad, Lina"));
        String timeline = console.runAsCaseManager("kim:timeline " + amira);
        assertTrue(timeline, timeline.contains("AsylbLG → SGB II") && timeline.contains("APPLIED"));
        long kimCase = api.read("/clients/" + amira + "/cases").get(0).get("id").asLong();
        String shown = console.runAsCaseManager("kim:case " + kimCase);
        assertTrue(shown, shown.contains("LINKING_MONITORING") && shown.contains("HANDOVER")
                && shown.contains("Integrationskurs"));
        String rules = console.run("kim:rules");
        assertTrue(rules, rules.contains("ukraine-24-since-april-2025-back-to-asylblg") && rules.contains("NOT IN FORCE")
                && rules.contains("§ 74 SGB II") && !rules.contains("REFUSED"));
        JsonNode served = api.read("/transition-rules");
        assertTrue(served.get("file").asText().endsWith("kim-transition-rules.json"));
        assertTrue(served.get("lastError").isNull());
        assertTrue(served.get("transitions").size() >= 5);
        String due = console.runAsCaseManager("kim:transitions-due --days 120");
        assertTrue(due, due.contains("SGB VIII → SGB II") && due.contains("§25a"));
        assertFalse(due, due.contains("Error"));
    }

    /**
     * A change of law as an extension bundle: the bundle offers a rule set, the dry run lists the clients whose
     * transitions would move (pseudonymous ids for the coordination, none for the administrator), wrong roles and
     * no credentials are refused, only the administrator activates it, and it goes when its bundle stops.
     */
    @Test
    public void aRuleSetShippedAsABundleIsReviewedByADryRunBeforeItIsActivated() throws Exception {
        JsonNode before = api.read("/transition-rules");
        Path file = Paths.get(before.get("file").asText());
        byte[] original = Files.readAllBytes(file);
        // a client recognised today: the rules in force plan AsylbLG → SGB II with a hand-over in 14 days
        String recognised = client("Rechtsstand");
        api.post("/clients/" + recognised + "/legal-domain-periods", json("domain", "AsylbLG", "from", "2024-01-01"), 201);
        api.post("/clients/" + recognised + "/residence-statuses", json("title", "P25_2", "validFrom", "2026-11-02"), 201);
        // the new law: hand-overs after recognition within 7 days
        com.fasterxml.jackson.databind.node.ObjectNode law = (com.fasterxml.jackson.databind.node.ObjectNode)
                JSON.readTree(original);
        String name = "Test: Rechtsstand 01.01.2027";
        law.put("name", name);
        for (JsonNode rule : law.get("transitions")) {
            if (rule.get("id").asText().equals("recognition-employable")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) rule).put("deadlineDays", 7);
            }
        }
        org.osgi.framework.Bundle bundle = bundleContext.installBundle("kim-ext-law-test",
                new java.io.ByteArrayInputStream(ruleBundle(JSON.writeValueAsBytes(law))));
        try {
            bundle.start();
            JsonNode offered = ok(api.get("/transition-rules/offered", Api.COORDINATOR));
            assertTrue(offered.toString(), offered.toString().contains(name) && offered.toString().contains(
                    "kim-ext-law-test"));
            String query = "/transition-rules/diff?name=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8);
            JsonNode diff = ok(api.get(query, Api.COORDINATOR));
            assertEquals(diff.toString(), List.of("recognition-employable"), JSON.convertValue(diff.get("rulesChanged"),
                    List.class));
            JsonNode mine = null;
            for (JsonNode c : diff.get("clients")) {
                if (c.get("clientId").asText().equals(recognised)) {
                    mine = c;
                }
            }
            assertTrue(diff.toString(), mine != null && mine.get("before").toString().contains("Übergabe bis 2026-11-16")
                    && mine.get("after").toString().contains("Übergabe bis 2026-11-09"));
            // the administrator sees no case content: how many clients, no client, no municipality
            JsonNode asAdmin = ok(api.get(query, Api.ADMIN));
            assertEquals(0, asAdmin.get("clients").size());
            assertEquals(diff.get("clients").size(), asAdmin.get("clientsAffected").asInt());
            assertEquals(diff.get("clients").size(), diff.get("clientsAffected").asInt());
            assertTrue(asAdmin.toString(), !asAdmin.toString().contains(recognised)
                    && !asAdmin.toString().contains(SUNDERN));
            for (String path : List.of(query, "/transition-rules/offered")) {
                assertEquals(path, 403, api.get(path, Api.CM_SUNDERN).status());
                assertEquals(path, 403, api.get(path, Api.STEERING).status());
                assertEquals(path, 401, api.get(path, null).status());
            }
            assertEquals(404, api.get("/transition-rules/diff?name=nope", Api.COORDINATOR).status());
            // the console: the coordination sees the client, a case manager may not run the dry run
            Console console = new Console(sessionFactory);
            String shown = console.runAs("ki.koordination", "kim:rules --diff \"" + name + "\"", "KIM_COORDINATOR",
                    "municipality:05958", "office:34");
            assertTrue(shown, shown.contains(recognised) && shown.contains("+ AsylbLG → SGB II"));
            assertTrue(Console.refused(console.runAsCaseManager("kim:rules --diff \"" + name + "\"")));
            // only the administrator activates; then it is the rules in force
            String activation = json("name", name);
            assertEquals(403, api.send("POST", "/transition-rules/activation", activation, Api.COORDINATOR).status());
            assertEquals(403, api.send("POST", "/transition-rules/activation", activation, Api.CM_SUNDERN).status());
            assertEquals(401, api.send("POST", "/transition-rules/activation", activation, null).status());
            Api.assertProblem(api.send("POST", "/transition-rules/activation", "{\"name\": \"\"}", Api.ADMIN), 400, null);
            Api.assertProblem(api.send("POST", "/transition-rules/activation", "[1]", Api.ADMIN), 400, null);
            Api.Reply activated = api.send("POST", "/transition-rules/activation", activation, Api.ADMIN);
            assertEquals(activated.raw(), 200, activated.status());
            assertTrue(console.run("kim:rules").contains("§ 1 Abs. 3 Satz 1 AsylbLG"));
            String second = client("Rechtsstand");
            api.post("/clients/" + second + "/legal-domain-periods", json("domain", "AsylbLG", "from", "2024-01-01"), 201);
            JsonNode change = api.post("/clients/" + second + "/residence-statuses", json("title", "P25_2",
                    "validFrom", "2026-11-02"), 201);
            assertEquals(change.toString(), "2026-11-09", change.at("/transitions/0/deadline").asText());
            assertTrue(change.toString(), change.at("/transitions/0/legalBasis").asText().startsWith("§ 1 Abs. 3"));
        } finally {
            bundle.uninstall();
            Files.write(file, original);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 2000));
        }
        assertEquals("[]", ok(api.get("/transition-rules/offered", Api.ADMIN)).toString());
        assertEquals(before.get("transitions"), api.read("/transition-rules").get("transitions"));
    }

    private static JsonNode ok(Api.Reply reply) {
        assertEquals(reply.raw(), 200, reply.status());
        return reply.body();
    }

    /** A bundle that requires the kim.extension extender and holds one rules file. */
    private static byte[] ruleBundle(byte[] rules) throws java.io.IOException {
        java.util.jar.Manifest manifest = new java.util.jar.Manifest();
        java.util.jar.Attributes a = manifest.getMainAttributes();
        a.putValue("Manifest-Version", "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "kim-ext-law-test");
        a.putValue("Bundle-Version", "2027.1.0");
        a.putValue("Require-Capability", "osgi.extender;filter:=\"(&(osgi.extender=kim.extension)(version>=1.0)"
                + "(!(version>=2.0)))\"");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(out, manifest)) {
            jar.putNextEntry(new java.util.jar.JarEntry("KIM-INF/"));
            jar.putNextEntry(new java.util.jar.JarEntry("KIM-INF/rules/"));
            jar.putNextEntry(new java.util.jar.JarEntry("KIM-INF/rules/law-2027-01.json"));
            jar.write(rules);
            jar.closeEntry();
        }
        return out.toByteArray();
    }

    private Api.Reply post(String path, String body) {
        return api.send("POST", path, body, Api.CM);
    }

    private String client(String family) {
        return api.post("/clients", json("familyName", family, "givenNames", "Test", "dateOfBirth", "1990-01-01",
                "municipality", SUNDERN), 201).get("id").asText();
    }

    private long openCase(String client) {
        return api.post("/cases", json("clientId", client, "ownerMunicipality", SUNDERN, "caseManager", "cm.kreis",
                "targetGroup", "OTHER"), 201).get("id").asLong();
    }

}
