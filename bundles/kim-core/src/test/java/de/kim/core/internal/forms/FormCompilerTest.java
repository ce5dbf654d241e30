package de.kim.core.internal.forms;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A form whose JSON Schema breaks its draft's meta-schema is refused with the reason. */
class FormCompilerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> form(String property, String extra) throws Exception {
        return JSON.readValue("{\"id\":\"t.form\",\"version\":\"1.0.0\",\"label\":\"T\",\"schema\":{"
                + "\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"object\"" + extra
                + ",\"properties\":{\"a\":" + property + "}},\"layout\":[{\"field\":\"a\",\"label\":\"A\"}]}", Map.class);
    }

    private static String refusal(String property, String extra) {
        return assertThrows(IllegalArgumentException.class, () -> new FormCompiler().compile(form(property, extra)))
                .getMessage();
    }

    @Test
    void aValidSchemaCompiles() throws Exception {
        new FormCompiler().compile(form("{\"type\":\"string\",\"minLength\":5}", ",\"required\":[\"a\"]"));
    }

    @Test
    void invalidSchemasAreRefusedWithTheMetaSchemasReason() {
        String type = refusal("{\"type\":\"strin\"}", "");
        assertTrue(type.contains("not a valid JSON Schema") && type.contains("type"), type);
        String required = refusal("{\"type\":\"string\"}", ",\"required\":\"a\"");
        assertTrue(required.contains("required"), required);
        String minLength = refusal("{\"type\":\"string\",\"minLength\":\"5\"}", "");
        assertTrue(minLength.contains("minLength"), minLength);
    }
}
