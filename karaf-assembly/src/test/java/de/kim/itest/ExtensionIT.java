package de.kim.itest;

import static de.kim.itest.Api.assertProblem;
import static de.kim.itest.Api.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Extension bundles in the running platform: hot-deployed through deploy/ and features, their forms,
 * procedures and indicators used over REST and the console, then removed with the data kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExtensionIT extends KimContainerTest {
    static final String HALLENBERG = "05958020";
    static final String SUNDERN = "05958044";

    @Inject
    BundleContext bundleContext;

    @Inject
    SessionFactory sessionFactory;

    @Test
    public void hallenbergJarDroppedIntoDeployBringsItsFormAndRemovingItKeepsTheSubmissions() throws Exception {
        assertProblem(api.get("/forms/hallenberg.intake"), 404, "no form");
        Path deployed = Paths.get(System.getProperty("karaf.base"), "deploy", "kim-ext-hallenberg.jar");
        Files.copy(Paths.get(System.getProperty(KimContainer.HALLENBERG_JAR)), deployed,
                StandardCopyOption.REPLACE_EXISTING);
        JsonNode form = awaitStatus("/forms/hallenberg.intake", 200).body();
        assertEquals("Erstgespräch Hallenberg", form.get("label").get("de").asText());
        assertEquals("Hallenberg intake interview", form.get("label").get("en").asText());
        assertEquals("de.kim.ext.hallenberg", form.get("provenance").get("bundle").asText());
        assertEquals("Kinder unter 6 Jahren", form.get("layout").get(1).get("label").get("de").asText());
        assertEquals("F60000227", form.get("schema").get("properties").get("householdSize").get("x-fim-id").asText());

        long kimCase = openCase(client(HALLENBERG, "1990-01-01"), HALLENBERG, "RECOGNISED_REFUGEE");
        Api.Reply invalid = api.send("POST", "/cases/" + kimCase + "/forms/hallenberg.intake",
                json("householdSize", 0, "mobility", "HORSE", "childrenUnder6", 0, "needsChildcare", true), Api.CM);
        assertProblem(invalid, 422, null);
        JsonNode violations = invalid.body().get("violations");
        assertEquals(violations.toString(), List.of("householdSize", "meetingPlace", "mobility", "needsChildcare"),
                fields(violations));

        JsonNode stored = api.post("/cases/" + kimCase + "/forms/hallenberg.intake", json("householdSize", 4,
                "childrenUnder6", 1, "needsChildcare", true, "mobility", "BUS", "meetingPlace", "RATHAUS"), 201);
        assertEquals("1.0.0", stored.get("formVersion").asText());
        assertEquals(form.get("hash").asText(), stored.get("definitionHash").asText());
        assertEquals("cm.kreis", stored.get("submittedBy").asText());

        Files.delete(deployed);
        assertProblem(awaitStatus("/forms/hallenberg.intake", 404), 404, "no longer in use");
        JsonNode kept = api.read("/cases/" + kimCase + "/submissions/" + stored.get("id").asLong());
        assertEquals(4, kept.get("data").get("householdSize").asInt());
        assertEquals(form.get("hash").asText(), kept.get("definitionHash").asText());
        JsonNode older = api.read("/forms/hallenberg.intake?version=1.0.0");
        assertFalse(older.get("active").asBoolean());
        assertEquals(form.get("schema"), older.get("schema"));
        assertProblem(api.send("POST", "/cases/" + kimCase + "/forms/hallenberg.intake", json("householdSize", 2,
                "mobility", "CAR", "meetingPlace", "PHONE"), Api.CM), 409, "no longer in use");
        String extensions = new Console(sessionFactory).run("kim:extensions");
        assertTrue(extensions, extensions.matches("(?s).*de\\.kim\\.ext\\.hallenberg.*STOPPED.*"));
    }

    @Test
    public void aBundleGeneratedByTheArchetypeDeploysWithItsFormProcedureAndIndicator() throws Exception {
        String brilon = "05958012";
        Path deployed = Paths.get(System.getProperty("karaf.base"), "deploy", "kim-ext-brilon.jar");
        Files.copy(Paths.get(System.getProperty(KimContainer.ARCHETYPE_JAR)), deployed, StandardCopyOption.REPLACE_EXISTING);
        try {
            assertEquals("Erstgespräch Brilon", awaitStatus("/forms/brilon.intake", 200).body().get("label").get("de").asText());
            awaitStatus("/procedures/brilon.welcome", 200);
            long kimCase = openCase(client(brilon, "1995-07-07"), brilon, "OTHER");
            JsonNode tasks = api.read("/cases/" + kimCase + "/tasks");
            assertEquals(tasks.toString(), 2, tasks.size());
            assertEquals(LocalDate.now(Api.PLATFORM_ZONE).plusDays(14).toString(), tasks.get(0).get("due").asText());
            api.post("/cases/" + kimCase + "/forms/brilon.intake", json("householdSize", 3, "contactPreference",
                    "MEETING", "interpreterNeeded", true, "interpreterLanguage", "ti"), 201);
            JsonNode indicator = api.read("/indicators/brilon.interpreter-needed");
            assertEquals("de.kim.ext.brilon", indicator.get("provenance").get("bundle").asText());
            assertEquals(200, api.get("/indicators/brilon.interpreter-needed/values?by=municipality").status());
        } finally {
            Files.delete(deployed);
        }
        awaitStatus("/forms/brilon.intake", 404);
        awaitStatus("/indicators/brilon.interpreter-needed", 404);
    }

    @Test
    public void asylblgHandoverProcedureAttachesOnRecognitionAndOutlivesItsFeature() throws Exception {
        Console console = new Console(sessionFactory);
        console.run("feature:install kim-ext-asylblg-sgb2");
        awaitStatus("/procedures/asylblg-sgb2.handover", 200);
        String client = client(SUNDERN, "1991-05-14");
        api.post("/clients/" + client + "/legal-domain-periods", json("domain", "AsylbLG", "from", "2024-01-02"), 201);
        status(client, "GESTATTUNG", "2024-01-05");
        long kimCase = openCase(client, SUNDERN, "ASYLUM_SEEKER");
        assertEquals(0, api.read("/cases/" + kimCase + "/tasks").size());
        // the hand-over form is for clients in AsylbLG or SGB II: offered on this case, not on one in SGB III only
        assertTrue(api.read("/cases/" + kimCase + "/forms").findValuesAsText("id").contains("asylblg-sgb2.handover"));
        String worker = client(SUNDERN, "1985-02-03");
        api.post("/clients/" + worker + "/legal-domain-periods", json("domain", "SGB3", "from", "2024-01-02"), 201);
        long workerCase = openCase(worker, SUNDERN, "EU_CITIZEN");
        assertFalse(api.read("/cases/" + workerCase + "/forms").findValuesAsText("id").contains("asylblg-sgb2.handover"));
        assertProblem(api.send("GET", "/cases/" + kimCase + "/forms", null, null), 401, null);
        assertProblem(api.send("GET", "/cases/" + kimCase + "/forms", null, Api.STEERING), 403, null);
        assertProblem(api.send("GET", "/cases/" + kimCase + "/forms", null, Api.CM_ARNSBERG), 404, null);

        status(client, "P25_2", "2024-03-12");
        JsonNode procedures = api.read("/cases/" + kimCase + "/procedures");
        assertEquals(procedures.toString(), "asylblg-sgb2.handover", procedures.get(0).get("procedureId").asText());
        assertEquals("2024-03-12", procedures.get(0).get("startedOn").asText());
        JsonNode tasks = api.read("/cases/" + kimCase + "/tasks");
        assertEquals(tasks.toString(), Map.of("consent", "2024-03-19", "jobcenter-application", "2024-03-26"),
                Map.of(tasks.get(0).get("task").asText(), tasks.get(0).get("due").asText(),
                        tasks.get(1).get("task").asText(), tasks.get(1).get("due").asText()));
        assertTrue(new Console(sessionFactory).runAsCaseManager("kim:tasks-overdue").contains("jobcenter-application"));

        for (JsonNode t : tasks) {
            api.post("/cases/" + kimCase + "/tasks/" + t.get("id").asLong() + "/completion", json("note", "erledigt"), 200);
        }
        assertProblem(api.send("POST", "/cases/" + kimCase + "/tasks/" + tasks.get(0).get("id").asLong()
                + "/completion", "{}", Api.CM), 409, "not OPEN");
        JsonNode afterPrepare = api.read("/cases/" + kimCase + "/tasks");
        assertEquals(afterPrepare.toString(), 4, afterPrepare.size());
        assertEquals(LocalDate.now(Api.PLATFORM_ZONE).toString(),
                api.read("/cases/" + kimCase + "/procedures").get(0).get("milestones").get("application-filed").asText());

        Api.Reply refused = api.send("POST", "/cases/" + kimCase + "/forms/asylblg-sgb2.handover", json(
                "recognitionDate", "2024-03-12", "applicationDate", "2024-03-01", "asylblgEndDate", "2024-03-31",
                "sgb2StartDate", "2024-04-01", "benefitGapDays", 3), Api.CM);
        assertProblem(refused, 422, null);
        assertEquals(List.of("applicationDate", "benefitGapDays"), fields(refused.body().get("violations")));
        api.post("/cases/" + kimCase + "/forms/asylblg-sgb2.handover", json("recognitionDate", "2024-03-12",
                "applicationDate", "2024-03-14", "asylblgEndDate", "2024-03-31", "sgb2StartDate", "2024-04-01",
                "benefitGapDays", 0), 201);
        JsonNode values = api.read("/indicators/asylblg-sgb2.handover-without-gap/values");
        assertTrue(values.toString(), values.get("total").get("suppressed").asBoolean());

        console.run("feature:uninstall kim-ext-asylblg-sgb2");
        awaitStatus("/indicators/asylblg-sgb2.handover-without-gap", 404);
        JsonNode kept = api.read("/cases/" + kimCase + "/tasks");
        assertEquals(4, kept.size());
        assertEquals("Einwilligung in die Datenübermittlung an das Jobcenter einholen",
                kept.get(0).get("label").get("de").asText());
        assertFalse(api.read("/procedures/asylblg-sgb2.handover").get("active").asBoolean());
        assertEquals(1, api.read("/cases/" + kimCase + "/submissions").size());
    }

    @Test
    public void bleiberechtProcedureSetsTheAge27DeadlineAndItsActionDocumentsTheApplication() throws Exception {
        new Console(sessionFactory).run("feature:install kim-ext-aufenthg-bleiberecht");
        awaitStatus("/procedures/bleiberecht.p25a", 200);
        String young = client(SUNDERN, "2004-05-10");
        long kimCase = openCase(young, SUNDERN, "TOLERATED");
        status(young, "DULDUNG", "2025-02-01");
        JsonNode tasks = api.read("/cases/" + kimCase + "/tasks");
        assertEquals(tasks.toString(), 2, tasks.size());
        for (JsonNode t : tasks) {
            api.post("/cases/" + kimCase + "/tasks/" + t.get("id").asLong() + "/completion", "{}", 200);
        }
        JsonNode application = api.read("/cases/" + kimCase + "/tasks").get(2);
        assertEquals("application", application.get("task").asText());
        assertEquals("the day before the 27th birthday", "2031-05-09", application.get("due").asText());
        api.post("/cases/" + kimCase + "/tasks/" + application.get("id").asLong() + "/completion",
                json("note", "ABH Sundern, Az. 4711"), 200);
        JsonNode activities = api.read("/cases/" + kimCase).get("activities");
        assertTrue(activities.toString(), activities.get(0).get("note").asText().contains("§25a AufenthG"));
        JsonNode instance = api.read("/cases/" + kimCase + "/procedures").get(0);
        assertEquals("COMPLETED", instance.get("status").asText());
        assertTrue(instance.get("milestones").has("applied"));
        // the action ran for the user within the categories its bundle declares, which the extensions list shows
        boolean declared = false;
        for (JsonNode e : api.read("/extensions")) {
            if (e.get("bundle").asText().equals("de.kim.ext.aufenthg.bleiberecht")) {
                declared = e.get("dataCategories").toString().contains("ACTIVITIES");
            }
        }
        assertTrue("the extension declares what its action touches", declared);

        String older = client(SUNDERN, "1990-05-10");
        long olderCase = openCase(older, SUNDERN, "TOLERATED");
        status(older, "DULDUNG", "2025-02-01");
        assertEquals("the entry rule (age under 27) does not hold", 0, api.read("/cases/" + olderCase + "/tasks").size());
    }

    @Test
    public void aBrokenExtensionIsRefusedFileByFileAndLeavesEverythingElseWorking() throws Exception {
        byte[] jar = bundle("itest.broken", Map.of(
                "KIM-INF/forms/good.json", "{\"id\":\"itest.good\",\"version\":\"1.0.0\",\"label\":\"@good\","
                        + "\"schema\":{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}},"
                        + "\"layout\":[{\"field\":\"a\",\"label\":{\"de\":\"A\",\"en\":\"A\"}}]}",
                "KIM-INF/forms/broken.json", "{\"id\": \"itest.broken\", \"version\": ",
                "KIM-INF/procedures/dangling.json", "{\"id\":\"itest.dangling\",\"version\":\"1\",\"label\":\"x\","
                        + "\"entry\":{\"on\":\"case.opened\"},\"stages\":[{\"id\":\"s\",\"label\":\"S\",\"tasks\":"
                        + "[{\"id\":\"t\",\"label\":\"T\"}]}],\"milestones\":[{\"id\":\"m\",\"label\":\"M\",\"tasks\":[\"nope\"]}]}",
                "KIM-INF/indicators/secret.json", "{\"id\":\"itest.secret\",\"version\":\"1\",\"label\":\"x\","
                        + "\"numerator\":{\"fact\":\"clients\",\"filter\":{\"==\":[{\"var\":\"familyName\"},\"X\"]}}}",
                "KIM-INF/i18n/labels_de.properties", "good=Gutes Formular\n"));
        Bundle broken = bundleContext.installBundle("itest:broken", new java.io.ByteArrayInputStream(jar));
        broken.start();
        try {
            JsonNode extension = awaitExtension("itest.broken", e -> e.get("state").asText().equals("PARTIAL"));
            String errors = extension.get("errors").toString();
            assertTrue(errors, errors.contains("KIM-INF/forms/broken.json: invalid JSON"));
            assertTrue(errors, errors.contains("KIM-INF/procedures/dangling.json: milestone 'm' refers to unknown task 'nope'"));
            assertTrue(errors, errors.contains("KIM-INF/indicators/secret.json: numerator: unknown field 'familyName'"));
            assertEquals("Gutes Formular", api.read("/forms/itest.good").get("label").get("de").asText());
            assertProblem(api.get("/forms/itest.broken"), 404, null);
            String console = new Console(sessionFactory).run("kim:extensions");
            assertTrue(console, console.contains("PARTIAL") && console.contains("ERROR itest.broken: KIM-INF/forms/broken.json"));
            assertEquals(200, api.get("/indicators/kim.cases.new/values?by=municipality").status());

            byte[] rival = bundle("itest.rival", Map.of("KIM-INF/forms/good.json", new String(entry(jar,
                    "KIM-INF/forms/good.json"), StandardCharsets.UTF_8).replace("\"@good\"", "\"Rivale\"")));
            Bundle second = bundleContext.installBundle("itest:rival", new java.io.ByteArrayInputStream(rival));
            second.start();
            JsonNode refused = awaitExtension("itest.rival", e -> e.get("state").asText().equals("FAILED"));
            assertTrue(refused.toString(), refused.get("errors").get(0).asText().contains("of bundle itest.broken is in use"));
            assertEquals("Gutes Formular", api.read("/forms/itest.good").get("label").get("de").asText());
            second.uninstall();
        } finally {
            broken.uninstall();
        }
        awaitStatus("/forms/itest.good", 404);
    }

    @Test
    public void upgradingABundleBringsTheNewFormVersionAndOlderSubmissionsKeepTheirs() throws Exception {
        String v1 = "{\"id\":\"itest.upgrade\",\"version\":\"1.0.0\",\"label\":{\"de\":\"Alt\"},\"schema\":{\"type\":"
                + "\"object\",\"required\":[\"a\"],\"properties\":{\"a\":{\"type\":\"string\"}}},\"layout\":[{\"field\":\"a\","
                + "\"label\":{\"de\":\"A\"}}]}";
        String v2 = v1.replace("1.0.0", "2.0.0").replace("Alt", "Neu").replace("[\"a\"]", "[\"b\"]")
                .replace("\"properties\":{", "\"properties\":{\"b\":{\"type\":\"integer\"},");
        Bundle bundle = bundleContext.installBundle("itest:upgrade",
                new java.io.ByteArrayInputStream(bundle("itest.upgrade", Map.of("KIM-INF/forms/f.json", v1))));
        bundle.start();
        try {
            JsonNode first = awaitStatus("/forms/itest.upgrade", 200).body();
            long kimCase = openCase(client(SUNDERN, "1999-09-09"), SUNDERN, "OTHER");
            JsonNode old = api.post("/cases/" + kimCase + "/forms/itest.upgrade", json("a", "x"), 201);

            bundle.update(new java.io.ByteArrayInputStream(bundle("itest.upgrade", Map.of("KIM-INF/forms/f.json", v2))));
            awaitExtension("itest.upgrade", e -> e.get("contributions").toString().contains("2.0.0"));
            JsonNode current = api.read("/forms/itest.upgrade");
            assertEquals("2.0.0", current.get("version").asText());
            assertProblem(api.send("POST", "/cases/" + kimCase + "/forms/itest.upgrade", json("a", "x"), Api.CM), 422, "b");
            assertEquals(2, api.read("/forms/itest.upgrade/versions").size());
            JsonNode kept = api.read("/cases/" + kimCase + "/submissions/" + old.get("id").asLong());
            assertEquals("1.0.0", kept.get("formVersion").asText());
            JsonNode original = api.read("/forms/itest.upgrade?version=" + kept.get("formVersion").asText());
            assertEquals(first.get("hash").asText(), kept.get("definitionHash").asText());
            assertEquals(kept.get("definitionHash").asText(), original.get("hash").asText());
            assertEquals("Alt", original.get("label").get("de").asText());
            assertFalse(original.get("active").asBoolean());
        } finally {
            bundle.uninstall();
        }
    }

    @Test
    public void aConnectorRegisteredAtRuntimeReceivesEventsUntilItGoes() throws Exception {
        java.util.concurrent.BlockingQueue<String> received = new java.util.concurrent.LinkedBlockingQueue<>();
        de.kim.api.spi.Connector recorder = new de.kim.api.spi.Connector() {
            @Override
            public String id() {
                return "itest.recorder";
            }

            @Override
            public void accept(String topic, Map<String, Object> properties) {
                received.add(topic + " " + properties.get("caseId"));
            }
        };
        String form = "{\"id\":\"itest.connector\",\"version\":\"1\",\"label\":\"C\",\"schema\":{\"type\":\"object\","
                + "\"properties\":{\"a\":{\"type\":\"string\"}}},\"layout\":[{\"field\":\"a\",\"label\":\"A\"}]}";
        Bundle formBundle = bundleContext.installBundle("itest:connector",
                new java.io.ByteArrayInputStream(bundle("itest.connector", Map.of("KIM-INF/forms/c.json", form))));
        formBundle.start();
        org.osgi.framework.ServiceRegistration<de.kim.api.spi.Connector> registration =
                bundleContext.registerService(de.kim.api.spi.Connector.class, recorder, null);
        try {
            awaitStatus("/forms/itest.connector", 200);
            assertTrue(api.read("/extensions").toString().contains("connector itest.recorder"));
            long kimCase = openCase(client(SUNDERN, "1980-08-08"), SUNDERN, "OTHER");
            api.post("/cases/" + kimCase + "/forms/itest.connector", json("a", "b"), 201);
            // the recorder gets every event, also those of earlier tests still in the outbox: wait for this case's
            String expected = "de/kim/form/SUBMITTED " + kimCase;
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            List<String> seen = new java.util.ArrayList<>();
            String event;
            while ((event = received.poll(Math.max(0, deadline - System.nanoTime()),
                    java.util.concurrent.TimeUnit.NANOSECONDS)) != null && !event.equals(expected)) {
                seen.add(event);
            }
            assertEquals("events before it: " + seen, expected, event);
        } finally {
            registration.unregister();
            formBundle.uninstall();
        }
        assertFalse(api.read("/extensions").toString().contains("connector itest.recorder"));
    }

    @Test
    public void standardIndicatorsCountInTheDatabaseAndSuppressSmallCells() throws Exception {
        String winterberg = "05958048";
        String brilon = "05958012";
        int year = LocalDate.now(Api.PLATFORM_ZONE).getYear();
        for (int i = 0; i < 6; i++) {
            openCase(client(winterberg, "1985-01-0" + (i + 1)), winterberg, "OTHER");
        }
        long before = api.read("/indicators/kim.cases.new/values?period=" + year).get("total").get("numerator").asLong();
        openCase(client(brilon, "1985-02-01"), brilon, "OTHER");
        JsonNode byTown = api.read("/indicators/kim.cases.new/values?by=municipality&period=" + year);
        JsonNode rowWinterberg = row(byTown, winterberg);
        assertEquals("Winterberg", rowWinterberg.get("label").asText());
        assertTrue(rowWinterberg.get("numerator").asLong() >= 6);
        JsonNode rowBrilon = row(byTown, brilon);
        assertTrue(rowBrilon.toString(), rowBrilon.get("suppressed").asBoolean());
        assertTrue(rowBrilon.get("numerator").isNull());
        assertEquals(before + 1, byTown.get("total").get("numerator").asLong());

        JsonNode everyIndicator = api.read("/indicators");
        assertTrue(everyIndicator.size() >= 12);
        for (JsonNode indicator : everyIndicator) {
            String id = indicator.get("id").asText();
            assertEquals(id, 200, api.get("/indicators/" + id + "/values?by=period").status());
        }
        assertProblem(api.get("/indicators/kim.cases.new/values?by=topicArea"), 422, "cannot be broken down by topicArea");
        assertProblem(api.get("/indicators/kim.cases.new/values?by=weather"), 400, "unknown dimension");
        assertProblem(api.get("/indicators/nope/values"), 404, "no indicator nope");
        String console = new Console(sessionFactory).runAsCaseManager("kim:indicator kim.cases.new --by municipality --period " + year);
        assertTrue(console, console.contains("Winterberg") && console.contains("suppressed"));

        new Console(sessionFactory).run("feature:install kim-ext-sundern");
        JsonNode computed = awaitStatus("/indicators/sundern.young-adults-work", 200).body();
        assertTrue(computed.get("computed").asBoolean());
        assertEquals(200, api.get("/indicators/sundern.young-adults-work/values?by=period").status());
    }

    @Test
    public void arnsbergFeatureAddsItsLocalOfficesAndStartsNaturalisationOnReferralToTheEbh() throws Exception {
        new Console(sessionFactory).run("feature:install kim-ext-arnsberg");
        awaitStatus("/procedures/arnsberg.naturalisation", 200);
        JsonNode offices = api.read("/offices?municipality=05958004");
        assertTrue(offices.toString(), offices.toString().contains("Fachdienst Integration der Stadt Arnsberg"));
        long ebh = api.read("/municipalities/05958004/responsible?legalDomain=StAG").get("id").asLong();
        String client = client("05958004", "1980-03-03");
        long kimCase = openCase(client, "05958004", "LONG_TERM_RESIDENT");
        api.post("/clients/" + client + "/consents", json("recipientOfficeId", ebh, "purpose", "RESIDENCE",
                "givenOn", LocalDate.now(Api.PLATFORM_ZONE).toString()), 201);
        JsonNode referral = api.post("/cases/" + kimCase + "/referrals", json("toOfficeId", ebh, "kind", "SERVICE", "purpose", "RESIDENCE",
                "note", "Einbürgerung"), 201);
        api.post("/referrals/" + referral.get("id").asLong() + "/status", json("status", "SENT", "version",
                referral.get("version")), 200);
        JsonNode tasks = api.read("/cases/" + kimCase + "/tasks");
        assertEquals(tasks.toString(), "arnsberg.naturalisation", tasks.get(0).get("procedureId").asText());
        assertEquals(2, tasks.size());
    }

    private JsonNode awaitExtension(String bundle, Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode all = null;
        while (System.nanoTime() < deadline) {
            all = api.read("/extensions");
            for (JsonNode e : all) {
                if (e.get("bundle").asText().equals(bundle) && condition.test(e)) {
                    return e;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("extension " + bundle + " not as expected: " + all);
    }

    private Api.Reply awaitStatus(String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Api.Reply reply = api.get(path);
        while (reply.status() != status && System.nanoTime() < deadline) {
            Thread.sleep(200);
            reply = api.get(path);
        }
        assertEquals(reply.raw(), status, reply.status());
        return reply;
    }

    private static JsonNode row(JsonNode values, String key) {
        for (JsonNode r : values.get("rows")) {
            if (r.get("key").asText().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no row " + key + " in " + values);
    }

    private static List<String> fields(JsonNode violations) {
        List<String> fields = new java.util.ArrayList<>();
        violations.forEach(v -> fields.add(v.get("field").asText()));
        return fields;
    }

    private String client(String ags, String born) {
        return api.post("/clients", json("familyName", "Test", "givenNames", UUID.randomUUID().toString().substring(0, 6),
                "dateOfBirth", born, "nationality", "SYR", "municipality", ags, "arrivalDate", "2023-01-01",
                "employable", true), 201).get("id").asText();
    }

    private void status(String client, String title, String from) {
        api.post("/clients/" + client + "/residence-statuses", json("title", title, "validFrom", from), 201);
    }

    private long openCase(String client, String ags, String targetGroup) {
        return api.post("/cases", json("clientId", client, "ownerMunicipality", ags, "caseManager", "cm.kreis",
                "targetGroup", targetGroup), 201).get("id").asLong();
    }

    /** An extension bundle made on the spot: a manifest requiring the extender, and the given files. */
    private static byte[] bundle(String symbolicName, Map<String, String> files) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Require-Capability", "osgi.extender;filter:=\"(osgi.extender=kim.extension)\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
                jar.putNextEntry(new JarEntry(file.getKey()));
                jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] entry(byte[] jar, String name) throws IOException {
        try (java.util.jar.JarInputStream in = new java.util.jar.JarInputStream(new java.io.ByteArrayInputStream(jar))) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException("no " + name);
    }
}
