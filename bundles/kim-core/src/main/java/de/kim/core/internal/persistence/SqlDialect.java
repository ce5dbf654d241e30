package de.kim.core.internal.persistence;

import de.kim.core.internal.logic.SqlSemantics;
import java.util.Locale;
import java.util.Map;

/**
 * What the platform's hand-written SQL says differently on its two databases. Everything else it writes is
 * SQL both understand (SQL:2008 {@code FETCH FIRST}, {@code CASE}, sub-selects); EclipseLink translates JPQL itself.
 */
public enum SqlDialect implements SqlSemantics {
    DERBY {
        @Override
        public String year(String dateExpression) {
            return "YEAR(" + dateExpression + ")";
        }

        @Override
        public boolean padsText() {
            return true;
        }

        @Override
        public boolean booleanColumns() {
            return false; // EclipseLink stores booleans in SMALLINT on Derby
        }
    },
    POSTGRESQL {
        @Override
        public String year(String dateExpression) {
            return "CAST(EXTRACT(YEAR FROM " + dateExpression + ") AS INTEGER)";
        }

        @Override
        public boolean padsText() {
            return false;
        }

        @Override
        public boolean booleanColumns() {
            return true;
        }
    };

    /** The calendar year of a date, as an integer. */
    public abstract String year(String dateExpression);

    /**
     * The dialect of the database the schema gate published: its service property {@code kim.database}
     * ({@code derby} or {@code postgresql}); Derby when the property is missing.
     */
    public static SqlDialect of(Map<String, ?> dataSourceProperties) {
        Object database = dataSourceProperties.get("kim.database");
        return database == null ? DERBY : valueOf(String.valueOf(database).toUpperCase(Locale.ROOT));
    }
}
