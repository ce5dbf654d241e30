package de.kim.connector.file.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.kim.api.spi.Connector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Forwards every event the platform passes on (from its outbox, at least once) as one JSON line: appended
 * to a file, or POSTed to an HTTP endpoint when {@code url} is set. Throwing makes the platform try the
 * event again later, so a failed write or a refusal of the endpoint loses nothing. Events carry ids and
 * codes, never names; {@code kim.eventId} lets a receiver drop an event it has seen.
 */
@Component(service = Connector.class, configurationPid = "de.kim.connector.file")
@Designate(ocd = EventForwarder.Config.class)
public final class EventForwarder implements Connector {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ObjectClassDefinition(name = "KIM connector: file", description = "Forwards events to a file or an endpoint")
    public @interface Config {
        @AttributeDefinition(description = "The file events are appended to; default ${karaf.data}/connector-file/events.jsonl")
        String file() default "";

        @AttributeDefinition(description = "An http(s) URL to POST each event to instead of the file")
        String url() default "";

        @AttributeDefinition(description = "Seconds the endpoint has to answer")
        long timeout_seconds() default 10;
    }

    private final Path file;
    private final URI url;
    private final Duration timeout;
    private final HttpClient http;

    @Activate
    public EventForwarder(Config config) {
        this.file = config.file().isBlank() ? Paths.get(System.getProperty("karaf.data", "data"), "connector-file",
                "events.jsonl") : Paths.get(config.file());
        this.url = config.url().isBlank() ? null : URI.create(config.url().strip());
        this.timeout = Duration.ofSeconds(Math.max(1, config.timeout_seconds()));
        this.http = url == null ? null : HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    @Override
    public String id() {
        return "file";
    }

    @Override
    public void accept(String topic, Map<String, Object> properties) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("topic", topic);
        line.putAll(new TreeMap<>(properties));
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (url != null) {
            post(json);
        } else {
            append(json);
        }
    }

    private synchronized void append(byte[] json) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] line = new byte[json.length + 1];
            System.arraycopy(json, 0, line, 0, json.length);
            line[json.length] = '\n';
            Files.write(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }

    private void post(byte[] json) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status >= 300) {
                throw new IllegalStateException(url + " answered " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
