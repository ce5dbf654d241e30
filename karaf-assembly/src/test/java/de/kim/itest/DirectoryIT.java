package de.kim.itest;

import static de.kim.itest.Api.assertProblem;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * Boots the KIM assembly and checks the directory of the Hochsauerlandkreis over HTTP and the console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DirectoryIT extends KimContainerTest {
    private static final String SUNDERN = "05958044";
    private static final String ARNSBERG = "05958004";
    private static final Set<String> HSK = Set.of("05958004", "05958008", "05958012", "05958016", "05958020",
            "05958024", "05958028", "05958032", "05958036", "05958040", "05958044", "05958048");

    @Inject
    private BundleContext bundleContext;

    @Inject
    private SessionFactory sessionFactory;

    @Test
    public void everyBundleIsActive() {
        List<String> notActive = new ArrayList<>();
        int kimBundles = 0;
        for (Bundle bundle : bundleContext.getBundles()) {
            boolean fragment = bundle.getHeaders().get("Fragment-Host") != null;
            if (!fragment && bundle.getState() != Bundle.ACTIVE) {
                notActive.add(bundle.getSymbolicName() + " state " + bundle.getState());
            }
            if (bundle.getSymbolicName().startsWith("kim-")) {
                kimBundles++;
            }
        }
        assertEquals("bundles not active: " + notActive, List.of(), notActive);
        assertEquals("kim-api, kim-schema, kim-core, kim-import, kim-report, kim-rest, kim-shell, kim-web", 8, kimBundles);
    }

    @Test
    public void directoryListsTheTwelveMunicipalitiesOfTheHsk() {
        Api.Reply all = api.get("/municipalities");
        assertEquals(200, all.status());
        assertEquals(HSK, agsKeys(all.body()));
        JsonNode sundern = api.get("/municipalities/" + SUNDERN).body();
        assertEquals(27751, sundern.get("population").asInt());
        assertEquals("2023-06-30", sundern.get("populationDate").asText());
        assertEquals("05958", sundern.get("districtKey").asText());

        Set<String> kim = agsKeys(api.get("/municipalities?kim=true").body());
        assertEquals(Set.of("05958004", "05958008", "05958020", "05958028", "05958032", "05958040", "05958044"), kim);
    }

    @Test
    public void sundernHasTheDistrictsForeignersOfficeAndArnsbergItsOwn() {
        JsonNode sundern = api.get("/municipalities/" + SUNDERN + "/responsible?legalDomain=AufenthG").body();
        assertEquals("Ausländerbehörde des Hochsauerlandkreises", sundern.get("name").asText());
        assertEquals("ABH", sundern.get("kind").asText());
        assertEquals(11, sundern.get("municipalities").size());

        JsonNode arnsberg = api.get("/municipalities/" + ARNSBERG + "/responsible?legalDomain=AufenthG").body();
        assertEquals("Ausländerbehörde der Stadt Arnsberg", arnsberg.get("name").asText());

        JsonNode naturalisation = api.get("/municipalities/" + ARNSBERG + "/responsible?legalDomain=StAG").body();
        assertEquals("Einbürgerungsbehörde der Stadt Arnsberg", naturalisation.get("name").asText());
    }

    @Test
    public void eachTownHasItsJobcenterSiteAndItsYouthOffice() {
        for (String ags : HSK) {
            JsonNode jobcenter = api.get("/municipalities/" + ags + "/responsible?legalDomain=SGB2").body();
            assertEquals("JOBCENTER", jobcenter.get("kind").asText());
            assertEquals(List.of(ags), texts(jobcenter.get("municipalities")));
        }
        assertEquals("Jugendamt der Stadt Sundern",
                api.get("/municipalities/" + SUNDERN + "/responsible?legalDomain=SGB8").body().get("name").asText());
        assertEquals("Jugendamt des Hochsauerlandkreises",
                api.get("/municipalities/05958020/responsible?legalDomain=SGB8").body().get("name").asText());
        assertEquals(4, api.get("/offices?kind=JUGENDAMT").body().size());
        assertEquals(12, api.get("/offices?legalDomain=SGB2").body().size());
    }

    @Test
    public void badRequestsGetProblemBodies() {
        assertProblem(api.get("/municipalities/05958099"), 404, "05958099");
        assertProblem(api.get("/municipalities/0595"), 400, "AGS");
        assertProblem(api.get("/municipalities/" + SUNDERN + "/responsible?legalDomain=SGB99"), 400, "SGB99");
        assertProblem(api.get("/municipalities/" + SUNDERN + "/responsible"), 400, "legalDomain");
        assertProblem(api.get("/offices/not-a-number"), 400, "id");
        assertProblem(api.get("/offices/987654"), 404, "987654");
        assertProblem(api.get("/offices?kind=SCHOOL"), 400, "SCHOOL");
        assertProblem(api.get("/no-such-resource"), 404, null);
        assertProblem(api.send("POST", "/offices", "{\"name\":", Api.ADMIN), 400, null);
        assertProblem(api.send("POST", "/offices", "{\"name\":\"x\",\"kind\":\"SCHOOL\"}", Api.ADMIN), 400, "SCHOOL");
    }

    @Test
    public void writesNeedAnAdministrator() {
        String office = "{\"name\":\"Test\",\"kind\":\"KI\"}";
        Api.Reply anonymous = api.send("POST", "/offices", office, null);
        assertProblem(anonymous, 401, null);
        assertProblem(api.send("POST", "/offices", office, "admin:wrong"), 401, null);
        assertProblem(api.send("DELETE", "/offices/1", null, null), 401, null);
        assertEquals(200, api.get("/offices/1").status());
    }

    @Test
    public void invalidOfficeIsRefusedWithEveryViolation() {
        Api.Reply reply = api.send("POST", "/offices",
                "{\"name\":\" \",\"municipalities\":[\"123\",\"05974040\",\"05958099\"]}", Api.ADMIN);
        assertProblem(reply, 422, null);
        List<String> fields = texts(reply.body().get("violations"), "field");
        assertEquals(List.of("name", "kind", "municipalities[0]", "municipalities[1]", "municipalities[2]"), fields);
    }

    @Test
    public void aTownsOwnOfficeTakesOverUntilItIsDeleted() {
        String body = "{\"name\":\"Ausländerbehörde Sundern (Test)\",\"kind\":\"ABH\",\"legalDomains\":[\"AufenthG\"],"
                + "\"municipalities\":[\"" + SUNDERN + "\"],\"address\":{\"street\":\"Rathausplatz 1\","
                + "\"postalCode\":\"59846\",\"city\":\"Sundern\"}}";
        Api.Reply created = api.send("POST", "/offices", body, Api.ADMIN);
        assertEquals(created.raw(), 201, created.status());
        long id = created.body().get("id").asLong();
        try {
            assertEquals(id, api.get("/municipalities/" + SUNDERN + "/responsible?legalDomain=AufenthG")
                    .body().get("id").asLong());
            Api.Reply renamed = api.send("PUT", "/offices/" + id, body.replace("(Test)", "(geändert)"), Api.ADMIN);
            assertEquals(renamed.raw(), 200, renamed.status());
            assertEquals("Ausländerbehörde Sundern (geändert)", api.get("/offices/" + id).body().get("name").asText());
        } finally {
            assertEquals(204, api.send("DELETE", "/offices/" + id, null, Api.ADMIN).status());
        }
        // directory writes are administration: audited with who, what and which office
        String trail = api.send("GET", "/audit?user=admin&limit=50", null, Api.DPO).raw();
        for (String action : List.of("directory.office.create", "directory.office.update", "directory.office.delete")) {
            assertTrue(action + " in " + trail, trail.contains("\"action\":\"" + action + "\"")
                    && trail.contains("office " + id));
        }
        assertProblem(api.get("/offices/" + id), 404, null);
        assertEquals("Ausländerbehörde des Hochsauerlandkreises",
                api.get("/municipalities/" + SUNDERN + "/responsible?legalDomain=AufenthG").body().get("name").asText());
    }

    @Test
    public void officeThatProvidesServicesCannotBeDeleted() {
        JsonNode service = api.get("/services").body().get(0);
        long provider = service.get("providerOfficeId").asLong();
        assertProblem(api.send("DELETE", "/offices/" + provider, null, Api.ADMIN), 409, "service");
        assertEquals(200, api.get("/offices/" + provider).status());
    }

    @Test
    public void referenceDataAndOpenApiAreServed() {
        assertEquals(List.of("AsylbLG", "SGB2", "SGB3", "SGB8", "SGB12", "AufenthG", "StAG"),
                texts(api.get("/legal-domains").body(), "code"));
        assertEquals("SGB II", api.get("/legal-domains").body().get(1).get("displayName").asText());
        Api.Reply purposes = api.get("/purposes");
        assertEquals(200, purposes.status());
        assertEquals("HANDOVER", purposes.body().get(0).get("code").asText());
        assertEquals("RESIDENCE releases identity, contact, residence and documents only",
                "[\"IDENTITY\",\"CONTACT\",\"RESIDENCE\",\"DOCUMENTS\"]", purposes.body().get(2).get("releases").toString());
        Api.Reply openapi = api.get("/openapi.json");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().get("paths").has("/municipalities/{ags}/responsible"));
    }

    @Test
    public void consoleShowsTheDirectory() throws Exception {
        Console console = new Console(sessionFactory);
        String municipalities = console.run("kim:municipalities");
        for (String ags : HSK) {
            assertTrue(ags + " missing in:\n" + municipalities, municipalities.contains(ags));
        }
        assertTrue(municipalities.contains("Hallenberg"));

        String responsible = console.run("kim:responsible " + SUNDERN + " AufenthG");
        assertTrue(responsible, responsible.contains("Ausländerbehörde des Hochsauerlandkreises"));

        String youthOffices = console.run("kim:offices --legal-domain SGB8");
        assertEquals(youthOffices, 4, youthOffices.lines().filter(l -> l.contains("JUGENDAMT")).count());

        String status = console.run("kim:status");
        assertTrue(status, status.contains(TestDatabase.postgresql() ? "jdbc:postgresql://" : "jdbc:derby:"));
        assertFalse("the database's url only, without the driver's properties: " + status, status.contains("?"));
        assertTrue(status, status.matches("(?s).*municipalities:\\s+12\\b.*"));

        String wrong = console.run("kim:responsible " + SUNDERN + " SGB99");
        assertTrue(wrong, wrong.contains("unknown legalDomain 'SGB99'"));
    }


    private static Set<String> agsKeys(JsonNode municipalities) {
        Set<String> keys = new TreeSet<>();
        municipalities.forEach(m -> keys.add(m.get("ags").asText()));
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get(field).asText()));
        return values;
    }
}
