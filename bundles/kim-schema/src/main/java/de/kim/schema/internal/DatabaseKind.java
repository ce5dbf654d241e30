package de.kim.schema.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.flywaydb.core.api.migration.JavaMigration;

import de.kim.schema.internal.derby.V3__sequences_for_ids;

/** The databases the platform's schema is written for; each has its own folder of migrations. */
enum DatabaseKind {
    DERBY("derby"), POSTGRESQL("postgresql");

    private final String folder;

    DatabaseKind(String folder) {
        this.folder = folder;
    }

    /** The migrations in Java (where SQL alone cannot say it), in version order. */
    JavaMigration[] javaMigrations() {
        return this == DERBY ? new JavaMigration[] {new V3__sequences_for_ids()} : new JavaMigration[0];
    }

    /**
     * The version of this database's newest migration (SQL file or Java class). A start on a database whose history
     * ends here without a failed row needs no migration run at all; MigrationsTest checks it against the folder.
     */
    int newest() {
        return 8;
    }

    /** Where this database's migrations lie on the bundle's class path. */
    String location() {
        return "classpath:db/migration/" + folder;
    }

    static DatabaseKind of(DataSource data) throws SQLException {
        try (Connection c = data.getConnection()) {
            return of(c.getMetaData().getDatabaseProductName());
        }
    }

    static DatabaseKind of(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("derby")) {
            return DERBY;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalStateException("the platform runs on Derby or PostgreSQL, not on " + productName);
    }
}
