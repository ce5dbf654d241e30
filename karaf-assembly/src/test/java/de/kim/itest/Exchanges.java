package de.kim.itest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request the in-container tests send through {@link Api} and its answer, one JSON line each, in the
 * directory of the system property {@value #DIRECTORY} (one file per container): the module {@code
 * tools/kim-contract-check} validates them against the OpenAPI document afterwards (issue 29). The same exchange
 * (method, path, status, bodies) is written once; bodies over 512 KB and request bodies that are no JSON (a
 * multipart upload, a document) are left out (the exchange is still checked for its status and media type).
 */
final class Exchanges {
    static final String DIRECTORY = "kim.itest.exchanges";
    private static final int MAX_BODY = 512 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The SHA-256 of each exchange written (a 32-bit hash let distinct exchanges collide and go unchecked). */
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    /** Set while a test waits for the platform to come up: what it answers before is no contract. */
    private static final ThreadLocal<Boolean> STARTING = ThreadLocal.withInitial(() -> false);

    private Exchanges() {
    }

    /** Runs {@code waiting} (a wait for the platform to come up) without recording its exchanges. */
    static void unrecorded(Runnable waiting) {
        STARTING.set(true);
        try {
            waiting.run();
        } finally {
            STARTING.set(false);
        }
    }

    private static String digest(String... parts) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void record(String method, String path, String requestType, byte[] requestBody, int status,
            String responseType, String responseBody, Map<String, List<String>> headers) {
        String directory = System.getProperty(DIRECTORY);
        if (directory == null || directory.isBlank() || "null".equals(directory) || STARTING.get()) {
            return;
        }
        String request = requestBody == null || requestBody.length > MAX_BODY || requestType == null
                || !requestType.contains("json") ? null : new String(requestBody, StandardCharsets.UTF_8);
        String response = responseBody == null || responseBody.length() > MAX_BODY ? null : responseBody;
        if (!SEEN.add(digest(method, path, requestType, request, String.valueOf(status), response))) {
            return;
        }
        ObjectNode line = JSON.createObjectNode().put("method", method).put("path", path).put("status", status);
        line.put("requestType", requestType).put("request", request)
                .put("requestLeftOut", requestBody != null && requestBody.length > 0 && request == null)
                .put("responseType", responseType)
                .put("response", response).put("responseLeftOut", responseBody != null && response == null);
        ObjectNode answerHeaders = line.putObject("headers");
        headers.forEach((name, values) -> {
            if (name != null && !values.isEmpty()) {
                answerHeaders.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0));
            }
        });
        try {
            Path file = Files.createDirectories(Path.of(directory)).resolve("exchanges-"
                    + System.getProperty(KimContainer.HTTP_PORT) + ".jsonl");
            synchronized (Exchanges.class) {
                Files.write(file, (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8),
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new AssertionError("the exchange could not be recorded in " + directory + ": " + e, e);
        }
    }
}
