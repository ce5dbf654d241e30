package de.kim.core.internal.logic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Indicator filters in the database select exactly the rows the evaluator accepts: generated rules over
 * generated rows (with NULL, 0, "" and the other values where SQL and JavaScript part ways) on a real
 * Derby, the rows of {@code SELECT … WHERE translation} against the rows for which {@link JsonRule} says
 * true. Rules that cannot be translated are refused, and most can be. The same on a real PostgreSQL (exact text
 * comparison, BOOLEAN columns) where it is installed, on a server of its own (tools/postgresql/kim-postgres).
 */
class SqlConditionDifferentialTest {
    private static final String[] TEXTS = {null, "", "0", "1", " ", "a", "b", "CLOSED", "10", "9"};
    private static final Integer[] NUMBERS = {null, 0, 1, -1, 2, 14, 365};
    private static final String[] DAYS = {null, "2024-01-01", "2024-06-30", "2025-03-01"};
    private static final Integer[] YES_NO = {null, 0, 1};
    private static final Object[] LITERALS = {null, "", "0", "1", " ", "a", "CLOSED", "10", "9", "abc", 0, 1, -1, 2.5, 14,
        true, false, "2024-06-30", "2024-01-01", "2024-1-1", "14", "Infinity"};
    private static final Map<String, SqlField> FIELDS = Map.of("txt", SqlField.text("TXT"), "num", SqlField.number("NUM"),
            "day", SqlField.date("DAY"), "yes", SqlField.bool("YES"));
    private static final String[] OPERATORS = {"==", "!=", "===", "!==", "<", "<=", ">", ">=", "!", "!!", "and", "or", "in"};

    @Test
    void translatedFiltersSelectWhatTheEvaluatorAccepts() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:derby:memory:sqldiff;create=true")) {
            compare(db, de.kim.core.internal.persistence.SqlDialect.DERBY, "SMALLINT");
        }
    }

    @Test
    void translatedFiltersSelectWhatTheEvaluatorAcceptsOnPostgresql() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(java.nio.file.Path.of(
                "/usr/lib/postgresql")), "PostgreSQL is not installed");
        java.nio.file.Path script = java.nio.file.Path.of("../../tools/postgresql/kim-postgres").toAbsolutePath();
        String folder = System.getProperty("java.io.tmpdir") + "/kim-postgresql-unit";
        String port = "55434";
        run(script.toString(), "start", folder, port);
        try {
            run(script.toString(), "reset", folder, port);
            try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/kim", "kim",
                    System.getenv().getOrDefault("KIM_DB_PASSWORD", "kim"))) {
                compare(db, de.kim.core.internal.persistence.SqlDialect.POSTGRESQL, "BOOLEAN");
            }
        } finally {
            run(script.toString(), "stop", folder, port);
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor() == 0, String.join(" ", command) + ": " + output);
    }

    private static void compare(Connection db, SqlSemantics semantics, String yesNoType) throws Exception {
        {
            Map<Integer, Map<String, Object>> rows = rows(db, yesNoType);
            Random random = new Random(30112026);
            int translated = 0;
            int refused = 0;
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                Object rule = rule(random, 2);
                SqlCondition condition;
                try {
                    condition = SqlCondition.of(rule, FIELDS, semantics);
                } catch (IllegalArgumentException e) {
                    refused++;
                    continue;
                }
                translated++;
                Set<Integer> selected = select(db, condition);
                Set<Integer> accepted = new TreeSet<>();
                rows.forEach((id, data) -> {
                    if (JsValues.truthy(JsonRule.evaluate(rule, data))) {
                        accepted.add(id);
                    }
                });
                if (!selected.equals(accepted)) {
                    Set<Integer> onlySql = new TreeSet<>(selected);
                    onlySql.removeAll(accepted);
                    Set<Integer> onlyRule = new TreeSet<>(accepted);
                    onlyRule.removeAll(selected);
                    differences.add(rule + " as " + condition.sql() + " " + condition.parameters() + ": only SQL "
                            + sample(onlySql, rows) + ", only the evaluator " + sample(onlyRule, rows));
                }
            }
            assertTrue(differences.isEmpty(), differences.size() + " of " + translated + " filters differ:\n"
                    + String.join("\n", differences.subList(0, Math.min(20, differences.size()))));
            assertTrue(translated > 2 * refused, translated + " translated, " + refused + " refused");
        }
    }

    private static Map<Integer, Map<String, Object>> rows(Connection db, String yesNoType) throws Exception {
        boolean booleans = yesNoType.equals("BOOLEAN");
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE T (ID INTEGER PRIMARY KEY, TXT VARCHAR(20), NUM INTEGER, DAY DATE, YES " + yesNoType + ")");
        }
        Map<Integer, Map<String, Object>> rows = new HashMap<>();
        int id = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO T VALUES (?, ?, ?, ?, ?)")) {
            for (String txt : TEXTS) {
                for (Integer num : NUMBERS) {
                    for (String day : DAYS) {
                        for (Integer yes : YES_NO) {
                            insert.setInt(1, ++id);
                            insert.setObject(2, txt, java.sql.Types.VARCHAR);
                            insert.setObject(3, num, java.sql.Types.INTEGER);
                            insert.setObject(4, day == null ? null : java.sql.Date.valueOf(day), java.sql.Types.DATE);
                            insert.setObject(5, yes == null || !booleans ? yes : (Object) (yes == 1),
                                    booleans ? java.sql.Types.BOOLEAN : java.sql.Types.SMALLINT);
                            insert.addBatch();
                            Map<String, Object> data = new HashMap<>();
                            data.put("txt", txt);
                            data.put("num", num);
                            data.put("day", day);
                            data.put("yes", yes == null ? null : yes == 1);
                            rows.put(id, data);
                        }
                    }
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    private static Set<Integer> select(Connection db, SqlCondition condition) throws Exception {
        Set<Integer> ids = new TreeSet<>();
        try (PreparedStatement query = db.prepareStatement("SELECT ID FROM T WHERE " + condition.sql())) {
            for (int i = 0; i < condition.parameters().size(); i++) {
                query.setObject(i + 1, condition.parameters().get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
        }
        return ids;
    }

    private static String sample(Set<Integer> ids, Map<Integer, Map<String, Object>> rows) {
        return ids.isEmpty() ? "none" : ids.size() + " rows, e.g. " + rows.get(ids.iterator().next());
    }

    private static Object rule(Random r, int depth) {
        String op = OPERATORS[r.nextInt(depth == 0 ? OPERATORS.length - 3 : OPERATORS.length)];
        Object field = Map.of("var", new String[] {"txt", "num", "day", "yes"}[r.nextInt(4)]);
        return switch (op) {
            case "!", "!!" -> Map.of(op, List.of(depth > 0 && r.nextBoolean() ? rule(r, depth - 1) : field));
            case "and", "or" -> Map.of(op, List.of(rule(r, depth - 1), rule(r, depth - 1)));
            case "in" -> Map.of(op, Arrays.asList(field, Arrays.asList(literal(r), literal(r), literal(r))));
            case "<", "<=" -> r.nextInt(4) == 0 ? Map.of(op, Arrays.asList(literal(r), field, literal(r)))
                    : Map.of(op, r.nextBoolean() ? Arrays.asList(field, literal(r)) : Arrays.asList(literal(r), field));
            default -> Map.of(op, r.nextBoolean() ? Arrays.asList(field, literal(r)) : Arrays.asList(literal(r), field));
        };
    }

    private static Object literal(Random r) {
        return LITERALS[r.nextInt(LITERALS.length)];
    }
}
