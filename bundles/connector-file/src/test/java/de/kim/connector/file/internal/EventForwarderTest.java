package de.kim.connector.file.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventForwarderTest {

    private static EventForwarder.Config config(String file, String url) {
        return new EventForwarder.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EventForwarder.Config.class;
            }

            @Override
            public String file() {
                return file;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public long timeout_seconds() {
                return 2;
            }
        };
    }

    @Test
    void eventsAreAppendedAsJsonLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/events.jsonl");
        EventForwarder forwarder = new EventForwarder(config(file.toString(), ""));
        forwarder.accept("de/kim/case/CLOSED", Map.of("caseId", 7, "kim.eventId", "e-1"));
        forwarder.accept("de/kim/form/SUBMITTED", Map.of("caseId", 8, "kim.eventId", "e-2"));
        List<String> lines = Files.readAllLines(file);
        assertEquals(List.of("{\"topic\":\"de/kim/case/CLOSED\",\"caseId\":7,\"kim.eventId\":\"e-1\"}",
                "{\"topic\":\"de/kim/form/SUBMITTED\",\"caseId\":8,\"kim.eventId\":\"e-2\"}"), lines);
        assertEquals("file", forwarder.id());
    }

    @Test
    void eventsArePostedAndARefusalIsThrownSoThatThePlatformRetries() throws IOException {
        List<String> bodies = new CopyOnWriteArrayList<>();
        AtomicInteger status = new AtomicInteger(204);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
        try {
            EventForwarder forwarder = new EventForwarder(config("", "http://127.0.0.1:"
                    + server.getAddress().getPort() + "/events"));
            forwarder.accept("de/kim/case/CLOSED", Map.of("caseId", 7));
            assertEquals(List.of("{\"topic\":\"de/kim/case/CLOSED\",\"caseId\":7}"), bodies);
            status.set(503);
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> forwarder.accept("de/kim/case/CLOSED", Map.of("caseId", 8)));
            assertTrue(refused.getMessage().contains("503"));
        } finally {
            server.stop(0);
        }
    }
}
