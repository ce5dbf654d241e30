package de.kim.core.internal.logic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case of the official JsonLogic test suite (src/test/resources/jsonlogic), one test each. */
class JsonLogicSuiteTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> officialSuite() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/jsonlogic/tests.json")) {
            String section = "";
            int number = 0;
            for (Object entry : JSON.readValue(in, List.class)) {
                if (entry instanceof String title) {
                    section = title;
                    continue;
                }
                List<?> test = (List<?>) entry;
                String name = String.format("%03d %s: %s with %s", ++number, section, JSON.writeValueAsString(test.get(0)),
                        JSON.writeValueAsString(test.get(1)));
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Object result = JsonRule.evaluate(test.get(0), test.get(1));
                    assertTrue(JsonEquality.same(test.get(2), result), () -> "expected " + test.get(2) + ", got " + result);
                }));
            }
        }
        assertTrue(tests.size() >= 275, "the whole suite is read");
        return tests.stream();
    }
}
