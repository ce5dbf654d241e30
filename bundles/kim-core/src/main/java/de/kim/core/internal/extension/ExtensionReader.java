package de.kim.core.internal.extension;

import de.kim.core.internal.persistence.Hashes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kim.api.model.Provenance;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;

/**
 * Reads the declarative content of one bundle ({@code KIM-INF/}). A file that cannot be used is
 * left out with one line in {@link Content#errors()}; the rest of the bundle still counts.
 */
public final class ExtensionReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+){0,2}([.-][A-Za-z0-9_-]+)?");

    private final ObjectMapper json;
    private final Map<Kind, DefinitionCompiler> compilers;

    public ExtensionReader(ObjectMapper json, Map<Kind, DefinitionCompiler> compilers) {
        this.json = json;
        this.compilers = compilers;
    }

    /**
     * What a bundle declares.
     *
     * @param directory the files of {@code KIM-INF/directory/}, parsed
     * @param rules     the rule sets of {@code KIM-INF/rules/}: file name and bytes, checked when offered
     */
    public record Content(List<Declared> definitions, List<Map<String, Object>> directory, Map<String, byte[]> rules,
            List<String> errors) {
    }

    public Content read(Bundle bundle) {
        Provenance provenance = new Provenance(bundle.getSymbolicName(), bundle.getVersion().toString());
        List<String> errors = new ArrayList<>();
        Labels labels = new Labels();
        for (URL file : entries(bundle, "i18n", "*.properties")) {
            try {
                labels.load(file);
            } catch (IOException | IllegalArgumentException e) {
                errors.add(name(file) + ": cannot be read: " + e.getMessage());
            }
        }
        List<Declared> definitions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Kind kind : Kind.values()) {
            for (URL file : entries(bundle, kind.folder(), "*.json")) {
                try {
                    Declared d = declared(kind, file, labels, provenance, bundle.getBundleId());
                    if (!seen.add(kind + ":" + d.id())) {
                        throw new IllegalArgumentException(kind.word() + " " + d.id() + " is declared twice in this bundle");
                    }
                    definitions.add(d);
                } catch (IllegalArgumentException | IOException e) {
                    errors.add(name(file) + ": " + message(e));
                }
            }
        }
        List<Map<String, Object>> directory = new ArrayList<>();
        for (URL file : entries(bundle, "directory", "*.json")) {
            try {
                directory.add(parse(file));
            } catch (IllegalArgumentException | IOException e) {
                errors.add(name(file) + ": " + message(e));
            }
        }
        Map<String, byte[]> rules = new java.util.LinkedHashMap<>();
        for (URL file : entries(bundle, "rules", "*.json")) {
            try (InputStream in = file.openStream()) {
                rules.put(name(file), in.readAllBytes());
            } catch (IOException e) {
                errors.add(name(file) + ": " + message(e));
            }
        }
        return new Content(definitions, directory, rules, errors);
    }

    @SuppressWarnings("unchecked")
    private Declared declared(Kind kind, URL file, Labels labels, Provenance provenance, long bundleId)
            throws IOException {
        byte[] bytes;
        try (InputStream in = file.openStream()) {
            bytes = in.readAllBytes();
        }
        Map<String, Object> raw = parse(new String(bytes, StandardCharsets.UTF_8));
        String id = text(raw, "id");
        String version = text(raw, "version");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id '" + id + "' must be 2-100 lower-case letters, digits, '.', '-' or '_'");
        }
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("version '" + version + "' is not a version like 1.0.0");
        }
        Map<String, Object> resolved = (Map<String, Object>) labels.resolve(raw, id);
        Map<String, String> label = labels.label(raw.get("label"), id + ".label");
        Object compiled = compilers.get(kind).compile(resolved);
        return new Declared(kind, id, version, label, resolved, json.writeValueAsString(resolved), Hashes.sha256(bytes),
                provenance, bundleId, compiled);
    }

    private Map<String, Object> parse(URL file) throws IOException {
        try (InputStream in = file.openStream()) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String text) {
        try {
            Object parsed = json.readValue(text, Object.class);
            if (!(parsed instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("must hold one JSON object");
            }
            return (Map<String, Object>) parsed;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    private static String text(Map<String, Object> raw, String field) {
        Object value = raw.get(field);
        if (!(value instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return s;
    }

    private static List<URL> entries(Bundle bundle, String folder, String pattern) {
        Enumeration<URL> found = bundle.findEntries("KIM-INF/" + folder, pattern, false);
        if (found == null) {
            return List.of();
        }
        List<URL> files = Collections.list(found);
        files.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        return files;
    }

    private static String name(URL file) {
        String path = file.getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
