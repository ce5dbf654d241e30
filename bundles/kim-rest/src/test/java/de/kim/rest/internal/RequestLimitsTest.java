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
    private final JsonProvider json = new JsonProvider(new RequestLimits(1000, 8, 5, 100_000));

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(Class<?> type, String body) throws Exception {
        return json.readFrom((Class) type, type, new java.lang.annotation.Annotation[0], null, null,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void limitsComeFromTheConfigurationWithDefaults() {
        assertEquals(RequestLimits.DEFAULTS, RequestLimits.of(Map.of()));
        assertEquals(new RequestLimits(10, 32, 1000, 52_428_800), RequestLimits.of(Map.of("request.max.bytes", "10",
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
