package de.kim.core.internal.persistence;

import java.util.Locale;
import java.util.Map;

/**
 * What the platform's hand-written SQL says differently on its two databases. Everything else it writes is
 * SQL both understand (SQL:2008 {@code FETCH FIRST}, {@code CASE}, sub-selects); EclipseLink translates JPQL itself.
 */
public enum SqlDialect {
    DERBY {
        @Override
        public String year(String dateExpression) {
            return "YEAR(" + dateExpression + ")";
        }

        @Override
        public String yesNo(String column) {
            return column; // EclipseLink stores booleans in SMALLINT on Derby
        }
    },
    POSTGRESQL {
        @Override
        public String year(String dateExpression) {
            return "CAST(EXTRACT(YEAR FROM " + dateExpression + ") AS INTEGER)";
        }

        @Override
        public String yesNo(String column) {
            return "CAST(" + column + " AS INTEGER)";
        }
    };

    /** The calendar year of a date, as an integer. */
    public abstract String year(String dateExpression);

    /** A yes/no column as the number 1 or 0 (null stays null), as the indicator filters compare it. */
    public abstract String yesNo(String column);

    /**
     * The dialect of the database the schema gate published: its service property {@code kim.database}
     * ({@code derby} or {@code postgresql}); Derby when the property is missing.
     */
    public static SqlDialect of(Map<String, ?> dataSourceProperties) {
        Object database = dataSourceProperties.get("kim.database");
        return database == null ? DERBY : valueOf(String.valueOf(database).toUpperCase(Locale.ROOT));
    }
}
