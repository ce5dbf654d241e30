package de.kim.itest;

import static de.kim.itest.Api.assertProblem;
import static de.kim.itest.Api.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Need-to-know with the README's demo users: authentication on every operation that touches
 * personal data (walking the OpenAPI description), municipality scope, releases by consented
 * referrals and their withdrawal, roles without case content, and the audit trail with its hash chain.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AccessIT extends KimContainerTest {
    private static final String ARNSBERG = "05958004";
    private static final long SOZIALAMT_SUNDERN = 32;
    private static final long ABH_HSK = 1;

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private BundleContext bundleContext;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    /** An Arnsberg client with a case, an assessment with a KIM note and a goal, made by Arnsberg's case manager. */
    private record ArnsbergCase(String client, String familyName, long kimCase) {
    }

    private ArnsbergCase arnsbergCase() {
        String familyName = "Nasser" + UUID.randomUUID().toString().substring(0, 6);
        JsonNode client = expect(api.send("POST", "/clients", json("familyName", familyName, "givenNames", "Rami",
                "dateOfBirth", "1990-03-04", "nationality", "SYR", "municipality", ARNSBERG, "phone", "02931 1234",
                "employable", true), Api.CM_ARNSBERG), 201);
        String id = client.get("id").asText();
        expect(api.send("POST", "/clients/" + id + "/legal-domain-periods", json("domain", "SGB2", "from", "2024-01-01"),
                Api.CM_ARNSBERG), 201);
        JsonNode kimCase = expect(api.send("POST", "/cases", json("clientId", id, "ownerMunicipality", ARNSBERG,
                "caseManager", "cm.arnsberg", "targetGroup", "RECOGNISED_REFUGEE"), Api.CM_ARNSBERG), 201);
        long caseId = kimCase.get("id").asLong();
        expect(api.send("PUT", "/cases/" + caseId + "/assessments/HEALTH", json("need", "HIGH", "note",
                "Traumatherapie empfohlen"), Api.CM_ARNSBERG), 200);
        expect(api.send("POST", "/cases/" + caseId + "/goals", json("area", "WORK", "description", "Ausbildung finden"),
                Api.CM_ARNSBERG), 201);
        return new ArnsbergCase(id, familyName, caseId);
    }

    private static JsonNode expect(Api.Reply reply, int status) {
        assertEquals(reply.raw(), status, reply.status());
        return reply.body();
    }

    private long referTo(ArnsbergCase c, long office, String purpose) {
        expect(api.send("POST", "/clients/" + c.client() + "/consents", json("recipientOfficeId", office, "purpose",
                purpose, "givenOn", "2026-01-15"), Api.CM_ARNSBERG), 201);
        JsonNode referral = expect(api.send("POST", "/cases/" + c.kimCase() + "/referrals", json("toOfficeId", office,
                "kind", "SERVICE", "purpose", purpose, "note", "Bitte übernehmen"), Api.CM_ARNSBERG), 201);
        long id = referral.get("id").asLong();
        expect(api.send("POST", "/referrals/" + id + "/status", json("status", "SENT", "version",
                referral.get("version")), Api.CM_ARNSBERG), 200);
        return id;
    }

    /**
     * Documents: kept by the person's case team, typed by their content (not by name or header), at most 10 MB,
     * audited, released to an office only by a purpose that releases documents, never to the coordination.
     */
    @Test
    public void documentsAreTypedByContentAuditedAndReleasedOnlyByTheirPurpose() {
        ArnsbergCase c = arnsbergCase();
        String path = "/clients/" + c.client() + "/documents";
        byte[] pdf = "%PDF-1.4\n% Bescheid über Leistungen\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13};
        JsonNode kept = expect(api.raw("POST", path + "?kind=DECISION&fileName=Bescheid%202026.pdf&caseId=" + c.kimCase(),
                pdf, "application/pdf", Api.CM_ARNSBERG), 201);
        assertEquals("application/pdf", kept.get("mediaType").asText());
        assertEquals("Bescheid 2026.pdf", kept.get("fileName").asText());
        // a PNG sent as a PDF is kept as what it is; text sent as a PDF is refused
        assertEquals("image/png", expect(api.raw("POST", path + "?kind=OTHER&fileName=scan.pdf", png, "application/pdf",
                Api.CM_ARNSBERG), 201).get("mediaType").asText());
        assertProblem(api.raw("POST", path + "?kind=OTHER&fileName=x.pdf", "<html>not a pdf</html>".getBytes(
                StandardCharsets.UTF_8), "application/pdf", Api.CM_ARNSBERG), 415, "PDF, JPEG or PNG");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, huge, 0, pdf.length);
        assertProblem(api.raw("POST", path + "?kind=OTHER&fileName=big.pdf", huge, "application/pdf", Api.CM_ARNSBERG),
                413, "10 MB");
        Api.Reply content = api.raw("GET", path + "/" + kept.get("id").asLong() + "/content", null, null,
                Api.CM_ARNSBERG);
        assertEquals(200, content.status());
        assertTrue(content.contentType().startsWith("application/pdf"));
        assertTrue(content.raw().startsWith("%PDF-1.4"));
        JsonNode audit = expect(api.send("GET", "/audit?client=" + c.client() + "&limit=50", null, Api.DPO), 200);
        assertTrue("kept and read are audited: " + audit, audit.toString().contains("document.keep")
                && audit.toString().contains("document.read"));
        // the subject-access export (Art. 15) names the documents, for the case team and the DPO, as JSON and PDF
        for (String who : List.of(Api.CM_ARNSBERG, Api.DPO)) {
            JsonNode export = expect(api.send("GET", "/clients/" + c.client() + "/export", null, who), 200);
            assertEquals(who + ": " + export.get("documents"), List.of("scan.pdf", "Bescheid 2026.pdf"),
                    export.get("documents").findValuesAsText("fileName"));
        }
        Api.Bytes subjectPdf = api.bytes("/clients/" + c.client() + "/export?format=pdf", Api.DPO);
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("kim-auskunft", ".pdf");
            java.nio.file.Files.write(file, subjectPdf.body());
            String text = SteeringIT.pdfToText(file);
            assertTrue(text, text.contains("Gespeicherte Dokumente") && text.contains("Bescheid 2026.pdf")
                    && text.contains("Bescheid"));
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        // no credentials, the wrong role, the wrong town, the coordination
        assertProblem(api.send("GET", path, null, null), 401, null);
        assertProblem(api.send("GET", path, null, Api.STEERING), 403, null);
        assertProblem(api.send("GET", path, null, Api.CM_SUNDERN), 404, null);
        assertEquals(0, expect(api.send("GET", path, null, Api.COORDINATOR), 200).size());
        assertProblem(api.raw("POST", path + "?kind=OTHER&fileName=a.pdf", pdf, "application/pdf", Api.COORDINATOR), 403, null);
        // Sundern's office gets the case for WORK, which releases no documents; then for BENEFITS, which does
        referTo(c, 32, "WORK");
        assertEquals(0, expect(api.send("GET", path, null, Api.CM_SUNDERN), 200).size());
        assertProblem(api.send("GET", path + "/" + kept.get("id").asLong() + "/content", null, Api.CM_SUNDERN), 404, null);
        referTo(c, 32, "BENEFITS");
        assertEquals(2, expect(api.send("GET", path, null, Api.CM_SUNDERN), 200).size());
    }

    @Test
    public void sundernSeesAnArnsbergCaseOnlyWhileAConsentedReferralReleasesIt() throws Exception {
        ArnsbergCase c = arnsbergCase();
        Console console = new Console(sessionFactory);
        // before any referral: nothing by any endpoint or console command
        assertProblem(api.send("GET", "/clients/" + c.client(), null, Api.CM_SUNDERN), 404, null);
        assertProblem(api.send("GET", "/cases/" + c.kimCase(), null, Api.CM_SUNDERN), 404, null);
        assertProblem(api.send("GET", "/clients/" + c.client() + "/timeline", null, Api.CM_SUNDERN), 404, null);
        assertFalse(api.send("GET", "/clients?q=" + c.familyName(), null, Api.CM_SUNDERN).raw().contains(c.client()));
        assertFalse(api.send("GET", "/cases?client=" + c.client(), null, Api.CM_SUNDERN).raw().contains("Nasser"));
        assertEquals("[]", api.send("GET", "/cases?client=" + c.client(), null, Api.CM_SUNDERN).raw());
        String sundern[] = {"KIM_CASE_MANAGER", "municipality:05958044", "office:32"};
        assertTrue(console.runAs("cm.sundern", "kim:case " + c.kimCase(), sundern).contains("no case"));
        assertFalse(console.runAs("cm.sundern", "kim:clients " + c.familyName(), sundern).contains(c.client()));
        // Arnsberg itself sees everything
        assertEquals("Traumatherapie empfohlen", expect(api.send("GET", "/cases/" + c.kimCase(), null,
                Api.CM_ARNSBERG), 200).get("assessments").get(0).get("note").asText());

        // a consented referral to the Sozialamt Sundern for a benefit claim releases identity, contact,
        // residence and legal domains, but not the case notes
        referTo(c, SOZIALAMT_SUNDERN, "BENEFITS");
        JsonNode client = expect(api.send("GET", "/clients/" + c.client(), null, Api.CM_SUNDERN), 200);
        assertEquals(c.familyName(), client.get("familyName").asText());
        assertEquals("02931 1234", client.get("phone").asText());
        JsonNode kimCase = expect(api.send("GET", "/cases/" + c.kimCase(), null, Api.CM_SUNDERN), 200);
        assertEquals(0, kimCase.get("assessments").size());
        assertEquals(0, kimCase.get("goals").size());
        assertTrue(kimCase.get("caseManager").isNull());
        assertEquals("SGB2", expect(api.send("GET", "/clients/" + c.client() + "/timeline", null, Api.CM_SUNDERN), 200)
                .get("periods").get(0).get("domain").asText());
        assertTrue(api.send("GET", "/clients?q=" + c.familyName(), null, Api.CM_SUNDERN).raw().contains(c.client()));
        assertTrue(console.runAs("cm.sundern", "kim:case " + c.kimCase(), sundern).contains("Case " + c.kimCase()));
        // released for reading, not for changing
        assertProblem(api.send("PUT", "/cases/" + c.kimCase() + "/assessments/WORK", json("need", "LOW"),
                Api.CM_SUNDERN), 404, null);

        // withdrawal hides it again at once
        long consent = expect(api.send("GET", "/clients/" + c.client() + "/consents", null, Api.CM_ARNSBERG), 200)
                .get(0).get("id").asLong();
        expect(api.send("POST", "/clients/" + c.client() + "/consents/" + consent + "/withdrawal", "{}",
                Api.CM_ARNSBERG), 200);
        assertProblem(api.send("GET", "/clients/" + c.client(), null, Api.CM_SUNDERN), 404, null);
        assertProblem(api.send("GET", "/cases/" + c.kimCase(), null, Api.CM_SUNDERN), 404, null);

        // the data-protection officer's export shows the denied and the allowed reads of Sundern
        Api.Reply export = api.send("GET", "/audit/export?client=" + c.client() + "&user=cm.sundern", null, Api.DPO);
        assertEquals(export.raw(), 200, export.status());
        assertTrue(export.contentType(), export.contentType().startsWith("text/csv"));
        assertTrue(export.raw(), export.raw().startsWith("id,seal,at,user,role"));
        assertTrue(export.raw(), export.raw().contains("client.read,") && export.raw().contains(",DENIED,"));
        assertTrue(export.raw(), export.raw().contains(",ALLOWED,"));
        JsonNode rows = expect(api.send("GET", "/audit?client=" + c.client(), null, Api.DPO), 200);
        assertTrue(rows.toString(), rows.size() >= 10);
        String audit = console.runAs("dsb", "kim:audit --client " + c.client(), "KIM_DPO");
        assertTrue(audit, audit.contains("cm.sundern") && audit.contains("DENIED") && audit.contains("ALLOWED"));
    }

    @Test
    public void theForeignersOfficeSeesWhatAReferralReleasedButNeverKimNotes() {
        ArnsbergCase c = arnsbergCase();
        assertProblem(api.send("GET", "/clients/" + c.client(), null, Api.ABH), 404, null);
        referTo(c, ABH_HSK, "HANDOVER");
        JsonNode client = expect(api.send("GET", "/clients/" + c.client(), null, Api.ABH), 200);
        assertEquals(c.familyName(), client.get("familyName").asText());
        JsonNode kimCase = expect(api.send("GET", "/cases/" + c.kimCase(), null, Api.ABH), 200);
        assertEquals("a hand-over releases assessments, but not to the ABH (§87 AufenthG)", 0,
                kimCase.get("assessments").size());
        assertEquals(0, kimCase.get("goals").size());
        assertEquals("[]", expect(api.send("GET", "/cases/" + c.kimCase() + "/submissions", null, Api.ABH), 200)
                .toString());
        assertProblem(api.send("POST", "/clients", json("familyName", "Neu", "givenNames", "Nora", "dateOfBirth",
                "1999-01-01", "nationality", "SYR", "municipality", ARNSBERG), Api.ABH), 403, null);
        assertTrue(api.send("GET", "/clients?q=" + c.familyName(), null, Api.ABH).raw().contains(c.client()));
    }

    @Test
    public void rolesWithoutCaseContentAreRefused() throws Exception {
        ArnsbergCase c = arnsbergCase();
        assertProblem(api.send("GET", "/clients", null, Api.ADMIN), 403, null);
        assertProblem(api.send("GET", "/cases/" + c.kimCase(), null, Api.ADMIN), 403, null);
        assertProblem(api.send("GET", "/clients/" + c.client(), null, Api.STEERING), 403, null);
        assertProblem(api.send("GET", "/clients/" + c.client(), null, Api.DPO), 403, null);
        assertProblem(api.send("GET", "/audit", null, Api.ADMIN), 403, null);
        assertProblem(api.send("GET", "/audit", null, Api.CM), 403, null);
        assertEquals(200, api.send("GET", "/indicators/kim.cases.new/values", null, Api.STEERING).status());
        String shown = new Console(sessionFactory).run("kim:case " + c.kimCase());
        assertTrue(shown, shown.contains("no access to case data"));
        assertFalse(shown, shown.contains("Traumatherapie"));
        // the coordinator reads pseudonymised lists of the district and changes nothing
        Api.Reply page = api.send("GET", "/clients?municipality=" + ARNSBERG + "&size=200", null, Api.COORDINATOR);
        assertEquals(page.raw(), 200, page.status());
        assertTrue(page.total() > 0);
        page.body().forEach(item -> assertTrue(item.toString(), item.get("familyName").isNull()
                && item.get("dateOfBirth").isNull() && item.get("phone").isNull()));
        assertProblem(api.send("GET", "/clients?q=" + c.familyName(), null, Api.COORDINATOR), 403, null);
        assertProblem(api.send("PUT", "/cases/" + c.kimCase() + "/assessments/WORK", json("need", "LOW"),
                Api.COORDINATOR), 403, null);
        assertTrue(expect(api.send("GET", "/cases/" + c.kimCase(), null, Api.COORDINATOR), 200).get("assessments")
                .isEmpty());
    }

    /**
     * Every operation the OpenAPI description marks as touching personal data refuses a request
     * without or with wrong credentials (401), a role without case content (403), and a case manager
     * of another municipality (404 for an Arnsberg record; lists without it); every refusal is audited.
     */
    @Test
    public void everyPersonalDataOperationRefusesStrangers() {
        ArnsbergCase c = arnsbergCase();
        long referral = referTo(c, 5, "WORK"); // Jobcenter Arnsberg
        int operations = 0;
        int scoped = 0;
        for (String[] op : personalDataOperations()) {
            operations++;
            String method = op[0];
            String url = fill(op[1], c, referral);
            String body = method.equals("GET") || method.equals("DELETE") ? null : "{}";
            String what = method + " " + url;
            assertProblemFor(what, api.send(method, url, body, null), 401);
            assertProblemFor(what, api.send(method, url, body, "nobody" + operations + ":wrong"), 401);
            assertProblemFor(what, api.send(method, url, body, Api.ADMIN), 403);
            boolean aboutArnsberg = url.contains(c.client()) || url.contains("/cases/" + c.kimCase())
                    || url.contains("/referrals/" + referral);
            if (aboutArnsberg) {
                Api.Reply reply = api.send(method, url, body, Api.CM_SUNDERN);
                if (body == null || reply.status() == 404) {
                    scoped++;
                    assertProblemFor(what, reply, 404);
                    JsonNode newest = expect(api.send("GET", "/audit?user=cm.sundern&limit=1", null, Api.DPO), 200)
                            .get(0);
                    assertEquals(what + " audited: " + newest, "DENIED", newest.get("outcome").asText());
                    assertEquals(what + " audited: " + newest, c.client(), newest.path("clientId").asText());
                } else {
                    // an empty body is refused before any record is looked up: nothing is revealed
                    assertTrue(what + ": " + reply.raw(), reply.status() == 400 || reply.status() == 422);
                }
            } else if (method.equals("GET")) {
                Api.Reply reply = api.send(method, url, body, Api.CM_SUNDERN);
                assertFalse(what + " " + reply.raw(), reply.raw().contains(c.client()));
            }
        }
        assertTrue("operations walked: " + operations, operations >= 40);
        assertTrue("operations on an Arnsberg record: " + scoped, scoped >= 12);
        JsonNode anonymous = expect(api.send("GET", "/audit?user=(anonymous)&limit=10000", null, Api.DPO), 200);
        assertTrue(anonymous.size() >= operations);
        JsonNode admin = expect(api.send("GET", "/audit?user=admin&limit=10000", null, Api.DPO), 200);
        assertTrue(count(admin, "DENIED", null) >= operations - 5);
    }

    private static long count(JsonNode rows, String outcome, String client) {
        long n = 0;
        for (JsonNode row : rows) {
            if (outcome.equals(row.get("outcome").asText())
                    && (client == null || client.equals(row.path("clientId").asText()))) {
                n++;
            }
        }
        return n;
    }

    /** Fields that identify a person or carry free text a case manager wrote: never in pseudonymised answers. */
    private static final Set<String> IDENTIFYING = Set.of("familyName", "givenNames", "dateOfBirth", "arrivalDate",
            "nationality", "languages", "phone", "email", "note", "outcome", "closureReason", "description",
            "documentRef", "reason", "value", "data", "fileNumber", "caseFileNumber");
    /** Text fields of the OpenAPI schemas that identify nobody (ids, codes, names of offices and staff, labels). */
    private static final Set<String> NOT_IDENTIFYING = Set.of("access_token", "token_type", "fromMunicipality", "mediaType",
            "uploadedBy", "action", "ags", "bundle", "bundleVersion", "caseManager",
            "city", "clientId", "code", "column", "completedBy", "createdBy", "database", "definitionHash", "detail",
            "displayName", "districtKey", "eventId", "eventType", "file", "fileName", "formId", "formVersion", "format",
            "funding", "group", "hash", "holder", "holderName", "id", "indicatorId", "indicatorVersion", "key", "label",
            "guidance", "lastError", "legalBasis", "legalDomain", "legalDomainName", "paragraph", "localConditions", "location", "mapping", "municipality",
            "name", "officeName", "ownerMunicipality", "path", "placement", "platformVersion", "postalCode", "problem",
            "procedureId", "procedureVersion", "purpose", "responsible", "role", "ruleId", "scope", "secret", "sha256",
            "source", "stage", "status", "street", "submittedBy", "switchedBy", "takenBy", "target", "task", "text",
            "title", "topic", "topicName", "type", "url", "user", "version");

    /**
     * Pseudonymised means no identifier and no free text, field by field: every text property of the OpenAPI
     * schemas is classified above (a new one fails until it is), and no read on personal data gives the
     * coordination a value of an identifying one.
     */
    @Test
    public void theCoordinationGetsNoIdentifyingFieldFromAnyRead() {
        JsonNode document = expect(api.send("GET", "/openapi.json", null, null), 200);
        List<String> unclassified = new ArrayList<>();
        document.get("components").get("schemas").fields().forEachRemaining(schema -> schema.getValue()
                .path("properties").fields().forEachRemaining(p -> {
                    JsonNode type = p.getValue();
                    if ("string".equals(type.path("type").asText()) && !type.has("enum")
                            && !Set.of("date", "date-time").contains(type.path("format").asText())
                            && !IDENTIFYING.contains(p.getKey()) && !NOT_IDENTIFYING.contains(p.getKey())) {
                        unclassified.add(schema.getKey() + "." + p.getKey());
                    }
                }));
        assertEquals("text fields nobody classified as identifying or not", List.of(), unclassified);

        ArnsbergCase c = arnsbergCase();
        long referral = referTo(c, 5, "WORK");
        expect(api.send("POST", "/clients/" + c.client() + "/occupations", json("kind", "TRAINING", "from",
                "2026-01-01", "description", "Ausbildung bei " + c.familyName()), Api.CM_ARNSBERG), 201);
        List<String> leaks = new ArrayList<>();
        int reads = 0;
        for (String[] op : personalDataOperations()) {
            // reads about persons; structural findings are about structures (their texts name no person), the
            // indicators are suppressed aggregates, the audit trail is the data-protection officer's
            if (!op[0].equals("GET") || op[1].matches("/(structural-findings|indicators|audit).*")) {
                continue;
            }
            String url = fill(op[1], c, referral);
            Api.Reply reply = api.send("GET", url, null, Api.COORDINATOR);
            if (reply.status() == 200 && reply.contentType().startsWith("application/json")) {
                reads++;
                collectIdentifying(url, reply.body(), null, leaks);
            }
        }
        assertEquals("identifying values the coordination received", List.of(), leaks);
        assertTrue("reads walked: " + reads, reads >= 10);
    }

    private static void collectIdentifying(String where, JsonNode node, String field, List<String> leaks) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collectIdentifying(where, f.getValue(), f.getKey(), leaks));
        } else if (node.isArray()) {
            node.forEach(e -> collectIdentifying(where, e, field, leaks));
        } else if (!node.isNull() && field != null && IDENTIFYING.contains(field)) {
            leaks.add(where + " " + field + "=" + node.asText());
        }
    }

    /** Method and path template of every operation on personal data in the OpenAPI description. */
    private List<String[]> personalDataOperations() {
        List<String[]> operations = new ArrayList<>();
        expect(api.send("GET", "/openapi.json", null, null), 200).get("paths").fields().forEachRemaining(path ->
                path.getValue().fields().forEachRemaining(op -> {
                    if (op.getValue().path("x-kim-personal-data").asBoolean()) {
                        operations.add(new String[] {op.getKey().toUpperCase(), path.getKey()});
                    }
                }));
        return operations;
    }

    /** What a demo user gets for an operation: past the guard, refused for the role, or not found in its scope. */
    private enum Outcome {
        ALLOWED, FORBIDDEN, HIDDEN;

        static Outcome of(Api.Reply reply, boolean withBody) {
            return switch (reply.status()) {
                case 403 -> FORBIDDEN;
                // "case 19 has no submission 1", "no form x": the guard let the caller reach the record
                case 404 -> reply.raw().matches("(?s).*no (client|case|referral) with id.*") ? HIDDEN : ALLOWED;
                // an invalid body is refused before any record is looked up: nothing is revealed either way
                case 400, 422 -> withBody ? null : ALLOWED;
                default -> ALLOWED;
            };
        }
    }

    /**
     * The one table of need-to-know for the demo users (README "Access, audit and data protection"): what each
     * gets for an operation on personal data, when the operation names an Arnsberg record ({@code about}) or not.
     */
    private static Outcome expected(String user, String method, String path, boolean about) {
        boolean read = method.equals("GET");
        if (path.startsWith("/audit")) {
            return user.equals("dsb") ? Outcome.ALLOWED : Outcome.FORBIDDEN;
        }
        if (path.startsWith("/indicators/")) {
            // aggregates with suppression: case roles and the steering group
            return Set.of("admin", "dsb", "abh.hsk").contains(user) ? Outcome.FORBIDDEN : Outcome.ALLOWED;
        }
        if (path.startsWith("/structural-findings")) {
            // structural, about no person: case managers and the coordination (the towns of its cases change it)
            return Set.of("admin", "dsb", "abh.hsk", "steuerung").contains(user) ? Outcome.FORBIDDEN : Outcome.ALLOWED;
        }
        return switch (user) {
            case "admin", "steuerung" -> Outcome.FORBIDDEN;
            case "dsb" -> read && path.matches("/clients/[^/]+/export") ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case "cm.arnsberg", "cm.kreis" -> Outcome.ALLOWED;
            case "ki.koordination" -> !read ? Outcome.FORBIDDEN
                    : about && path.endsWith("/export") ? Outcome.HIDDEN : Outcome.ALLOWED;
            case "cm.sundern", "jc.sundern", "abh.hsk" -> about ? Outcome.HIDDEN : Outcome.ALLOWED;
            default -> throw new IllegalArgumentException(user);
        };
    }

    /**
     * Every operation on personal data of the OpenAPI description, for every demo user, against the table above:
     * reads and writes; a user refused for its role gets 403, outside its scope 404, and each outcome is asserted.
     */
    @Test
    public void everyOperationForEveryDemoUserIsAsTheNeedToKnowTableSays() {
        ArnsbergCase c = arnsbergCase();
        long referral = referTo(c, 5, "WORK"); // Jobcenter Arnsberg
        List<String[]> operations = personalDataOperations();
        List<String> users = List.of("admin", "steuerung", "dsb", "cm.sundern", "jc.sundern", "abh.hsk",
                "ki.koordination", "cm.arnsberg", "cm.kreis");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String user : users) {
            for (String[] op : operations) {
                String method = op[0];
                String url = fill(op[1], c, referral);
                boolean withBody = !method.equals("GET") && !method.equals("DELETE");
                boolean about = url.contains(c.client()) || url.contains("/cases/" + c.kimCase())
                        || url.contains("/referrals/" + referral);
                Api.Reply reply = api.send(method, url, withBody ? "{}" : null, user + ":"
                        + (user.equals("admin") ? "admin" : "kim-demo"));
                Outcome want = expected(user, method, op[1], about);
                Outcome got = Outcome.of(reply, withBody);
                checked++;
                // got == null: an invalid body refused before any record or role was looked at (nothing revealed)
                if (reply.status() == 401 || reply.status() >= 500 || got != null && got != want) {
                    wrong.add(user + " " + method + " " + op[1] + ": expected " + want + ", got "
                            + reply.status() + " " + reply.raw().substring(0, Math.min(160, reply.raw().length())));
                }
            }
        }
        assertEquals("outcomes that differ from the table (" + checked + " checked)", List.of(), wrong);
        assertTrue("operations times users: " + checked, checked >= 40 * users.size());
    }

    private static void assertProblemFor(String what, Api.Reply reply, int status) {
        assertEquals(what + ": " + reply.raw(), status, reply.status());
        assertTrue(what, reply.contentType().startsWith("application/problem+json"));
        assertFalse(what, reply.raw().contains("Exception"));
    }

    private static String fill(String template, ArnsbergCase c, long referral) {
        String url = template;
        if (url.startsWith("/clients/")) {
            url = url.replace("{id}", c.client());
        } else if (url.startsWith("/referrals/")) {
            url = url.replace("{id}", String.valueOf(referral));
        } else if (url.startsWith("/cases/")) {
            url = url.replace("{id}", String.valueOf(c.kimCase()));
        } else if (url.startsWith("/indicators/")) {
            url = url.replace("{id}", "kim.cases.new");
        } else {
            url = url.replace("{id}", "1");
        }
        return url.replace("{caseId}", String.valueOf(c.kimCase())).replace("{area}", "WORK")
                .replace("{formId}", "hallenberg.intake").replace("{other}", c.client())
                .replaceAll("\\{[A-Za-z]+}", "1");
    }

    /** A district's identity provider: tokens signed with its key (served as JWKS) are accepted, others not. */
    @Test
    public void tokensOfTheConfiguredOidcIssuerAreAccepted() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("hsk-idp").generate();
        String jwks = new JWKSet(key.toPublicJWK()).toString();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", "/itest-jwks");
        ServiceRegistration<Servlet> served = bundleContext.registerService(Servlet.class, new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("application/json");
                response.getWriter().write(jwks);
            }
        }, properties);
        String issuer = "https://idp.hochsauerlandkreis.example";
        Configuration rest = configurationAdmin.getConfiguration("de.kim.rest", null);
        Dictionary<String, Object> settings = rest.getProperties();
        try {
            settings.put("oidc.jwks.url", "http://localhost:" + System.getProperty(KimContainer.HTTP_PORT) + "/itest-jwks");
            settings.put("oidc.issuer", issuer);
            rest.update(settings);
            String token = oidcToken(key, issuer, 300);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (api.bearer("GET", "/clients?size=1", token).status() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertEquals(200, api.bearer("GET", "/clients?size=1", token).status());
            ArnsbergCase c = arnsbergCase();
            assertProblem(api.bearer("GET", "/cases/" + c.kimCase(), token), 404, null); // a Sundern user
            assertProblem(api.bearer("GET", "/clients?size=1", oidcToken(new RSAKeyGenerator(2048).keyID("hsk-idp")
                    .generate(), issuer, 300)), 401, null);
            assertProblem(api.bearer("GET", "/clients?size=1", oidcToken(key, issuer, -600)), 401, null);
            assertProblem(api.bearer("GET", "/clients?size=1", oidcToken(key, "https://evil.example", 300)), 401, null);
        } finally {
            served.unregister();
            settings.put("oidc.issuer", "");
            rest.update(settings);
        }
    }

    private static String oidcToken(RSAKey key, String issuer, int seconds) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(issuer).subject("m.mustermann").issueTime(Date.from(now.minusSeconds(120)))
                        .expirationTime(Date.from(now.plusSeconds(seconds))).claim("roles", List.of("KIM_CASE_MANAGER"))
                        .claim("municipality", "05958044").claim("office", 32).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    public void tokensWorkLikePasswordsAndExpireIntoA401() {
        JsonNode token = expect(api.send("POST", "/auth/token", null, Api.CM_SUNDERN), 200);
        assertEquals("Bearer", token.get("token_type").asText());
        String jwt = token.get("access_token").asText();
        assertEquals(3, jwt.split("\\.").length);
        assertEquals(200, api.bearer("GET", "/clients?size=1", jwt).status());
        assertProblem(api.bearer("GET", "/clients?size=1", jwt.substring(0, jwt.length() - 4) + "AAAA"), 401, null);
        assertProblem(api.bearer("GET", "/clients?size=1", "not-a-token"), 401, null);
        assertProblem(api.bearer("POST", "/auth/token", jwt), 400, null);
        assertEquals(200, api.send("GET", "/health", null, null).status());
    }

    /**
     * The operations of the platform (read-only switch, backups, metrics) are the administrator's: no
     * credentials 401, every other role 403, a case manager of any municipality too (they are not
     * scoped to a municipality: there is no right one); refusals audited.
     */
    @Test
    public void operationsAreForAdministratorsOnly() {
        String[][] operations = {{"GET", "/operations/read-only", null}, {"PUT", "/operations/read-only", "{\"readOnly\":false}"},
            {"GET", "/operations/backups", null}, {"POST", "/operations/backups", null}, {"GET", "/metrics", null}};
        for (String[] op : operations) {
            String what = op[0] + " " + op[1];
            assertProblemFor(what, api.send(op[0], op[1], op[2], null), 401);
            for (String other : new String[] {Api.CM_SUNDERN, Api.CM_ARNSBERG, Api.COORDINATOR, Api.DPO, Api.STEERING,
                Api.ABH}) {
                assertProblemFor(what + " as " + other, api.send(op[0], op[1], op[2], other), 403);
            }
        }
        JsonNode newest = expect(api.send("GET", "/audit?user=abh.hsk&limit=1", null, Api.DPO), 200).get(0);
        assertEquals("DENIED", newest.get("outcome").asText());
        assertEquals(200, api.send("GET", "/operations/read-only", null, Api.ADMIN).status());
        assertEquals(200, api.send("GET", "/metrics", null, Api.ADMIN).status());
    }

    /**
     * Reading changes nothing: a client with a household and a case with assessments keep their version
     * over reads of the file, time axis, consents, cases and export (they used to rise with every read,
     * so two reads at once could fail each other with 409).
     */
    @Test
    public void readsLeaveTheVersionAlone() {
        JsonNode found = expect(api.send("GET", "/clients?q=Haddad", null, Api.CM_SUNDERN), 200).get(0);
        String id = found.get("id").asText();
        long before = expect(api.send("GET", "/clients/" + id, null, Api.CM_SUNDERN), 200).get("version").asLong();
        assertTrue(expect(api.send("GET", "/clients/" + id, null, Api.CM_SUNDERN), 200).get("household").size() > 0);
        for (String read : new String[] {"/timeline", "/consents", "/cases", "/export", "/timeline"}) {
            expect(api.send("GET", "/clients/" + id + read, null, Api.CM_SUNDERN), 200);
        }
        assertEquals(before, expect(api.send("GET", "/clients/" + id, null, Api.CM_SUNDERN), 200).get("version").asLong());
        JsonNode kimCase = expect(api.send("GET", "/cases/1", null, Api.CM_SUNDERN), 200);
        assertTrue(kimCase.get("assessments").size() > 0);
        assertEquals(kimCase.get("version"), expect(api.send("GET", "/cases/1", null, Api.CM_SUNDERN), 200).get("version"));
    }

    @Test
    public void wrongPasswordsLockTheUser() {
        for (int i = 0; i < 5; i++) {
            assertProblem(api.send("GET", "/clients", null, "cm.meschede:wrong" + i), 401, null);
        }
        Api.Reply locked = api.send("GET", "/clients?size=1", null, "cm.meschede:kim-demo");
        assertProblem(locked, 429, null);
        assertTrue("Retry-After " + locked.headers(), Integer.parseInt(locked.header("Retry-After")) > 0);
        assertEquals("other users are not locked", 200, api.send("GET", "/clients?size=1", null, Api.CM).status());
        JsonNode newest = expect(api.send("GET", "/audit?user=cm.meschede&limit=1", null, Api.DPO), 200).get(0);
        assertEquals("the locked login is audited: " + newest, "DENIED", newest.get("outcome").asText());
    }

    private static final String SUNDERN = "05958044";
    private static final long JOBCENTER_SUNDERN = 15;
    private static final String JC_SUNDERN = "jc.sundern:kim-demo";

    /** A Sundern client with a case, an assessment, a goal and an activity (a KIM note a hand-over does not release). */
    private ArnsbergCase sundernCase() {
        String familyName = "Sabri" + UUID.randomUUID().toString().substring(0, 6);
        String id = expect(api.send("POST", "/clients", json("familyName", familyName, "givenNames", "Lina",
                "dateOfBirth", "1988-07-09", "municipality", SUNDERN, "employable", true), Api.CM_SUNDERN), 201)
                .get("id").asText();
        long caseId = expect(api.send("POST", "/cases", json("clientId", id, "ownerMunicipality", SUNDERN,
                "caseManager", "cm.sundern", "targetGroup", "RECOGNISED_REFUGEE"), Api.CM_SUNDERN), 201).get("id").asLong();
        expect(api.send("PUT", "/cases/" + caseId + "/assessments/WORK", json("need", "HIGH", "note",
                "Berufserfahrung als Schneiderin"), Api.CM_SUNDERN), 200);
        expect(api.send("POST", "/cases/" + caseId + "/activities", json("date", "2026-02-01", "kind", "MEETING",
                "note", "Gespräch mit Frau " + familyName), Api.CM_SUNDERN), 201);
        return new ArnsbergCase(id, familyName, caseId);
    }

    private long consent(String client, long office, String purpose) {
        return expect(api.send("POST", "/clients/" + client + "/consents", json("recipientOfficeId", office, "purpose",
                purpose, "givenOn", "2026-01-15"), Api.CM_SUNDERN), 201).get("id").asLong();
    }

    private void withdraw(String client, long consent) {
        expect(api.send("POST", "/clients/" + client + "/consents/" + consent + "/withdrawal", "{}", Api.CM_SUNDERN), 200);
    }

    private Api.Reply move(long referral, String status, String credentials) {
        JsonNode current = expect(api.send("GET", "/referrals/" + referral, null, Api.CM_SUNDERN), 200);
        return api.send("POST", "/referrals/" + referral + "/status", json("status", status, "version",
                current.get("version")), credentials);
    }

    /** Finding 1 of the need-to-know issue: a withdrawn consent stops accepting, completing and the holder's reads. */
    @Test
    public void aWithdrawnConsentStopsTheHandOverAtEveryStepAndTheHolderSeesOnlyWhatItsPurposeReleases() {
        ArnsbergCase c = sundernCase();
        long consent = consent(c.client(), JOBCENTER_SUNDERN, "HANDOVER");
        long referral = expect(api.send("POST", "/cases/" + c.kimCase() + "/referrals", json("toOfficeId",
                JOBCENTER_SUNDERN, "kind", "HANDOVER", "purpose", "HANDOVER", "note", "Übergabe"), Api.CM_SUNDERN), 201)
                .get("id").asLong();
        expect(move(referral, "SENT", Api.CM_SUNDERN), 200);
        withdraw(c.client(), consent);
        assertProblem(move(referral, "ACCEPTED", JC_SUNDERN), 409, "withdrawn");

        long again = consent(c.client(), JOBCENTER_SUNDERN, "HANDOVER");
        expect(move(referral, "ACCEPTED", JC_SUNDERN), 200);
        JsonNode held = expect(api.send("GET", "/cases/" + c.kimCase(), null, JC_SUNDERN), 200);
        assertEquals(JOBCENTER_SUNDERN, held.get("holderOfficeId").asLong());
        assertEquals("the assessments are released by HANDOVER", 1, held.get("assessments").size());
        assertEquals("activities are not, also not to the holder: " + held, 0, held.get("activities").size());
        assertProblem(api.send("PUT", "/clients/" + c.client(), json("familyName", "Geändert", "givenNames", "Lina",
                "dateOfBirth", "1988-07-09", "municipality", SUNDERN, "employable", true, "version", 0), JC_SUNDERN),
                404, null);
        assertProblem(api.send("GET", "/clients/" + c.client() + "/export", null, JC_SUNDERN), 404, null);

        withdraw(c.client(), again);
        assertProblem(move(referral, "COMPLETED", JC_SUNDERN), 409, "withdrawn");
        for (String path : List.of("/clients/" + c.client(), "/cases/" + c.kimCase(), "/referrals/" + referral,
                "/clients/" + c.client() + "/timeline", "/clients/" + c.client() + "/export")) {
            assertProblem(api.send("GET", path, null, JC_SUNDERN), 404, null);
        }
        JsonNode list = expect(api.send("GET", "/cases?size=200", null, JC_SUNDERN), 200);
        assertFalse("the held case left the Jobcenter's list", list.toString().contains("\"id\":" + c.kimCase() + ","));
    }

    /** Finding 3: an office that received one referral of a case does not see the case's referrals to others. */
    @Test
    public void anOfficeSeesOnlyTheReferralsSentToIt() {
        ArnsbergCase c = arnsbergCase();
        long toAbh = referTo(c, ABH_HSK, "RESIDENCE");
        long toSundern = referTo(c, SOZIALAMT_SUNDERN, "BENEFITS");
        JsonNode seen = expect(api.send("GET", "/cases/" + c.kimCase() + "/referrals", null, Api.ABH), 200);
        assertEquals(seen.toString(), 1, seen.size());
        assertEquals(toAbh, seen.get(0).get("id").asLong());
        assertProblem(api.send("GET", "/referrals/" + toSundern, null, Api.ABH), 404, null);
        assertEquals(2, expect(api.send("GET", "/cases/" + c.kimCase() + "/referrals", null, Api.CM_ARNSBERG), 200).size());
        JsonNode pseudonymous = expect(api.send("GET", "/cases/" + c.kimCase() + "/referrals", null, Api.COORDINATOR), 200);
        assertEquals(2, pseudonymous.size());
        for (JsonNode r : pseudonymous) {
            assertTrue("no note or outcome for the coordination: " + r, r.path("note").isNull() || r.path("note").isMissingNode());
        }
    }

    /** An office that rejects a referral after the consent was withdrawn gets no note back; 404s name no case. */
    @Test
    public void aRejectionAfterAWithdrawalShowsNothingAndNotFoundNamesNoCase() {
        ArnsbergCase c = sundernCase();
        long consent = consent(c.client(), ABH_HSK, "RESIDENCE");
        long referral = expect(api.send("POST", "/cases/" + c.kimCase() + "/referrals", json("toOfficeId", ABH_HSK,
                "kind", "SERVICE", "purpose", "RESIDENCE", "note", "Frau " + c.familyName() + " bittet um Termin"),
                Api.CM_SUNDERN), 201).get("id").asLong();
        expect(move(referral, "SENT", Api.CM_SUNDERN), 200);
        withdraw(c.client(), consent);
        JsonNode rejected = expect(move(referral, "REJECTED", Api.ABH), 200);
        assertFalse(rejected.toString(), rejected.toString().contains(c.familyName()));
        Api.Reply hidden = api.send("GET", "/referrals/" + referral, null, Api.ABH);
        assertProblem(hidden, 404, "no referral with id " + referral);
        assertFalse(hidden.raw(), hidden.raw().contains("case"));
        assertProblem(api.send("GET", "/referrals/99999999", null, Api.ABH), 404, "no referral with id 99999999");

        // a case team reaching a client through its own case may not move the client into a third town
        String id = expect(api.send("POST", "/clients", json("familyName", "Umzug", "givenNames", "Omar", "dateOfBirth",
                "1980-01-01", "municipality", SUNDERN, "employable", true), Api.CM_SUNDERN), 201).get("id").asText();
        expect(api.send("POST", "/cases", json("clientId", id, "ownerMunicipality", ARNSBERG, "caseManager",
                "cm.arnsberg", "targetGroup", "OTHER"), Api.CM), 201);
        JsonNode client = expect(api.send("GET", "/clients/" + id, null, Api.CM_ARNSBERG), 200);
        assertProblem(api.send("PUT", "/clients/" + id, json("familyName", "Umzug", "givenNames", "Omar",
                "dateOfBirth", "1980-01-01", "municipality", "05958032", "employable", true, "version",
                client.get("version")), Api.CM_ARNSBERG), 403, "05958032");
    }

    /** Finding 2: the coordination gets no free text, no filter by identifying data, no order by name. */
    @Test
    public void theCoordinationSeesNoFreeTextAndCannotFindAPerson() {
        ArnsbergCase c = arnsbergCase();
        expect(api.send("POST", "/clients/" + c.client() + "/occupations", json("kind", "TRAINING", "from", "2026-01-01",
                "description", "Ausbildung bei Bäckerei " + c.familyName()), Api.CM_ARNSBERG), 201);
        JsonNode kimCase = expect(api.send("GET", "/cases/" + c.kimCase(), null, Api.CM_ARNSBERG), 200);
        expect(api.send("POST", "/cases/" + c.kimCase() + "/phase", json("phase", "CLOSED", "reason", "Umzug von Familie "
                + c.familyName() + " nach Köln", "version", kimCase.get("version")), Api.CM_ARNSBERG), 200);
        String seen = expect(api.send("GET", "/cases/" + c.kimCase(), null, Api.COORDINATOR), 200).toString()
                + expect(api.send("GET", "/clients/" + c.client() + "/timeline", null, Api.COORDINATOR), 200)
                + expect(api.send("GET", "/clients/" + c.client(), null, Api.COORDINATOR), 200);
        assertFalse(seen, seen.contains(c.familyName()));
        assertFalse(seen, seen.contains("Köln") || seen.contains("Bäckerei") || seen.contains("1990-03-04"));
        assertProblem(api.send("GET", "/clients?dateOfBirth=1990-03-04", null, Api.COORDINATOR), 403, "date of birth");
        assertProblem(api.send("GET", "/clients?q=" + c.familyName(), null, Api.COORDINATOR), 403, "name");
        List<String> ids = new ArrayList<>();
        expect(api.send("GET", "/clients?size=200", null, Api.COORDINATOR), 200)
                .forEach(i -> ids.add(i.get("id").asText()));
        List<String> sorted = new ArrayList<>(ids);
        java.util.Collections.sort(sorted);
        assertEquals("in the order of the pseudonym", sorted, ids);
        assertEquals(200, api.send("GET", "/clients?dateOfBirth=1990-03-04", null, Api.CM_ARNSBERG).status());
    }

    /** Finding 4: a structural finding is changed by the towns of its cases and the district's coordination only. */
    @Test
    public void structuralFindingsAreChangedOnlyByTheTownsOfTheirCases() {
        ArnsbergCase c = arnsbergCase();
        JsonNode finding = expect(api.send("POST", "/structural-findings", json("topic", "WORK", "title",
                "Zu wenige Ausbildungsplätze", "caseIds", List.of(c.kimCase())), Api.CM_ARNSBERG), 201);
        long id = finding.get("id").asLong();
        assertProblem(api.send("POST", "/structural-findings/" + id + "/status", json("status", "RESOLVED", "version",
                finding.get("version")), Api.CM_SUNDERN), 403, "municipality");
        assertProblem(api.send("PUT", "/structural-findings/" + id, json("topic", "WORK", "title", "Umgeschrieben",
                "caseIds", List.of(), "version", finding.get("version")), Api.CM_SUNDERN), 403, "municipality");
        expect(api.send("POST", "/structural-findings/" + id + "/status", json("status", "RAISED", "version",
                finding.get("version")), Api.COORDINATOR), 200);
        JsonNode raised = expect(api.send("GET", "/structural-findings/" + id, null, Api.CM_ARNSBERG), 200);
        expect(api.send("POST", "/structural-findings/" + id + "/status", json("status", "RESOLVED", "version",
                raised.get("version")), Api.CM_ARNSBERG), 200);
    }

    /** Findings 7 and 9: no change from another site's page, no Basic challenge, one address, no WADL. */
    @Test
    public void anotherSitesPageChangesNothingAndTheApiHasOneAddress() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(Api.ADMIN.getBytes());
        java.net.http.HttpResponse<String> foreign = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + System.getProperty(KimContainer.HTTP_PORT) + "/api/v1/operations/backups"))
                .header("Origin", "https://evil.example").header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(foreign.body(), 403, foreign.statusCode());
        assertTrue(foreign.body(), foreign.body().contains("another site"));
        Api.Reply form = api.raw("POST", "/exports/state?period=2025&format=csv", new byte[0],
                "application/x-www-form-urlencoded", Api.COORDINATOR);
        assertEquals(form.raw(), 415, form.status());
        Api.Reply none = api.raw("POST", "/operations/backups", null, null, Api.ADMIN);
        assertEquals(none.raw(), 415, none.status());
        Api.Reply login = api.raw("POST", "/auth/token", new byte[0], "text/plain", Api.CM_SUNDERN);
        assertEquals("the login too: " + login.raw(), 415, login.status());
        String base = "http://localhost:" + System.getProperty(KimContainer.HTTP_PORT);
        for (String[] origins : List.of(new String[] {base.replace("http:", "https:")},
                new String[] {base.replace("//", "//evil@")}, new String[] {base, "https://evil.example"})) {
            java.net.http.HttpRequest.Builder odd = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base
                    + "/api/v1/clients/" + "K-XXXXXXXX" + "/consents")).header("Authorization", basic)
                    .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"));
            for (String origin : origins) {
                odd.header("Origin", origin);
            }
            java.net.http.HttpResponse<String> refused = http.send(odd.build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(List.of(origins) + ": " + refused.body(), 403, refused.statusCode());
        }
        Api.Reply anonymous = api.send("GET", "/clients", null, null);
        assertEquals(401, anonymous.status());
        assertEquals("Bearer realm=\"KIM\"", anonymous.header("WWW-Authenticate"));
        for (String path : List.of("/clients", "/.jaxrs-default/clients", "/api/v1/clients?_wadl", "/api/v1/?_wadl",
                "/cxf/clients", "/cxf/services", "/cxf/?_wadl")) {
            java.net.http.HttpResponse<String> other = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + System.getProperty(KimContainer.HTTP_PORT) + path)).header("Authorization", basic).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(path + ": " + other.body(), 404, other.statusCode());
            assertTrue(path, other.headers().firstValue("Content-Security-Policy").isPresent());
            assertFalse(path, other.body().contains("Haddad") || other.body().contains("<application"));
        }
        // requests Jetty itself refuses before any servlet: problem JSON with the security headers, no HTML page
        for (String path : List.of("/api/v1/..;/clients", "/api/v1/clients?zzz=" + "x".repeat(9_000))) {
            java.net.http.HttpResponse<String> refused = http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + System.getProperty(KimContainer.HTTP_PORT) + path))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            String what = path.substring(0, Math.min(40, path.length())) + " → " + refused.statusCode() + " "
                    + refused.body();
            assertTrue(what, refused.statusCode() == 400 || refused.statusCode() == 414);
            assertTrue(what, refused.headers().firstValue("Content-Security-Policy").isPresent());
            assertTrue(what, refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertFalse(what, refused.body().contains("<html"));
        }
    }

    /** Finding 8: a token ends with its user's lock, removal and change of password or roles. */
    @Test
    public void tokensEndWithTheirUser() throws Exception {
        java.nio.file.Path realm = java.nio.file.Paths.get(System.getProperty("karaf.etc"), "users.properties");
        String user = "tok" + UUID.randomUUID().toString().substring(0, 6);
        String entry = user + " = geheim-1, KIM_CASE_MANAGER, municipality:" + SUNDERN + ", office:32\n";
        java.nio.file.Files.writeString(realm, entry, java.nio.file.StandardOpenOption.APPEND);
        String token = awaitToken(user + ":geheim-1");
        assertEquals(200, api.bearer("GET", "/cases?size=1", token).status());
        // the login module may have replaced the password by its hash: the user's line is written anew
        List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(realm));
        lines.replaceAll(line -> line.startsWith(user + " ") ? entry.replace("geheim-1", "geheim-2").strip() : line);
        java.nio.file.Files.write(realm, lines);
        Api.Reply revoked = api.bearer("GET", "/cases?size=1", token);
        assertEquals(revoked.raw(), 401, revoked.status());
        assertTrue(revoked.raw(), revoked.raw().contains("revoked"));
        assertEquals("the old password is not remembered past the change", 401,
                api.send("GET", "/cases?size=1", null, user + ":geheim-1").status());
        // changed back: what was revoked stays revoked
        List<String> back = new ArrayList<>(java.nio.file.Files.readAllLines(realm));
        back.replaceAll(line -> line.startsWith(user + " ") ? entry.strip() : line);
        java.nio.file.Files.write(realm, back);
        assertEquals(401, api.bearer("GET", "/cases?size=1", token).status());
        java.nio.file.Files.write(realm, lines);

        String fresh = awaitToken(user + ":geheim-2");
        for (int i = 0; i < 5; i++) {
            api.send("GET", "/cases?size=1", null, user + ":falsch" + i);
        }
        Api.Reply locked = api.bearer("GET", "/cases?size=1", fresh);
        assertEquals(locked.raw(), 401, locked.status());
        assertTrue(locked.raw(), locked.raw().contains("locked"));
    }

    /** An administrator rotates the token key: new tokens carry the new key, older ones work until they expire. */
    @Test
    public void aRotatedTokenKeyLogsNobodyOut() throws Exception {
        String before = awaitToken(Api.CM_ARNSBERG);
        Console console = new Console(sessionFactory);
        assertTrue("a case manager may not rotate", Console.refused(console.runAs("cm.arnsberg", "kim:token-key-rotate",
                "KIM_CASE_MANAGER", "municipality:" + ARNSBERG)));
        String rotated = console.run("kim:token-key-rotate");
        assertTrue(rotated, rotated.contains("signed with key"));
        String after = awaitToken(Api.CM_ARNSBERG);
        assertNotEquals(SignedJWT.parse(before).getHeader().getKeyID(), SignedJWT.parse(after).getHeader().getKeyID());
        assertEquals("a token of the previous key", 200, api.bearer("GET", "/cases?size=1", before).status());
        assertEquals(200, api.bearer("GET", "/cases?size=1", after).status());

        // a configuration change (here the lifetime of new tokens) keeps the key: nobody is logged out
        Configuration rest = configurationAdmin.getConfiguration("de.kim.rest", null);
        Dictionary<String, Object> settings = rest.getProperties();
        Object minutes = settings.get("token.minutes");
        try {
            settings.put("token.minutes", "16");
            rest.update(settings);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (expect(api.send("POST", "/auth/token", null, Api.CM_ARNSBERG), 200).get("expires_in").asLong() != 960
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(960, expect(api.send("POST", "/auth/token", null, Api.CM_ARNSBERG), 200).get("expires_in")
                    .asLong());
            assertEquals("a token issued before the change", 200, api.bearer("GET", "/cases?size=1", after).status());
        } finally {
            settings.put("token.minutes", minutes == null ? "15" : minutes);
            rest.update(settings);
        }
    }

    /** A token for the user once its realm entry is read (the login module reads the file again on change). */
    private String awaitToken(String credentials) throws InterruptedException {
        Api.Reply reply = null;
        for (int i = 0; i < 50; i++) {
            reply = api.send("POST", "/auth/token", null, credentials);
            if (reply.status() == 200) {
                return reply.body().get("access_token").asText();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no token for " + credentials + ": " + reply.raw());
    }

    /** A changed, an appended forged and a deleted row are each named by kim:audit-verify. */
    @Test
    public void auditVerifyFindsChangedForgedAndDeletedRows() throws Exception {
        arnsbergCase();
        Console console = new Console(sessionFactory);
        String intact = console.runAs("dsb", "kim:audit-verify", "KIM_DPO");
        assertTrue(intact, intact.contains("Audit chain intact"));
        DataSource data = bundleContext.getService(bundleContext.getServiceReferences(DataSource.class,
                "(osgi.jndi.service.name=kim)").iterator().next());
        try (Connection db = data.getConnection()) {
            db.setAutoCommit(true);
            long[] row = row(db, 3);
            String user = userOf(db, row[0]);
            // changed by hand
            try (Statement s = db.createStatement()) {
                s.executeUpdate("UPDATE KIM_AUDIT SET USER_NAME = 'someone.else' WHERE ID = " + row[0]);
            }
            String changed = console.runAs("dsb", "kim:audit-verify", "KIM_DPO");
            assertTrue(changed, changed.contains("BROKEN at row " + row[0] + " "));
            try (PreparedStatement s = db.prepareStatement("UPDATE KIM_AUDIT SET USER_NAME = ? WHERE ID = " + row[0])) {
                s.setString(1, user);
                s.executeUpdate();
            }
            // a forged row appended with a made-up hash (in one statement: the sealer appends meanwhile)
            long id = single(db, "SELECT MAX(ID) FROM KIM_AUDIT") + 1_000_000;
            try (Statement s = db.createStatement()) {
                s.executeUpdate("INSERT INTO KIM_AUDIT (ID, AT_MILLIS, USER_NAME, ACTION_NAME, OUTCOME) VALUES (" + id
                        + ", 0, 'forger', 'client.read', 'ALLOWED')");
                s.executeUpdate("INSERT INTO KIM_AUDIT_CHAIN (SEAL, AUDIT_ID, PREVIOUS_HASH, HASH) SELECT SEAL + 1, " + id
                        + ", HASH, '" + "ab".repeat(32) + "' FROM KIM_AUDIT_CHAIN WHERE SEAL = (SELECT MAX(SEAL) FROM"
                        + " KIM_AUDIT_CHAIN)");
            }
            long forgedSeal = single(db, "SELECT SEAL FROM KIM_AUDIT_CHAIN WHERE AUDIT_ID = " + id);
            String forged = console.runAs("dsb", "kim:audit-verify", "KIM_DPO");
            assertTrue(forged, forged.contains("BROKEN at row " + id + " (chain position " + forgedSeal + ")"));
            // deleted
            long deletedId = row(db, 5)[0];
            try (Statement s = db.createStatement()) {
                s.executeUpdate("DELETE FROM KIM_AUDIT WHERE ID = " + deletedId);
            }
            String deleted = console.runAs("dsb", "kim:audit-verify", "KIM_DPO");
            assertTrue(deleted, deleted.contains("chain position 5") && deleted.contains("missing"));
            assertNotEquals(intact, deleted);
        }
    }

    private static long[] row(Connection db, long seal) throws Exception {
        return new long[] {single(db, "SELECT AUDIT_ID FROM KIM_AUDIT_CHAIN WHERE SEAL = " + seal)};
    }

    private static String userOf(Connection db, long id) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT USER_NAME FROM KIM_AUDIT WHERE ID = " + id)) {
            r.next();
            return r.getString(1);
        }
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
