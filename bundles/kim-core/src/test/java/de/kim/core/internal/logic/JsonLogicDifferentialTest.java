package de.kim.core.internal.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same rules and data through the platform's evaluator and through json-logic-js under Node (the
 * browser's evaluator, src/test/node): the official suite, the edge cases where the two once disagreed,
 * and a few thousand generated rules. Every result must be equal, and a rule that fails in one must fail
 * in the other.
 */
class JsonLogicDifferentialTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the two evaluators once disagreed (issue 9), and their neighbours. */
    private static final String EDGE_CASES = """
            [
             [{"==":["",0]},{}], [{"==":[" ",0]},{}], [{"===":["",0]},{}], [{"!=":["",0]},{}],
             [{"+":["1d",1]},{}], [{"*":["1d","2"]},{}], [{"-":["1d",1]},{}], [{"==":["1d",1]},{}], [{"<":["1d",2]},{}],
             [{"==":["true",true]},{}], [{"==":["1",true]},{}], [{"==":[1,true]},{}], [{"==":["",false]},{}],
             [{"<":["10","9"]},{}], [{">":["10","9"]},{}], [{"<":["10",9]},{}], [{"<=":["a","b"]},{}], [{">=":["2024-01-02","2024-01-10"]},{}],
             [{"in":[1,["1",2]]},{}], [{"in":["1",[1,2]]},{}], [{"in":[1,"213"]},{}], [{"in":[null,[null]]},{}], [{"in":["a",null]},{}],
             [{"!!":[{"/":[0,0]}]},{}], [{"!":[{"/":[0,0]}]},{}], [{"if":[{"-":["x",1]},"yes","no"]},{}], [{"/":[1,0]},{}],
             [{"cat":[123456789012345680000]},{}], [{"cat":[1e21]},{}], [{"cat":[1e-7]},{}], [{"cat":[0.000001]},{}],
             [{"cat":[0.1,0.2]},{}], [{"cat":[{"+":[0.1,0.2]}]},{}], [{"cat":[-0.0]},{}], [{"cat":[[1,[2,3]],null,true]},{}],
             [{"cat":[{"var":"o"}]},{"o":{"a":1}}], [{"==":[{"var":"o"},{"var":"o"}]},{"o":{"a":1}}], [{"==":[{"a":1,"b":2},{"a":1,"b":2}]},{}],
             [{"==":[[1],1]},{}], [{"==":[[1,2],"1,2"]},{}], [{"<":[[2],3]},{}], [{"var":"o"},{"o":{"a":1,"b":[1,2]}}],
             [{"var":"l.1"},{"l":[5,6]}], [{"var":"s.0"},{"s":"abc"}], [{"var":"s.length"},{"s":"abc"}], [{"var":["n",7]},{"n":null}],
             [{"missing":["a","b"]},{"a":"","b":0}], [{"missing_some":[1,["a","b"]]},{"b":false}], [{"substr":["jsonlogic",{"var":"x"}]},{"x":"2"}],
             [{"max":[]},{}], [{"min":[1,"x"]},{}], [{"+":[]},{}], [{"-":[]},{}], [{"%":[-7,3]},{}], [{"merge":[[1],[[2]],3]},{}],
             [{"and":[]},{}], [{"or":[]},{}], [{"if":[]},{}], [{"all":[[],{"var":""}]},{}], [{"all":["ab",{"==":[{"var":""},"a"]}]},{}],
             [{"reduce":[{"var":"l"},{"+":[{"var":"current"},{"var":"accumulator"}]},0]},{"l":[1,2,3]}],
             [{"map":[{"var":"l"},{"*":[{"var":""},2]}]},{"l":[1,"2",null]}], [{"filter":[{"var":"l"},{"var":""}]},{"l":[0,1,"",[],"0"]}],
             [{"<":[null,1]},{}], [{">":[null,-1]},{}], [{"==":[null,0]},{}], [{"<=":[null,0]},{}], [{"<":[1,2,"3"]},{}]
            ]
            """;

    private static final Object[] VALUES = {null, true, false, 0, 1, -1, 2.5, 10, 9, 1e21, "", "0", "1", "1d", "abc", "10",
        "9", "true", " 1 ", "Infinity", "2024-05-01", List.of(), List.of(1), List.of(1, 2), List.of("a"),
        Map.of("a", 1)};
    private static final String[] OPERATORS = {"==", "!=", "===", "!==", "<", "<=", ">", ">=", "!", "!!", "and", "or",
        "if", "in", "cat", "+", "-", "*", "/", "%", "min", "max", "merge", "substr", "var", "missing", "?:"};

    @TempDir
    Path work;

    @Test
    void browserAndServerAgreeOnEveryRule() throws Exception {
        List<List<Object>> cases = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/jsonlogic/tests.json")) {
            for (Object entry : JSON.readValue(in, List.class)) {
                if (entry instanceof List<?> test) {
                    cases.add(java.util.Arrays.asList(test.get(0), test.get(1) == null ? Map.of() : test.get(1)));
                }
            }
        }
        for (Object edge : JSON.readValue(EDGE_CASES, List.class)) {
            cases.add(new ArrayList<>((List<?>) edge));
        }
        java.util.Random random = new java.util.Random(20261130);
        for (int i = 0; i < 3000; i++) {
            cases.add(java.util.Arrays.asList(rule(random, 3), data(random)));
        }
        // both evaluators read the same text: what Node parses is what Java parses
        Path input = work.resolve("cases.json");
        Files.writeString(input, JSON.writeValueAsString(cases));
        List<?> parsed = JSON.readValue(input.toFile(), List.class);
        List<?> reference = node(input);
        assertEquals(parsed.size(), reference.size());
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            List<?> c = (List<?>) parsed.get(i);
            Map<?, ?> expected = (Map<?, ?>) reference.get(i);
            Object actual;
            try {
                actual = encode(JsonRule.evaluate(c.get(0), c.get(1)));
            } catch (RuntimeException e) {
                actual = "error: " + e.getMessage();
            }
            boolean agree = expected.containsKey("error") ? actual instanceof String s && s.startsWith("error: ")
                    : JsonEquality.same(expected.get("value"), actual);
            if (!agree) {
                differences.add(JSON.writeValueAsString(c) + " -> json-logic-js " + JSON.writeValueAsString(expected)
                        + ", server " + JSON.writeValueAsString(actual));
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " of " + parsed.size() + " differ:\n"
                + String.join("\n", differences.subList(0, Math.min(40, differences.size()))));
    }

    private List<?> node(Path input) throws Exception {
        Path output = work.resolve("results.json");
        Path scripts = Path.of("src/test/node").toAbsolutePath();
        Process process = new ProcessBuilder("node", scripts.resolve("evaluate.mjs").toString(), input.toString(),
                output.toString()).directory(scripts.toFile()).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "node did not end");
        assertEquals(0, process.exitValue(), "node evaluate.mjs failed (is src/test/node installed?):\n" + log);
        return JSON.readValue(output.toFile(), List.class);
    }

    /** The Java result as evaluate.mjs writes json-logic-js's: NaN and infinities as {"number": …}. */
    private static Object encode(Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return Map.of("number", JsValues.numberToString(d));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonLogicDifferentialTest::encode).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, encode(v)));
            return copy;
        }
        return value;
    }

    private static Object rule(java.util.Random r, int depth) {
        int pick = r.nextInt(10);
        if (depth == 0 || pick < 3) {
            return pick == 0 ? Map.of("var", r.nextBoolean() ? "x" : r.nextBoolean() ? "y" : "o.z") : value(r);
        }
        String op = OPERATORS[r.nextInt(OPERATORS.length)];
        int count = op.equals("var") ? 1 : 1 + r.nextInt(3);
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(op.equals("var") || op.equals("missing") ? (r.nextBoolean() ? "x" : "o.z") : rule(r, depth - 1));
        }
        return Map.of(op, args);
    }

    private static Object value(java.util.Random r) {
        return VALUES[r.nextInt(VALUES.length)];
    }

    private static Map<String, Object> data(java.util.Random r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("x", value(r));
        data.put("y", value(r));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("z", value(r));
        data.put("o", o);
        return data;
    }
}
