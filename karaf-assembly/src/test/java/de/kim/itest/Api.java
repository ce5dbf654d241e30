package de.kim.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small HTTP client for {@code /api/v1} of the container under test, used from inside the probe.
 */
final class Api {
    static final String ADMIN = "admin:admin";
    /** The district's case manager of the demo users: sees every case of the HSK. */
    static final String CM = "cm.kreis:kim-demo";
    static final String CM_SUNDERN = "cm.sundern:kim-demo";
    static final String CM_ARNSBERG = "cm.arnsberg:kim-demo";
    static final String COORDINATOR = "ki.koordination:kim-demo";
    static final String ABH = "abh.hsk:kim-demo";
    static final String STEERING = "steuerung:kim-demo";
    static final String DPO = "dsb:kim-demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The platform's time zone (etc/de.kim.clock.cfg): "today" is its date, which differs from the test JVM's (UTC)
     * between midnight in Berlin and midnight UTC.
     */
    static final java.time.ZoneId PLATFORM_ZONE = java.time.ZoneId.of("Europe/Berlin");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Api() {
        this("http://localhost:" + System.getProperty(KimContainer.HTTP_PORT) + "/api/v1");
    }

    /** The API at {@code base}, e.g. http://localhost:8181/api/v1. */
    Api(String base) {
        this.base = base;
    }

    /** A response with its status, content type and body parsed as JSON (null if empty). */
    record Reply(int status, String contentType, JsonNode body, String raw, Map<String, List<String>> headers) {
        /** The first value of an answer header, or null. */
        /** The number of records of the whole list (X-Total-Count), of a page of it. */
        long total() {
            String total = header("X-Total-Count");
            assertNotNull("no X-Total-Count: " + status + " " + raw, total);
            return Long.parseLong(total);
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }
    }

    /** A JSON object of the given keys and values, in that order; values may be maps, lists or null. */
    static String json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(map);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Asserts an RFC 9457 problem answer: the status, the media type, the status in the body, no
     * stack trace, and (if not null) words of the detail.
     */
    static void assertProblem(Reply reply, int status, String detailContains) {
        assertEquals(reply.raw(), status, reply.status());
        assertTrue(reply.contentType(), reply.contentType().startsWith("application/problem+json"));
        assertNotNull(reply.raw(), reply.body());
        assertEquals(reply.raw(), status, reply.body().get("status").asInt());
        assertFalse(reply.raw(), reply.raw().contains("Exception"));
        if (detailContains != null) {
            assertTrue(reply.raw(), reply.body().get("detail").asText().contains(detailContains));
        }
    }

    /** POSTs as the district's case manager and insists on the expected status; the reply's body. */
    JsonNode post(String path, String body, int expected) {
        Reply reply = send("POST", path, body, CM);
        if (reply.status() != expected) {
            throw new AssertionError("POST " + path + " " + body + ": expected " + expected + " but was "
                    + reply.status() + " " + reply.raw());
        }
        return reply.body();
    }

    /** GETs as the district's case manager and insists on 200; the reply's body. */
    JsonNode read(String path) {
        Reply reply = get(path);
        if (reply.status() != 200) {
            throw new AssertionError("GET " + path + ": " + reply.status() + " " + reply.raw());
        }
        return reply.body();
    }

    /** GETs bytes (a PDF, say) as the user of {@code credentials}; the status and content type with them. */
    record Bytes(int status, String contentType, byte[] body) {
    }

    Bytes bytes(String path, String credentials) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(
                        StandardCharsets.UTF_8))).GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** GETs as the district's case manager. */
    Reply get(String path) {
        return send("GET", path, null, CM);
    }

    /** GETs as the user of {@code credentials} (user:password). */
    Reply get(String path, String credentials) {
        return send("GET", path, null, credentials);
    }

    /** Sends with a bearer token instead of a password. */
    Reply bearer(String method, String path, String token) {
        return exchange(method, path, null, "Bearer " + token);
    }

    Reply send(String method, String path, String body, String credentials) {
        return exchange(method, path, body, credentials == null ? null : "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private Reply exchange(String method, String path, String body, String authorization) {
        // a POST with Basic credentials is JSON also without a body (no cross-site "simple request")
        return exchange(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                body == null && !"POST".equals(method) ? null : "application/json", authorization);
    }

    /** Sends any bytes with any content type (null: none), as the user of {@code credentials} (null: nobody). */
    Reply raw(String method, String path, byte[] body, String contentType, String credentials) {
        return exchange(method, path, body, contentType, credentials == null ? null : "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** POSTs a list to import with its mapping as multipart/form-data, as the user of {@code credentials}. */
    Reply upload(String fileName, byte[] list, String mapping, boolean dryRun, String credentials) {
        String boundary = "kim-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[][] parts = {("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8), list,
            ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"mapping\"\r\nContent-Type: application/json"
                + "\r\n\r\n" + mapping + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n"
                + dryRun + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)};
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return raw("POST", "/imports", out.toByteArray(), "multipart/form-data; boundary=" + boundary, credentials);
    }

    private Reply exchange(String method, String path, byte[] body, String contentType, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
            if (contentType.startsWith("multipart/") || contentType.startsWith("application/pdf")
                    || contentType.startsWith("image/")) {
                request.header("X-Requested-By", "kim-itest");
            }
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            String type = response.headers().firstValue("Content-Type").orElse("");
            Exchanges.record(method, path, contentType, body, response.statusCode(), type, raw,
                    response.headers().map());
            JsonNode json = raw == null || raw.isBlank() || !type.contains("json") ? null : JSON.readTree(raw);
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json, raw,
                    response.headers().map());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * Waits until the whiteboard has published the application with all its resources and the seed
     * is loaded: the registration is asynchronous, so the tests wait for the endpoints instead of
     * sleeping blindly.
     */
    void awaitDirectory(int municipalities) {
        Exchanges.unrecorded(() -> awaitDirectoryQuietly(municipalities));
    }

    private void awaitDirectoryQuietly(int municipalities) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                Reply reply = get("/municipalities");
                boolean directory = reply.status() == 200 && reply.body() != null
                        && reply.body().size() == municipalities;
                last = reply.status() + " " + reply.raw();
                if (directory) {
                    // the case-management resources register on their own, once all their services are up
                    Reply clients = get("/clients?size=1");
                    Reply cases = get("/cases?phase=CLOSED");
                    Reply due = get("/due/transitions");
                    Reply indicators = get("/indicators/kim.cases.new");
                    Reply extensions = get("/extensions");
                    if (clients.status() == 200 && cases.status() == 200 && due.status() == 200
                            && indicators.status() == 200 && extensions.status() == 200) {
                        return;
                    }
                    last = "clients " + clients.status() + ", cases " + cases.status() + ", due " + due.status()
                            + ", indicators " + indicators.status() + ", extensions " + extensions.status();
                }
            } catch (AssertionError e) {
                last = e.getMessage();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("the platform did not come up within 90 s; last answer: " + last);
    }
}
