package de.kim.schema.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the newest schema with Flyway. A database made by release 0.1 (whose schema EclipseLink
 * created, without a history) is taken as version 1 and gets the later migrations only. A database whose history
 * already ends at the newest version, without a failed row, is left alone without starting Flyway (its scan and
 * validation took about 0.8 s of every start); Flyway still validates the checksums whenever it migrates.
 */
final class Migrations {

    /** Flyway's history table, named like the platform's other tables (unquoted: upper case in Derby). */
    static final String HISTORY = "KIM_SCHEMA_HISTORY";

    private Migrations() {
    }

    static Applied apply(DataSource data) throws SQLException {
        DatabaseKind kind = DatabaseKind.of(data);
        OptionalInt current = upToDate(data, kind);
        if (current.isPresent()) {
            String version = String.valueOf(current.getAsInt());
            return new Applied(kind, version, version, 0, false);
        }
        ClassLoader own = Migrations.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(own); // Flyway looks some of its parts up through the context loader
        try {
            Flyway flyway = Flyway.configure(own)
                    .dataSource(data)
                    .locations(kind.location())
                    .javaMigrations(kind.javaMigrations())
                    .table(kind == DatabaseKind.POSTGRESQL ? HISTORY.toLowerCase(java.util.Locale.ROOT) : HISTORY)
                    .baselineOnMigrate(true)
                    .baselineVersion("1")
                    .baselineDescription("schema of release 0.1, made by EclipseLink")
                    .load();
            MigrateResult result = flyway.migrate();
            String found = result.initialSchemaVersion == null ? "none (empty database)" : result.initialSchemaVersion;
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : result.initialSchemaVersion != null ? result.initialSchemaVersion : "0";
            return new Applied(kind, found, version, result.migrationsExecuted, true);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The newest version if the history ends there and holds no failed migration; else empty (Flyway decides). */
    static OptionalInt upToDate(DataSource data, DatabaseKind kind) {
        int newest = 0;
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT \"version\", \"success\" FROM " + HISTORY)) {
            while (r.next()) {
                if (!r.getBoolean(2)) {
                    return OptionalInt.empty();
                }
                String version = r.getString(1);
                if (version != null) {
                    newest = Math.max(newest, Integer.parseInt(version.strip()));
                }
            }
        } catch (SQLException | NumberFormatException e) {
            return OptionalInt.empty(); // no history yet (a new database or release 0.1's), or one Flyway must read
        }
        return newest == kind.newest() ? OptionalInt.of(newest) : OptionalInt.empty();
    }

    /**
     * What a start did: the database, the version found and the version left, how many migrations ran, and whether
     * Flyway ran (false: the history already ended at the newest version).
     */
    record Applied(DatabaseKind kind, String from, String to, int executed, boolean flyway) {
    }
}
