package de.kim.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Hostile input over the whole API, driven by its OpenAPI description: for every path and method,
 * with and without credentials, malformed ids, query parameters and bodies (wrong types, missing and
 * extra fields, invalid dates, unknown codes, huge and deeply nested bodies, bad content types).
 * No answer may be a 5xx or name a Java class or show a stack trace, the log has no error (malformed
 * input is the client's mistake), and the platform is healthy afterwards.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FuzzIT extends KimContainerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern LEAK = Pattern.compile(
            "(Exception|\\bat [a-z]+\\.[a-z]+\\.|java\\.[a-z]|javax\\.|org\\.apache|org\\.eclipse|de\\.kim\\.|com\\.fasterxml|Caused by)");
    private static final String[] BAD_IDS = {"abc", "-1", "0", "99999999999999999999", "1.5", "%00", "%E2%80%AE",
        "x".repeat(3000), "..%2F..%2Fetc%2Fpasswd", "K-", "K-ZZZZZZZZ", "%27%20OR%201%3D1--", "null"};
    private static final String[] BAD_VALUES = {"", "x", "-1", "99999999999999999999", "2025-02-30", "2025-13-01",
        "true", "%00", "%E2%80%AE", "\u00e4".repeat(10), "y".repeat(2000), "NOPE", "1e309"};
    private static final String[] CREDENTIALS = {Api.ADMIN, Api.CM_SUNDERN, null};

    private final List<String> failures = new ArrayList<>();
    private int requests;
    private int refusedByJetty;

    /**
     * Issue 29, findings 2, 3, 4 and 6 as written: dates outside the database's range, numbers for dates and
     * booleans, a stray query parameter of 8,000 characters, and control and bidi characters in any text field.
     */
    @Test
    public void theFindingsOfTheHostileNetworkAreAnsweredAsTheContractSays() {
        long kimCase = api.send("GET", "/cases?size=1", null, Api.CM).body().get(0).get("id").asLong();
        for (String day : new String[] {"\"+10000-01-01\"", "\"-999999999-01-01\"", "100000", "\"0000-01-01\"",
            "[2025,1,1]"}) {
            Api.Reply refused = api.send("POST", "/cases/" + kimCase + "/goals", "{\"area\":\"WORK\",\"description\":"
                    + "\"Arbeit\",\"dueDate\":" + day + "}", Api.CM);
            Api.assertProblem(refused, 400, null);
            assertEquals(day, "dueDate", refused.body().get("violations").get(0).get("field").asText());
            assertTrue(day + ": " + refused.raw(), refused.raw().contains("1900-01-01"));
        }
        for (String flag : new String[] {"10", "1", "\"true\""}) {
            Api.assertProblem(api.send("PUT", "/operations/read-only", "{\"readOnly\":" + flag + "}", Api.ADMIN), 400,
                    null);
        }
        assertFalse(api.send("GET", "/operations/read-only", null, Api.ADMIN).body().get("readOnly").asBoolean());
        Api.Reply stray = api.send("GET", "/offices?size=1&zzz=" + "z".repeat(8000), null, null);
        assertTrue(stray.status() + " " + stray.raw(), stray.status() == 200 || stray.status() == 401);
        String link = stray.header("Link");
        assertTrue(link, link == null || !link.contains("zzz"));
        Api.Reply paged = api.send("GET", "/offices?size=1&kind=JOBCENTER", null, Api.CM);
        assertEquals(200, paged.status());
        Api.Reply office = api.send("POST", "/offices", "{\"name\":\"Amt \\u202eTXE.exe\",\"kind\":\"PROVIDER\","
                + "\"municipalities\":[\"05958044\"]}", Api.ADMIN);
        Api.assertProblem(office, 422, null);
        assertEquals("name", office.body().get("violations").get(0).get("field").asText());
        Api.Reply escape = api.send("POST", "/cases/" + kimCase + "/goals", "{\"area\":\"WORK\",\"description\":"
                + "\"\\u001b[31mrot\"}", Api.CM);
        Api.assertProblem(escape, 422, null);
        assertEquals("description", escape.body().get("violations").get(0).get("field").asText());
    }

    /**
     * Issue 29, finding 5: refusals the platform expects (409 on a stale version, 422 on a text too long for its
     * column, both after the transaction began; 400, 404) write no stack trace: 10,000 of them grow karaf.log by
     * less than 2 MB (each 409 or 422 wrote a 6.8 KB XAException before).
     */
    @Test
    public void tenThousandRefusedRequestsLeaveTheLogAsItWas() throws Exception {
        java.nio.file.Path log = java.nio.file.Paths.get(System.getProperty("karaf.log"), "karaf.log");
        String client = api.post("/clients", Api.json("familyName", "Protokoll", "dateOfBirth", "1990-01-01",
                "municipality", "05958044"), 201).get("id").asText();
        String stale = Api.json("familyName", "Protokoll", "dateOfBirth", "1990-01-01", "municipality", "05958044",
                "version", 99);
        String tooLong = Api.json("familyName", "x".repeat(300), "dateOfBirth", "1990-01-01", "municipality",
                "05958044");
        String[][] refusals = {{"PUT", "/clients/" + client, stale, "409"}, {"POST", "/clients", tooLong, "422"},
            {"POST", "/clients", "{", "400"}, {"GET", "/clients/K-NONE0000", null, "404"}};
        long before = java.nio.file.Files.size(log);
        java.util.concurrent.ExecutorService lanes = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.atomic.AtomicInteger unexpected = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (int lane = 0; lane < 4; lane++) {
                sent.add(lanes.submit(() -> {
                    for (int i = 0; i < 2500; i++) {
                        String[] r = refusals[i % refusals.length];
                        if (api.send(r[0], r[1], r[2], Api.CM).status() != Integer.parseInt(r[3])) {
                            unexpected.incrementAndGet();
                        }
                    }
                }));
            }
            for (java.util.concurrent.Future<?> f : sent) {
                f.get(10, java.util.concurrent.TimeUnit.MINUTES);
            }
        } finally {
            lanes.shutdownNow();
        }
        assertEquals("answers other than the expected refusal", 0, unexpected.get());
        long grown = java.nio.file.Files.size(log) - before;
        assertTrue("karaf.log grew by " + grown + " bytes for 10,000 refused requests", grown < 2 * 1024 * 1024);
    }

    /**
     * Issue 29, findings 1 and 5: a body sent one byte a second is answered 408 and its thread freed; a header that
     * never ends is closed after 10 s; more than 64 connections from one address are closed while others are
     * served; a body the client breaks off leaves no error in the log.
     */
    @Test
    public void slowGreedyAndBrokenOffClientsAreCutOffQuietly() throws Exception {
        java.nio.file.Path log = java.nio.file.Paths.get(System.getProperty("karaf.log"), "karaf.log");
        long before = java.nio.file.Files.size(log);
        int port = Integer.parseInt(System.getProperty(KimContainer.HTTP_PORT));
        String authorization = "Basic " + java.util.Base64.getEncoder().encodeToString(Api.CM.getBytes(
                StandardCharsets.UTF_8));
        String head = "POST /api/v1/clients HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + authorization
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"familyName\":\"";
        java.util.concurrent.ExecutorService slow = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Future<String> slowBody = slow.submit(() -> {
                try (java.net.Socket socket = socketFrom("127.0.0.3", port)) {
                    socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                    long end = System.nanoTime() + 30_000_000_000L;
                    while (System.nanoTime() < end) {
                        socket.getOutputStream().write('x');
                        socket.setSoTimeout(1000);
                        try {
                            byte[] answer = socket.getInputStream().readNBytes(12);
                            return new String(answer, StandardCharsets.ISO_8859_1);
                        } catch (java.net.SocketTimeoutException stillWaiting) {
                            // one more byte
                        }
                    }
                    return "no answer in 30 s";
                }
            });
            java.util.concurrent.Future<Long> slowHeader = slow.submit(() -> {
                try (java.net.Socket socket = socketFrom("127.0.0.4", port)) {
                    long start = System.nanoTime();
                    socket.getOutputStream().write("GET /api/v1/health/re".getBytes(StandardCharsets.ISO_8859_1));
                    socket.setSoTimeout(30_000);
                    assertEquals("the server closes a header that never ends", -1, socket.getInputStream().read());
                    return (System.nanoTime() - start) / 1_000_000;
                }
            });
            List<java.net.Socket> greedy = new ArrayList<>();
            try {
                for (int i = 0; i < 80; i++) {
                    greedy.add(socketFrom("127.0.0.5", port));
                }
                Thread.sleep(1000);
                int closed = 0;
                for (java.net.Socket socket : greedy) {
                    socket.setSoTimeout(50);
                    try {
                        closed += socket.getInputStream().read() < 0 ? 1 : 0;
                    } catch (java.net.SocketTimeoutException open) {
                        // still open
                    } catch (java.io.IOException reset) {
                        closed++;
                    }
                }
                assertTrue(closed + " of 80 connections from one address were closed", closed >= 16);
                assertEquals(200, api.get("/health/ready", null).status());
            } finally {
                for (java.net.Socket socket : greedy) {
                    socket.close();
                }
            }
            try (java.net.Socket socket = socketFrom("127.0.0.6", port)) {
                socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                Thread.sleep(300);
            } // broken off after 17 of 1,000 bytes
            assertEquals("HTTP/1.1 408", slowBody.get(60, java.util.concurrent.TimeUnit.SECONDS));
            long headerMillis = slowHeader.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue("a never-ending header was closed after " + headerMillis + " ms", headerMillis < 15_000);
        } finally {
            slow.shutdownNow();
        }
        Thread.sleep(1000);
        String grown = new String(java.nio.file.Files.readAllBytes(log), StandardCharsets.UTF_8).substring((int) Math.min(
                before, java.nio.file.Files.size(log)));
        List<String> errors = grown.lines().filter(l -> l.contains("| ERROR") || l.contains("| WARN ")
                && !l.contains("ConnectionLimits")).toList();
        assertTrue("the log has: " + errors, errors.isEmpty());
    }

    /**
     * Issue 29, finding 8: a contract tool no one here wrote (Portman turns the OpenAPI document into contract tests,
     * Newman runs them; src/test/contract) calls every GET operation as each role and finds no answer that breaks
     * the document, and no 5xx.
     */
    @Test
    public void aThirdPartyContractToolFindsEveryAnswerAsTheDocumentSays() throws Exception {
        java.nio.file.Path tool = java.nio.file.Path.of(System.getProperty(KimContainer.CONTRACT_TESTS));
        Map<String, String> environment = Map.of("KIM_URL", "http://localhost:" + System.getProperty(
                KimContainer.HTTP_PORT), "KIM_CONTRACT_OUT", System.getProperty(KimContainer.CONTRACT_OUT));
        Commands.run(tool, environment, "npm", "ci", "--no-audit", "--no-fund", "--prefer-offline");
        String summary = Commands.run(tool, environment, "node", "contract.mjs");
        assertEquals("five roles checked, each OK:\n" + summary, 5, summary.lines()
                .filter(l -> l.contains("requests ") && l.contains(", 5xx 0") && l.endsWith(" OK")).count());
    }

    private static java.net.Socket socketFrom(String local, int port) throws java.io.IOException {
        return new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port, java.net.InetAddress.getByName(local),
                0);
    }

    @Test
    public void malformedRequestsGetClearAnswersAndThePlatformStaysHealthy() throws Exception {
        JsonNode document = api.get("/openapi.json").body();
        JsonNode schemas = document.get("components").get("schemas");
        String client = api.send("POST", "/clients", Api.json("familyName", "Fuzz", "dateOfBirth", "1990-01-01",
                "municipality", "05958044"), Api.CM_SUNDERN).body().get("id").asText();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                fuzz(method, path.getKey(), op.getValue(), schemas, client);
                // a well-formed body among the malformed ones may have switched the read-only mode on
                api.send("PUT", "/operations/read-only", Api.json("readOnly", false), Api.ADMIN);
            }
        }
        assertTrue("requests sent: " + requests, requests >= 5000);
        assertTrue(failures.size() + " of " + requests + " answers were wrong, e.g.:\n"
                + String.join("\n", failures.subList(0, Math.min(25, failures.size()))), failures.isEmpty());
        assertEquals(200, api.get("/health/ready").status());
        assertEquals(200, api.send("PUT", "/operations/read-only", Api.json("readOnly", false), Api.ADMIN).status());
        assertEquals(201, api.send("POST", "/clients", Api.json("familyName", "Danach", "dateOfBirth", "1990-01-01",
                "municipality", "05958044"), Api.CM_SUNDERN).status());
        String log = java.nio.file.Files.readString(java.nio.file.Paths.get(System.getProperty("karaf.base"), "data", "log",
                "karaf.log"));
        List<String> errors = log.lines().filter(line -> line.contains("| ERROR |")).limit(5).toList();
        assertTrue("karaf.log has errors: " + errors, errors.isEmpty());
        System.out.println("FuzzIT: " + requests + " malformed requests, no 5xx, no stack trace, platform healthy; "
                + refusedByJetty + " refused by Jetty's HTTP parser (NUL byte in the path) with its plain 400");
    }

    private void fuzz(String method, String template, JsonNode op, JsonNode schemas, String client) throws Exception {
        String valid = template.replace("{id}", template.startsWith("/clients") ? client : "1")
                .replace("{ags}", "05958044").replace("{caseId}", "1").replace("{area}", "WORK")
                .replace("{formId}", "x").replace("{other}", client).replaceAll("\\{[A-Za-z]+}", "1");
        for (String credentials : CREDENTIALS) {
            // bad ids in every path parameter
            if (template.contains("{")) {
                for (String bad : BAD_IDS) {
                    check(method, template.replaceAll("\\{[A-Za-z]+}", bad), null, null, credentials);
                }
            }
            // bad values in every query parameter
            for (JsonNode parameter : op.path("parameters")) {
                if ("query".equals(parameter.path("in").asText())) {
                    for (String bad : BAD_VALUES) {
                        check(method, valid + "?" + parameter.get("name").asText() + "=" + encode(bad), null, null,
                                credentials);
                    }
                }
            }
            if (method.equals("GET") || method.equals("DELETE")) {
                check(method, valid, "{}".getBytes(StandardCharsets.UTF_8), "application/json; charset=foo", credentials);
                continue;
            }
            JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
            for (byte[] body : bodies(schema, schemas)) {
                check(method, valid, body, "application/json", credentials);
            }
            byte[] sample = JSON.writeValueAsBytes(sample(schema, schemas, 0));
            for (String type : new String[] {"text/plain", "application/xml", "application/json; charset=foo",
                "application/json; charset=ISO-8859-1", "multipart/form-data; boundary=x", "", "application/json;;;",
                "*/*"}) {
                check(method, valid, sample, type.isEmpty() ? null : type, credentials);
            }
            check(method, valid, null, "application/json", credentials);
        }
    }

    /** Malformed bodies derived from the operation's schema. */
    private List<byte[]> bodies(JsonNode schema, JsonNode schemas) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        JsonNode sample = sample(schema, schemas, 0);
        for (String raw : new String[] {"", "{", "[]", "null", "42", "\"x\"", "{\"a\":1}{}", "{\"\u0000\":1}",
            "[".repeat(200) + "]".repeat(200), "{\"a\":".repeat(100) + "1" + "}".repeat(100)}) {
            bodies.add(raw.getBytes(StandardCharsets.UTF_8));
        }
        bodies.add(("{\"x\":\"" + "a".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        bodies.add(new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b, 0x7d});
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 5000; i++) {
            many.add("ar");
        }
        if (sample instanceof ObjectNode object) {
            bodies.add(JSON.writeValueAsBytes(object));
            bodies.add(JSON.writeValueAsBytes(NODES.objectNode()));
            ObjectNode extra = object.deepCopy();
            extra.put("unexpected", 1);
            bodies.add(JSON.writeValueAsBytes(extra));
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String field = names.next();
                for (JsonNode wrong : new JsonNode[] {NODES.numberNode(12345678901234L), NODES.textNode("x"),
                    NODES.textNode("2025-02-30"), NODES.textNode("NOPE"), NODES.booleanNode(true), NODES.objectNode(),
                    NODES.arrayNode(), NODES.nullNode(), NODES.textNode("z".repeat(5000)),
                    NODES.textNode("A\u202eB\u0000"), NODES.numberNode(-1), NODES.numberNode(1e308), many}) {
                    ObjectNode broken = object.deepCopy();
                    broken.set(field, wrong);
                    bodies.add(JSON.writeValueAsBytes(broken));
                }
                ObjectNode missing = object.deepCopy();
                missing.remove(field);
                bodies.add(JSON.writeValueAsBytes(missing));
            }
        }
        return bodies;
    }

    /** A plausible value for a schema: the shape of a valid body, to break one field at a time. */
    private static JsonNode sample(JsonNode schema, JsonNode schemas, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 4) {
            return NODES.objectNode();
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replaceFirst(".*/", "");
            return sample(schemas.get(name), schemas, depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        switch (type) {
            case "string":
                return NODES.textNode("date".equals(schema.path("format").asText()) ? "2024-01-15"
                        : schema.has("pattern") && schema.get("pattern").asText().contains("[0-9]{8}") ? "05958044" : "Text");
            case "integer":
            case "number":
                return NODES.numberNode(1);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                ArrayNode array = NODES.arrayNode();
                array.add(sample(schema.get("items"), schemas, depth + 1));
                return array;
            default:
                ObjectNode object = NODES.objectNode();
                Map<String, JsonNode> properties = new LinkedHashMap<>();
                schema.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
                properties.forEach((name, property) -> {
                    if (!"READ_ONLY".equals(property.path("accessMode").asText()) && !property.path("readOnly").asBoolean()) {
                        object.set(name, sample(property, schemas, depth + 1));
                    }
                });
                return object;
        }
    }

    private void check(String method, String path, byte[] body, String contentType, String credentials) {
        requests++;
        String what = method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " as "
                + (credentials == null ? "nobody" : credentials.split(":")[0]) + " (" + contentType + ", "
                + (body == null ? "no body" : body.length > 200 ? body.length + " bytes"
                        : new String(body, StandardCharsets.UTF_8)) + ")";
        Api.Reply reply;
        try {
            reply = api.raw(method, path, body, contentType, credentials);
        } catch (AssertionError e) {
            if (body != null && body.length > 1_000_000) {
                return; // the server may close the connection on a refused huge body before the client has sent it
            }
            failures.add(what + " -> " + e.getMessage());
            return;
        } catch (IllegalArgumentException e) {
            return; // the client refuses to send it (an illegal URI): nothing reached the server
        }
        String raw = reply.raw() == null ? "" : reply.raw();
        if (reply.status() >= 500 && reply.status() != 503) {
            failures.add(what + " -> " + reply.status() + " " + cut(raw));
        } else if (LEAK.matcher(raw).find()) {
            failures.add(what + " -> leaks internals: " + cut(raw));
        } else if (reply.status() == 400 && raw.startsWith("<h1>Bad Message 400</h1>")) {
            refusedByJetty++; // Jetty's HTTP parser refuses an illegal path (a NUL byte) before any servlet sees it
        } else if (reply.status() >= 400 && !reply.contentType().startsWith("application/problem+json")) {
            failures.add(what + " -> " + reply.status() + " without a problem body: " + reply.contentType() + " " + cut(raw));
        }
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String encode(String value) {
        return value.startsWith("%") ? value : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
