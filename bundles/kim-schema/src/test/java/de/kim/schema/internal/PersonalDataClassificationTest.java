package de.kim.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/**
 * Every table and column of the schema is classified in {@code db/personal-data.properties}: whether it holds
 * data about a person and how an erasure reaches it. A table or column that a migration adds and nobody
 * classified fails here, so that erasure (kim-core's Erasure) is thought through for it.
 */
class PersonalDataClassificationTest {
    private static final Set<String> CLASSES = Set.of("person", "case", "events", "ids", "none");

    @Test
    void everyTableAndColumnIsClassified() throws Exception {
        Map<String, Set<String>> schema = schema();
        Properties classified = classification();
        List<String> problems = new ArrayList<>();
        StringBuilder missing = new StringBuilder();
        for (var table : schema.entrySet()) {
            String line = classified.getProperty(table.getKey());
            if (line == null) {
                problems.add("table " + table.getKey() + " is not classified");
                missing.append(table.getKey()).append(" = ? | ").append(String.join(" ", table.getValue())).append('\n');
                continue;
            }
            String[] parts = line.split("\\|", 2);
            String kind = parts[0].trim();
            if (!CLASSES.contains(kind)) {
                problems.add("table " + table.getKey() + " has the unknown class '" + kind + "' (one of " + CLASSES + ")");
            }
            Set<String> columns = new TreeSet<>(List.of(parts.length < 2 ? new String[0] : parts[1].trim().split("\\s+")));
            for (String column : table.getValue()) {
                if (!columns.contains(column)) {
                    problems.add("column " + table.getKey() + "." + column + " is not classified");
                }
            }
            for (String column : columns) {
                if (!table.getValue().contains(column)) {
                    problems.add("column " + table.getKey() + "." + column + " is classified but not in the schema");
                }
            }
        }
        for (String table : classified.stringPropertyNames()) {
            if (!schema.containsKey(table)) {
                problems.add("table " + table + " is classified but not in the schema");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + (missing.length() == 0 ? ""
                : "\nlines to classify:\n" + missing));
    }

    @Test
    void everyTableWithAPersonOrCaseColumnIsErasedWithIt() throws Exception {
        Properties classified = classification();
        for (var table : schema().entrySet()) {
            boolean names = table.getValue().stream().anyMatch(c -> c.equals("CLIENT_ID") || c.equals("CLIENTID")
                    || c.equals("CASE_ID") || c.equals("CASEID"));
            String kind = classified.getProperty(table.getKey(), "").split("\\|")[0].trim();
            if (names) {
                assertTrue(Set.of("person", "case", "ids").contains(kind), table.getKey()
                        + " names a person or case, but is classified '" + kind + "'");
            }
        }
        assertEquals("ids", classified.getProperty("KIM_AUDIT").split("\\|")[0].trim(),
                "the audit trail keeps only ids of erased persons");
    }

    private static Properties classification() throws IOException {
        Properties p = new Properties();
        try (InputStream in = PersonalDataClassificationTest.class.getResourceAsStream("/db/personal-data.properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Map<String, Set<String>> schema() throws SQLException {
        EmbeddedDataSource data = new EmbeddedDataSource();
        data.setDatabaseName("memory:classification-" + UUID.randomUUID());
        data.setCreateDatabase("create");
        Migrations.apply(data);
        Map<String, Set<String>> tables = new TreeMap<>();
        try (Connection c = data.getConnection(); ResultSet columns = c.getMetaData().getColumns(null, "APP", "%", "%")) {
            while (columns.next()) {
                String table = columns.getString("TABLE_NAME");
                if (table.startsWith("KIM_")) {
                    tables.computeIfAbsent(table, t -> new TreeSet<>()).add(columns.getString("COLUMN_NAME"));
                }
            }
        }
        return tables;
    }
}
