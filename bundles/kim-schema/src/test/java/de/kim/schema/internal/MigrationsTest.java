package de.kim.schema.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/** Flyway on a real (in-memory) Derby: a new database, and one whose schema release 0.1 made without a history. */
class MigrationsTest {

    private static EmbeddedDataSource derby() {
        EmbeddedDataSource data = new EmbeddedDataSource();
        data.setDatabaseName("memory:schema-" + UUID.randomUUID());
        data.setCreateDatabase("create");
        return data;
    }

    private static List<String> versions(EmbeddedDataSource data) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT \"version\", \"type\" FROM " + Migrations.HISTORY
                        + " WHERE \"success\" = TRUE ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                versions.add(r.getString(1) + ":" + r.getString(2));
            }
        }
        return versions;
    }

    private static int count(EmbeddedDataSource data, String sql) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void aNewDatabaseGetsEveryMigration() throws Exception {
        EmbeddedDataSource data = derby();
        Migrations.Applied applied = Migrations.apply(data);
        assertEquals(DatabaseKind.DERBY, applied.kind());
        assertTrue(applied.executed() >= 1);
        assertEquals("1:SQL", versions(data).get(0));
        // the 45 tables of release 0.1, KIM_LEASE (version 2) and KIM_DOCUMENT (version 8)
        assertEquals(47, count(data, "SELECT COUNT(*) FROM SYS.SYSTABLES t JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID"
                + " WHERE s.SCHEMANAME = 'APP' AND t.TABLETYPE = 'T' AND t.TABLENAME LIKE 'KIM\\_%' ESCAPE '\\'"
                + " AND t.TABLENAME <> '" + Migrations.HISTORY + "'"));
        assertTrue(applied.flyway());
        assertEquals(String.valueOf(DatabaseKind.DERBY.newest()), applied.to());
        Migrations.Applied again = Migrations.apply(data);
        assertEquals(0, again.executed(), "a second start migrates nothing");
        assertEquals(applied.to(), again.to());
        assertFalse(again.flyway(), "an up-to-date history needs no Flyway run");
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute("UPDATE " + Migrations.HISTORY + " SET \"success\" = FALSE WHERE \"version\" = '2'");
        }
        assertTrue(Migrations.upToDate(data, DatabaseKind.DERBY).isEmpty(), "a failed row leaves it to Flyway");
    }

    @Test
    void theNewestVersionIsTheNewestMigrationOfEachFolder() throws Exception {
        for (DatabaseKind kind : DatabaseKind.values()) {
            int newest = 0;
            java.net.URL folder = MigrationsTest.class.getResource("/" + kind.location().substring("classpath:".length()));
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(java.nio.file.Path.of(
                    folder.toURI()))) {
                for (java.nio.file.Path f : files.toList()) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql")
                            .matcher(f.getFileName().toString());
                    if (m.matches()) {
                        newest = Math.max(newest, Integer.parseInt(m.group(1)));
                    }
                }
            }
            for (org.flywaydb.core.api.migration.JavaMigration j : kind.javaMigrations()) {
                newest = Math.max(newest, Integer.parseInt(j.getVersion().getVersion()));
            }
            assertEquals(newest, kind.newest(), kind + ": DatabaseKind.newest() must name the newest migration");
        }
    }

    /**
     * PostgreSQL, unlike Derby, makes no index for a foreign key: every foreign-key column of the PostgreSQL
     * migrations must lead an index (or a primary or unique key) made by them, or reading a case's goals scans them all.
     */
    @Test
    void everyForeignKeyOnPostgresqlHasAnIndex() throws Exception {
        StringBuilder sql = new StringBuilder();
        java.nio.file.Path folder = java.nio.file.Path.of(MigrationsTest.class.getResource("/db/migration/postgresql").toURI());
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(folder)) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                sql.append(java.nio.file.Files.readString(f)).append('\n');
            }
        }
        String all = sql.toString().replaceAll("\\s+", " ");
        java.util.regex.Matcher keys = java.util.regex.Pattern.compile(
                "ALTER TABLE ONLY (\\w+) ADD CONSTRAINT \\w+ FOREIGN KEY \\((\\w+)[,)]").matcher(all);
        List<String> missing = new ArrayList<>();
        int foreignKeys = 0;
        while (keys.find()) {
            foreignKeys++;
            String table = java.util.regex.Pattern.quote(keys.group(1));
            String column = java.util.regex.Pattern.quote(keys.group(2));
            boolean indexed = java.util.regex.Pattern.compile("CREATE (UNIQUE )?INDEX (IF NOT EXISTS )?\\w+ ON " + table
                    + " USING btree \\(" + column + "[,)]").matcher(all).find()
                    || java.util.regex.Pattern.compile("ALTER TABLE ONLY " + table + " ADD CONSTRAINT \\w+ (PRIMARY KEY|UNIQUE) \\("
                    + column + "[,)]").matcher(all).find();
            if (!indexed) {
                missing.add(keys.group(1) + "." + keys.group(2));
            }
        }
        assertTrue(foreignKeys >= 18, "the foreign keys were found: " + foreignKeys);
        assertEquals(List.of(), missing, "foreign-key columns without an index on PostgreSQL");
    }

    @Test
    void aDatabaseOfRelease01IsBaselinedAndKeepsItsRows() throws Exception {
        EmbeddedDataSource data = derby();
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            for (String statement : release01Schema().split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
            s.execute("INSERT INTO KIM_CLIENT (ID, DATEOFBIRTH, FAMILYNAME, MUNICIPALITY) VALUES"
                    + " ('K-1', DATE('1990-01-01'), 'Yılmaz', '05958044')");
            s.execute("INSERT INTO KIM_CONSENT (ID, CLIENT_ID, GIVENON, PURPOSE) VALUES"
                    + " (7, 'K-1', DATE('2025-01-01'), 'HANDOVER')");
        }
        Migrations.Applied applied = Migrations.apply(data);
        List<String> versions = versions(data);
        assertEquals("1:BASELINE", versions.get(0), "release 0.1's schema is taken as version 1, not created again");
        assertEquals(versions.size() - 1, applied.executed());
        assertEquals("2:SQL", versions.get(1), "the later migrations are applied: " + versions);
        assertEquals(0, count(data, "SELECT COUNT(*) FROM KIM_LEASE"));
        assertEquals("3:JDBC", versions.get(2), "ids from sequences: " + versions);
        assertEquals(57, count(data, "VALUES NEXT VALUE FOR KIM_CONSENT_ID_SEQ"),
                "the block after the largest id (7): EclipseLink takes 8 … 57");
        assertEquals(1, count(data, "SELECT COUNT(*) FROM KIM_CLIENT WHERE FAMILYNAME = 'Yılmaz'"));
    }

    @Test
    void otherDatabasesAreRefusedByName() {
        assertEquals(DatabaseKind.POSTGRESQL, DatabaseKind.of("PostgreSQL"));
        assertThrows(IllegalStateException.class, () -> DatabaseKind.of("MySQL"));
    }

    private static String release01Schema() throws IOException {
        try (InputStream in = MigrationsTest.class.getResourceAsStream("/db/migration/derby/V1__release_0_1.sql")) {
            StringBuilder sql = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("--")) {
                    sql.append(line).append('\n');
                }
            }
            return sql.toString();
        }
    }
}
