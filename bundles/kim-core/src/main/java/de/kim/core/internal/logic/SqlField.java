package de.kim.core.internal.logic;

/**
 * A field an indicator filter may name: its SQL expression and the kind of value it holds, which
 * decides how a JsonLogic comparison translates (the same comparison means something else in
 * JavaScript for a text, a number, a date or a yes/no).
 *
 * @param sql  the expression, e.g. {@code c.PHASE}
 * @param type what the rule sees: TEXT and DATE as strings (dates as ISO yyyy-mm-dd), NUMBER as a
 *             number, BOOLEAN as true or false (stored as 1 or 0)
 */
public record SqlField(String sql, Type type) {

    /** The kinds of value. */
    public enum Type {
        TEXT, NUMBER, DATE, BOOLEAN
    }

    public static SqlField text(String sql) {
        return new SqlField(sql, Type.TEXT);
    }

    public static SqlField number(String sql) {
        return new SqlField(sql, Type.NUMBER);
    }

    public static SqlField date(String sql) {
        return new SqlField(sql, Type.DATE);
    }

    public static SqlField bool(String sql) {
        return new SqlField(sql, Type.BOOLEAN);
    }
}
