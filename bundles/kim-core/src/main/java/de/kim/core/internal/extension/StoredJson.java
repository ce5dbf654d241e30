package de.kim.core.internal.extension;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;

/** Reads a stored definition back. */
public final class StoredJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoredJson() {
    }

    public static Map<String, Object> parse(String content) {
        try {
            return JSON.readValue(content, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("a stored definition is not JSON", e);
        }
    }
}
