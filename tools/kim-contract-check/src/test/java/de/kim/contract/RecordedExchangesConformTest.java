package de.kim.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 29: every request the in-container tests sent and every answer they got (recorded by their {@code
 * Exchanges} under {@code karaf-assembly/target/exchanges*}) is checked against the OpenAPI document with
 * Atlassian's swagger-request-validator. A successful exchange must match in request and answer; a refused one
 * (4xx, 5xx) in its answer (the tests send wrong requests on purpose). Each kind of mismatch is printed once
 * with its count and an example, and fails the test.
 */
class RecordedExchangesConformTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "/api/v1";

    @Test
    void everyRecordedExchangeMatchesTheOpenApiDocument() throws IOException {
        Path spec = Path.of(System.getProperty("kim.openapi"));
        Path recorded = Path.of(System.getProperty("kim.exchanges"));
        assertTrue(Files.isRegularFile(spec), "no OpenAPI document at " + spec + " (build bundles/kim-rest first)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(recorded, 2)) {
            files = walk.filter(p -> p.getFileName().toString().matches("exchanges-\\d+\\.jsonl")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no recorded exchanges under " + recorded + " (run the in-container tests first)");
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(Files.readString(spec))
                // the tests log in with Basic or a bearer token; which one is not the contract's business here
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        // the API ignores query parameters it does not know (and leaves them out of its Link
                        // headers), as HTTP APIs do: docs/decisions.md, issue 29
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        Map<String, Mismatch> mismatches = new TreeMap<>();
        int checked = 0;
        long started = System.nanoTime();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode exchange = JSON.readTree(line);
                checked++;
                for (ValidationReport.Message message : check(validator, exchange)) {
                    String operation = exchange.get("method").asText() + " " + template(exchange.get("path").asText());
                    String key = operation + " | " + message.getKey() + " | " + message.getMessage().replaceAll(
                            "\\s+", " ").replaceAll("\\[[^\\]]{60,}\\]", "[…]");
                    mismatches.computeIfAbsent(key, k -> new Mismatch(exchange.get("method").asText() + " "
                            + exchange.get("path").asText() + " → " + exchange.get("status").asInt())).count++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "Contract check: %d recorded exchanges in %d files checked against %s in %.1f s,"
                + " %d kinds of mismatch%n", checked, files.size(), spec.getFileName(),
                (System.nanoTime() - started) / 1e9, mismatches.size());
        StringBuilder report = new StringBuilder();
        mismatches.forEach((key, m) -> report.append(String.format(Locale.ROOT, "%5d × %s%n        e.g. %s%n", m.count,
                shorten(key, 400), m.example)));
        System.out.print(report);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " kinds of mismatch with the OpenAPI document:\n"
                + report);
    }

    private static List<ValidationReport.Message> check(OpenApiInteractionValidator validator, JsonNode exchange) {
        String method = exchange.get("method").asText();
        String[] pathAndQuery = exchange.get("path").asText().split("\\?", 2);
        int status = exchange.get("status").asInt();
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, BASE + pathAndQuery[0]);
        if (pathAndQuery.length > 1) {
            for (String parameter : pathAndQuery[1].split("&")) {
                String[] nameValue = parameter.split("=", 2);
                request.withQueryParam(decode(nameValue[0]), nameValue.length > 1 ? decode(nameValue[1]) : "");
            }
        }
        if (!exchange.path("requestType").isNull() && !exchange.path("requestType").isMissingNode()) {
            request.withContentType(exchange.get("requestType").asText());
        }
        if (exchange.hasNonNull("request")) {
            request.withBody(exchange.get("request").asText());
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        exchange.path("headers").fields().forEachRemaining(h -> response.withHeader(h.getKey(), h.getValue().asText()));
        String type = exchange.path("responseType").asText("");
        if (!type.isEmpty()) {
            response.withContentType(type);
        }
        if (exchange.hasNonNull("response") && !exchange.get("response").asText().isEmpty()) {
            response.withBody(exchange.get("response").asText());
        }
        ValidationReport report;
        if (status >= 200 && status < 300) {
            report = validator.validate(request.build(), response.build());
        } else {
            report = validator.validateResponse(BASE + pathAndQuery[0], Request.Method.valueOf(method), response.build());
            // a refused request may be to no operation at all (the tests try odd paths and methods on purpose)
            report = ValidationReport.from(report.getMessages().stream()
                    .filter(m -> !m.getKey().startsWith("validation.request.path.missing")
                            && !m.getKey().startsWith("validation.request.operation.notAllowed")).toList());
        }
        List<ValidationReport.Message> errors = new ArrayList<>();
        boolean bodyLeftOut = exchange.path("requestLeftOut").asBoolean(false); // a multipart upload, a document
        report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(bodyLeftOut && m.getKey().startsWith("validation.request.body")))
                .forEach(errors::add);
        return errors;
    }

    /** The path with its ids replaced, so that one mismatch of many cases is counted as one kind. */
    static String template(String path) {
        return path.split("\\?", 2)[0].replaceAll("/K-[A-Z0-9]+", "/{client}").replaceAll("/\\d+", "/{n}")
                .replaceAll("/0\\d{7}", "/{ags}");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    private static final class Mismatch {
        final String example;
        int count;

        Mismatch(String example) {
            this.example = example;
        }
    }
}
