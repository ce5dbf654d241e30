package de.kim.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.kim.api.model.Client;
import de.kim.api.model.Office;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile bodies: too deep, too many items, more than one value, too large; and the answers name no Java type. */
class RequestLimitsTest {
    private final JsonProvider json = new JsonProvider(new RequestLimits(1000, 8, 5, 100_000, 256));

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(Class<?> type, String body) throws Exception {
        return json.readFrom((Class) type, type, new java.lang.annotation.Annotation[0], null, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void limitsComeFromTheConfigurationWithDefaults() {
        assertEquals(RequestLimits.DEFAULTS, RequestLimits.of(Map.of()));
        assertEquals(new RequestLimits(10, 32, 1000, 52_428_800, 256), RequestLimits.of(Map.of("request.max.bytes", "10",
                "json.max.items", "-3")));
    }

    @Test
    void tooManyItemsIsRefusedWithTheField() {
        BadRequest refused = assertThrows(BadRequest.class, () -> read(Client.class,
                "{\"familyName\":\"A\",\"languages\":[\"ar\",\"ar\",\"ar\",\"ar\",\"ar\",\"ar\"]}"));
        assertEquals("languages", refused.violations().get(0).field());
    }

    @Test
    void tooDeepAndTrailingValuesAreRefused() {
        JsonProcessingException deep = assertThrows(JsonProcessingException.class,
                () -> read(Map.class, "{\"a\":".repeat(9) + "1" + "}".repeat(9)));
        Problem problem = ProblemMapper.toProblem(deep);
        assertEquals(400, problem.status());
        assertFalse(problem.detail().contains("StreamReadConstraints"), problem.detail());
        assertThrows(BadRequest.class, () -> read(Office.class, "{} {}"));
    }

    @Test
    void emptyBodyIsNull() throws Exception {
        assertEquals(null, read(Office.class, "  "));
    }

    @Test
    void wrongShapesAreExplainedWithoutJavaTypes() {
        for (String body : new String[] {"{\"familyName\":{}}", "{\"dateOfBirth\":\"1990-02-30\"}",
                "{\"dateOfBirth\":5.5}", "{\"employable\":\"maybe\"}", "[1]", "{\"familyName\":", "\"x\""}) {
            Exception e = assertThrows(Exception.class, () -> read(Client.class, body), body);
            Problem problem = ProblemMapper.toProblem(e);
            assertEquals(400, problem.status(), body);
            assertFalse(problem.detail().matches("(?s).*(java\\.|de\\.kim|Exception|`).*"), body + " -> " + problem.detail());
        }
    }

    /** Issue 29: dates only as ISO strings within 1900–2100, no scalar coercion, no control or bidi characters. */
    @Test
    void datesAreStringsWithinTheRangeAndNothingIsCoerced() throws Exception {
        assertEquals(java.time.LocalDate.of(2024, 2, 29), ((Client) read(Client.class,
                "{\"familyName\":\"A\",\"dateOfBirth\":\"2024-02-29\"}")).dateOfBirth());
        for (String body : new String[] {"{\"dateOfBirth\":\"+10000-01-01\"}", "{\"dateOfBirth\":\"-999999999-01-01\"}",
            "{\"dateOfBirth\":100000}", "{\"dateOfBirth\":\"0000-01-01\"}", "{\"dateOfBirth\":\"1899-12-31\"}",
            "{\"dateOfBirth\":\"2101-01-01\"}", "{\"dateOfBirth\":[2020,1,1]}", "{\"dateOfBirth\":\"2024-2-1\"}",
            "{\"employable\":\"true\"}", "{\"employable\":1}", "{\"employable\":10}", "{\"familyName\":123}",
            "{\"familyName\":true}", "{\"languages\":[1]}", "{\"version\":\"3\"}", "{\"version\":1.5}"}) {
            Exception e = assertThrows(Exception.class, () -> read(Client.class, body), body);
            Problem problem = ProblemMapper.toProblem(e);
            assertEquals(400, problem.status(), body + " -> " + problem.detail());
            String field = body.substring(2, body.indexOf('"', 2));
            assertTrue(problem.violations().get(0).field().startsWith(field), body + " -> " + problem.violations());
        }
        assertEquals(Map.of("n", 3, "x", 1.5), read(Map.class, "{\"n\":3,\"x\":1.5}"));
    }

    @Test
    void controlAndBidiCharactersAreRefusedNamingTheField() throws Exception {
        de.kim.api.ValidationException bidi = assertThrows(de.kim.api.ValidationException.class,
                () -> read(Office.class, "{\"name\":\"Amt \\u202eTXE.exe\"}"));
        assertEquals("name", bidi.violations().get(0).field());
        assertEquals("control-character", bidi.violations().get(0).code());
        assertEquals(422, ProblemMapper.toProblem(bidi).status());
        de.kim.api.ValidationException nul = assertThrows(de.kim.api.ValidationException.class,
                () -> read(Client.class, "{\"familyName\":\"A\",\"address\":{\"street\":\"x\\u0000\"}}"));
        assertEquals("address.street", nul.violations().get(0).field());
        assertThrows(de.kim.api.ValidationException.class, () -> read(Client.class,
                "{\"familyName\":\"A\\nB\"}"));
        assertThrows(de.kim.api.ValidationException.class, () -> read(Client.class,
                "{\"familyName\":\"\\u001b[31mA\"}"));
        // running text keeps its line breaks, and so does an extension form's free data
        assertEquals("a\nb", ((java.util.Map<?, ?>) read(Map.class, "{\"remarks\":\"a\\nb\"}")).get("remarks"));
        assertEquals("Zeile 1\nZeile 2", ((de.kim.api.model.Activity) read(de.kim.api.model.Activity.class,
                "{\"date\":\"2025-01-02\",\"kind\":\"NOTE\",\"note\":\"Zeile 1\\nZeile 2\"}")).note());
    }

    @Test
    void aBodyPastTheLimitStopsBeingRead() throws Exception {
        InputStream bounded = new BoundedBody.Bounded(new ByteArrayInputStream(new byte[100]), 50);
        BoundedBody.TooLarge refused = assertThrows(BoundedBody.TooLarge.class, () -> bounded.readAllBytes());
        assertEquals(413, ProblemMapper.toProblem(refused).status());
    }

    @Test
    void onlyUtf8BodiesAreAccepted() {
        assertEquals("utf-8", ApiBoundary.charset("application/json; charset=\"UTF-8\""));
        assertEquals("foo", ApiBoundary.charset("application/json;charset=foo"));
        assertEquals(null, ApiBoundary.charset("application/json"));
        assertTrue(ApiBoundary.isJson("application/json; charset=UTF-8"));
        assertTrue(ApiBoundary.isJson("application/merge-patch+json"));
        assertFalse(ApiBoundary.isJson("text/plain"));
        assertFalse(ApiBoundary.isJson(null));
        assertTrue(ApiBoundary.CONTENT_SECURITY_POLICY.contains("default-src 'none'"));
    }
}
