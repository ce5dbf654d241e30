package de.kim.itest;

import static de.kim.itest.Api.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.Test;

/**
 * Connectors with the platform as a process: webhooks reach a receiver that was down, signed, also
 * across a kill -9 of the platform, and a receiver that keeps failing lands on the dead-letter list until
 * it is redelivered; an import of 10,000 rows with 37 bad ones reports exactly those in the dry run,
 * and killed halfway and run again ends with exactly the 9,963 good clients, once.
 */
public class DeliveryIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "it-secret-0123456789abcdef";
    private static final String SUNDERN = "05958044";

    /** A webhook receiver on loopback that checks signatures; /fail answers 500 while {@code failing}. */
    private static final class Receiver implements AutoCloseable {
        final Map<String, JsonNode> events = new ConcurrentHashMap<>();
        final List<String> refused = new CopyOnWriteArrayList<>();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicBoolean failing = new AtomicBoolean(true);
        final HttpServer server;

        Receiver(int port) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                byte[] body = exchange.getRequestBody().readAllBytes();
                String timestamp = exchange.getRequestHeaders().getFirst("KIM-Timestamp");
                String signature = exchange.getRequestHeaders().getFirst("KIM-Signature");
                int status = 204;
                if (!sign(timestamp, body).equals(signature)) {
                    refused.add(signature);
                    status = 401;
                } else if (exchange.getRequestURI().getPath().equals("/fail") && failing.get()) {
                    status = 500;
                } else {
                    JsonNode event = JSON.readTree(body);
                    assertEquals(event.get("id").asText(), exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                    events.put(exchange.getRequestURI().getPath() + " " + event.get("id").asText(), event);
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }

        static String sign(String timestamp, byte[] body) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
                return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        Set<String> ofType(String path, String type) {
            Set<String> ids = new TreeSet<>();
            events.forEach((key, event) -> {
                if (key.startsWith(path + " ") && event.get("type").asText().equals(type)) {
                    ids.add(event.at("/data/caseId").asText());
                }
            });
            return ids;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        await(what, within, condition, () -> "");
    }

    /** Waits for {@code condition}; on failure, says what {@code last} (what was seen last) returns. */
    private static void await(String what, Duration within, BooleanSupplier condition,
            java.util.function.Supplier<Object> last) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within.toSeconds() + " s: " + what + " " + last.get());
            }
            Thread.sleep(200);
        }
    }

    private static String closedCase(Api api, String name) {
        String client = api.send("POST", "/clients", json("familyName", name, "dateOfBirth", "1990-01-01",
                "municipality", SUNDERN), Api.CM_SUNDERN).body().get("id").asText();
        JsonNode kimCase = api.send("POST", "/cases", json("clientId", client, "ownerMunicipality", SUNDERN,
                "caseManager", "cm.sundern", "targetGroup", "ASYLUM_SEEKER"), Api.CM_SUNDERN).body();
        Api.Reply closed = api.send("POST", "/cases/" + kimCase.get("id").asLong() + "/phase", json("phase", "CLOSED",
                "reason", "Umzug", "version", kimCase.get("version").asLong()), Api.CM_SUNDERN);
        assertEquals(closed.raw(), 200, closed.status());
        return kimCase.get("id").asText();
    }

    @Test
    public void signedWebhooksArriveOnceTheReceiverIsBackAlsoAcrossAKill() throws Exception {
        int port = KimContainer.freePort();
        try (Platform platform = Platform.unpack("webhooks")) {
            Files.writeString(platform.home.resolve("etc/de.kim.webhooks.cfg"), String.join("\n",
                    "retry.initial.seconds = 1", "retry.max.seconds = 2", "retry.attempts = 5",
                    "deadline.first.check.seconds = 20", "deadline.warn.days = 14", ""));
            platform.start();
            Api api = platform.api();
            for (String path : new String[] {"/hook", "/fail"}) {
                Api.Reply created = api.send("POST", "/webhooks", json("url", "http://127.0.0.1:" + port + path,
                        "events", List.of("*"), "purpose", "Test " + path, "secret", SECRET), Api.ADMIN);
                assertEquals(created.raw(), 201, created.status());
            }
            // the receiver is down: three cases are closed, the deliveries wait
            Set<String> closed = new TreeSet<>();
            for (int i = 0; i < 3; i++) {
                closed.add(closedCase(api, "Webhook" + i));
            }
            // (an attempt may fail otherwise once, e.g. when the kernel connects the client's port to itself: the
            // refused connection is awaited, not asserted on the first reading)
            java.util.concurrent.atomic.AtomicReference<JsonNode> seen = new java.util.concurrent.atomic.AtomicReference<>();
            await("failed attempts are recorded, refused connections among them", Duration.ofSeconds(30), () -> {
                JsonNode deliveries = api.get("/webhooks/deliveries?target=webhook:1", Api.ADMIN).body();
                seen.set(deliveries);
                return deliveries.size() >= 3 && deliveries.findValues("attempts").stream().allMatch(a -> a.asInt() >= 1)
                        && deliveries.findValuesAsText("lastError").stream().anyMatch(e -> e.contains("Connect"));
            }, seen::get);
            platform.kill();

            try (Receiver receiver = new Receiver(port)) {
                platform.start();
                await("every closed case reaches the receiver after the restart", Duration.ofSeconds(60),
                        () -> receiver.ofType("/hook", "case.closed").containsAll(closed));
                assertEquals(List.of(), receiver.refused);
                JsonNode event = receiver.events.values().stream().filter(e -> e.get("type").asText()
                        .equals("case.closed")).findFirst().orElseThrow();
                assertEquals(SUNDERN, event.at("/data/municipality").asText());
                assertTrue(event.toString(), !event.toString().contains("Webhook"));
                // the demo's overdue hand-over is announced once, by the look after the restart
                await("a hand-over deadline is announced", Duration.ofSeconds(120),
                        () -> !receiver.ofType("/hook", "handover.deadline-due").isEmpty());
                // /fail kept failing: its deliveries are given up and listed as failed
                await("the failing receiver's deliveries are given up", Duration.ofSeconds(60), () -> api.get(
                        "/webhooks/deliveries?state=FAILED&target=webhook:2", Api.ADMIN).body().size() >= 3);
                String failed = Platform.run(platform.home, "bash", "-c",
                        "printf 'kim:webhooks --failed\\n' | bin/client -u admin -p admin -b 2>/dev/null");
                assertTrue(failed, failed.contains("webhook:2") && failed.contains("FAILED"));
                receiver.failing.set(false);
                JsonNode redelivered = api.send("POST", "/webhooks/deliveries/redelivery", null, Api.ADMIN).body();
                assertTrue(redelivered.toString(), redelivered.get("redelivered").asInt() >= 3);
                await("redelivered after the fix", Duration.ofSeconds(30),
                        () -> receiver.ofType("/fail", "case.closed").containsAll(closed));
                assertEquals(0, api.get("/webhooks/deliveries?state=FAILED", Api.ADMIN).body().size());
                System.out.printf("webhooks: %d requests, %d events received, none refused%n", receiver.requests.get(),
                        receiver.events.size());
            }
            platform.stop();
        }
    }

    @Test
    public void anImportKilledHalfwayAndRunAgainEndsWithEveryGoodRowOnce() throws Exception {
        StringBuilder csv = new StringBuilder("Lfd. Nr.;Name;Vorname;Geburtsdatum;Staatsangehörigkeit;Wohnort\r\n");
        TreeSet<Long> badLines = new TreeSet<>();
        for (int row = 1; row <= 10_000; row++) {
            String born = String.format("%02d.%02d.%d", 1 + row % 28, 1 + row % 12, 1960 + row % 50);
            String town = "Sundern";
            String name = "Liste" + row;
            if (row % 271 == 0) { // 36 rows: 271 … 9756, and one more at the end
                badLines.add(row + 1L);
                switch (row % 3) {
                    case 0 -> born = "31.04.1990";
                    case 1 -> town = "Atlantis";
                    default -> name = "";
                }
            }
            if (row == 9_999) {
                badLines.add(row + 1L);
                born = "morgen";
            }
            csv.append(row).append(';').append(name).append(row == 5 ? ";Jörg" : ";Zeynep").append(';').append(born)
                    .append(";syrisch;").append(town).append("\r\n");
        }
        assertEquals(37, badLines.size());
        byte[] list = csv.toString().getBytes(java.nio.charset.Charset.forName("windows-1252"));
        String mapping = json("source", "hsk-liste", "key", "Lfd. Nr.", "columns", Map.of("Name", "familyName",
                "Vorname", "givenNames", "Geburtsdatum", "dateOfBirth", "Staatsangehörigkeit", "nationality", "Wohnort",
                "municipality"), "values", Map.of("nationality", Map.of("syrisch", "SYR"), "municipality",
                Map.of("Sundern", SUNDERN)));
        try (Platform platform = Platform.unpack("import")) {
            platform.start();
            Api api = platform.api();
            JsonNode dry = finished(api, api.upload("liste.csv", list, mapping, true, Api.CM_SUNDERN));
            assertEquals(10_000, dry.at("/result/rows").asLong());
            assertEquals(dry.at("/result/errors").toString(), 37, dry.at("/result/errorCount").asLong());
            assertEquals(9_963, dry.at("/result/imported").asLong());
            TreeSet<Long> reported = new TreeSet<>();
            dry.at("/result/errors").forEach(e -> reported.add(e.get("line").asLong()));
            assertEquals(badLines, reported);
            assertEquals(0, imported(api));

            Api.Reply started = api.upload("liste.csv", list, mapping, false, Api.CM_SUNDERN);
            assertEquals(started.raw(), 202, started.status());
            String job = started.body().get("id").asText();
            long done = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
            while (done < 3_000 && System.nanoTime() < deadline) {
                Thread.sleep(100);
                done = api.get("/imports/" + job, Api.CM_SUNDERN).body().get("done").asLong();
            }
            assertTrue("the import made progress: " + done, done >= 3_000 && done < 10_000);
            platform.kill();
            platform.start();
            long survived = imported(api);
            assertTrue("every acknowledged batch survived: " + survived + " of " + done, survived >= done - 37
                    && survived < 9_963);

            JsonNode rerun = finished(api, api.upload("liste.csv", list, mapping, false, Api.CM_SUNDERN));
            assertEquals(survived, rerun.at("/result/unchanged").asLong());
            assertEquals(9_963 - survived, rerun.at("/result/imported").asLong());
            assertEquals(9_963, imported(api));
            JsonNode again = finished(api, api.upload("liste.csv", list, mapping, false, Api.CM_SUNDERN));
            assertEquals(0, again.at("/result/imported").asLong());
            assertEquals(9_963, again.at("/result/unchanged").asLong());
            assertEquals(9_963, imported(api));
            Api.Reply many = api.get("/clients?q=Liste&size=20", Api.CM_SUNDERN);
            assertEquals(many.raw(), 1000, many.total());
            assertEquals("more than 1,000 match", "true", many.header("X-Total-Count-Capped"));
            assertEquals(20, many.body().size());
            Api.Reply few = api.get("/clients?q=Liste12&size=20", Api.CM_SUNDERN);
            assertEquals("Liste12, Liste120 … 129, Liste1200 … 1299", 111, few.total());
            assertEquals(null, few.header("X-Total-Count-Capped"));
            JsonNode joerg = api.get("/clients?q=Liste5&dateOfBirth=1965-06-06", Api.CM_SUNDERN).body();
            assertTrue(joerg.toString(), joerg.toString().contains("\"Jörg\""));
            System.out.printf("import: killed after %d rows, %d survived, re-run added %d%n", done, survived,
                    9_963 - survived);
            platform.stop();
        }
    }

    /** The imported clients, page by page: a search counts only up to 1,000 matches. */
    private static long imported(Api api) {
        long count = 0;
        for (int page = 0;; page++) {
            int items = api.get("/clients?q=Liste&size=200&page=" + page, Api.CM_SUNDERN).body().size();
            count += items;
            if (items < 200) {
                return count;
            }
        }
    }

    private static JsonNode finished(Api api, Api.Reply started) throws InterruptedException {
        assertEquals(started.raw(), 202, started.status());
        String id = started.body().get("id").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode job = api.get("/imports/" + id, Api.CM_SUNDERN).body();
            if (!job.get("state").asText().equals("RUNNING")) {
                assertEquals(job.toString(), "DONE", job.get("state").asText());
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("import " + id + " did not end within 300 s");
    }
}
