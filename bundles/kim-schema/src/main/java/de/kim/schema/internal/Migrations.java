package de.kim.schema.internal;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the newest schema with Flyway. A database made by release 0.1 (whose schema EclipseLink
 * created, without a history) is taken as version 1 and gets the later migrations only.
 */
final class Migrations {

    /** Flyway's history table, named like the platform's other tables (unquoted: upper case in Derby). */
    static final String HISTORY = "KIM_SCHEMA_HISTORY";

    private Migrations() {
    }

    static Applied apply(DataSource data) throws SQLException {
        DatabaseKind kind = DatabaseKind.of(data);
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
            String version = flyway.info().current() == null ? "0" : flyway.info().current().getVersion().getVersion();
            String found = result.initialSchemaVersion == null ? "none (empty database)" : result.initialSchemaVersion;
            return new Applied(kind, found, version, result.migrationsExecuted);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** What a start did: the database, the version found and the version left, and how many migrations ran. */
    record Applied(DatabaseKind kind, String from, String to, int executed) {
    }
}
