package de.kim.core.internal.extension;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The German and English texts of an extension ({@code KIM-INF/i18n/*_de.properties},
 * {@code *_en.properties}, UTF-8). A definition names a text as {@code "@key"}.
 */
final class Labels {
    private final Map<String, Map<String, String>> texts = new HashMap<>();

    void load(URL file) throws IOException {
        String name = file.getPath().substring(file.getPath().lastIndexOf('/') + 1).replace(".properties", "");
        String language = name.contains("_") ? name.substring(name.lastIndexOf('_') + 1) : name;
        Properties properties = new Properties();
        try (InputStream in = file.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (String key : properties.stringPropertyNames()) {
            texts.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(language, properties.getProperty(key));
        }
    }

    /** A label as de/en texts: from {@code {"de": …, "en": …}}, {@code "@key"} or a plain text. */
    Map<String, String> label(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            Map<String, String> label = new LinkedHashMap<>();
            map.forEach((k, v) -> label.put(String.valueOf(k), String.valueOf(v)));
            if (!label.containsKey("de")) {
                throw new IllegalArgumentException(where + ": a label needs a German text (de)");
            }
            return label;
        }
        if (value instanceof String s && s.startsWith("@")) {
            Map<String, String> label = texts.get(s.substring(1));
            if (label == null || !label.containsKey("de")) {
                throw new IllegalArgumentException(where + ": no German text for label key '" + s.substring(1)
                        + "' in KIM-INF/i18n");
            }
            return label;
        }
        if (value instanceof String s && !s.isBlank()) {
            return Map.of("de", s);
        }
        throw new IllegalArgumentException(where + ": a label is required");
    }

    /** Replaces every {@code label} in the tree by its de/en texts. */
    @SuppressWarnings("unchecked")
    Object resolve(Object tree, String where) {
        if (tree instanceof Map<?, ?> map) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                boolean isLabel = key.equals("label") && !(e.getValue() instanceof Map<?, ?> m && m.containsKey("type"));
                resolved.put(key, isLabel ? label(e.getValue(), where + "." + key) : resolve(e.getValue(), where + "." + key));
            }
            return resolved;
        }
        if (tree instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                resolved.add(resolve(list.get(i), where + "[" + i + "]"));
            }
            return resolved;
        }
        return tree;
    }
}
