package de.kim.core.internal.indicators;

import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Dimension;
import de.kim.api.spi.FactCounts;
import de.kim.core.internal.logic.SqlCondition;
import de.kim.core.internal.logic.SqlField;
import de.kim.core.internal.persistence.SqlDialect;
import de.kim.core.internal.persistence.Transactions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.Query;

/**
 * Counts facts in the database with one grouped query. Numerator and denominator over the same fact
 * and date share one scan: {@code SUM(CASE WHEN …)} per count over the rows matching either filter.
 */
public final class FactQuery implements FactCounts {
    private final Transactions tx;
    private final SqlDialect dialect;

    public FactQuery(Transactions tx, SqlDialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    /** Whether two measures can be counted in one scan. */
    static boolean shareScan(IndicatorModel.Measure a, IndicatorModel.Measure b) {
        return b != null && a.fact() == b.fact() && a.date().equals(b.date());
    }

    /**
     * The SQL of one or two counts over the same fact and date, and its parameters in order; each
     * result row is the key followed by one count per filter.
     */
    public static SqlCondition sql(List<IndicatorModel.Measure> measures, Dimension by, Integer year) {
        return sql(measures, by, year, SqlDialect.DERBY);
    }

    /** {@link #sql(List, Dimension, Integer)} in the given database's dialect. */
    public static SqlCondition sql(List<IndicatorModel.Measure> measures, Dimension by, Integer year,
            SqlDialect dialect) {
        IndicatorModel.Measure first = measures.get(0);
        Fact fact = first.fact();
        Map<String, SqlField> fields = fact.fields();
        String key = key(first, by, dialect);
        if (measures.size() == 1) {
            return grouped(fact, first, by, year, List.of("COUNT(*)"), List.of(),
                    SqlCondition.of(first.filter(), fields, dialect), key);
        }
        Object narrowing = narrowing(first.filter(), measures.get(1).filter());
        if (narrowing != null) {
            // the numerator is the denominator and more: scan the denominator's rows only
            SqlCondition extra = SqlCondition.of(narrowing, fields, dialect);
            return grouped(fact, first, by, year, List.of("SUM(CASE WHEN " + extra.sql() + " THEN 1 ELSE 0 END)",
                    "COUNT(*)"), extra.parameters(), SqlCondition.of(measures.get(1).filter(), fields, dialect), key);
        }
        SqlCondition a = SqlCondition.of(first.filter(), fields, dialect);
        SqlCondition b = SqlCondition.of(measures.get(1).filter(), fields, dialect);
        List<Object> selectParameters = new ArrayList<>(a.parameters());
        selectParameters.addAll(b.parameters());
        List<Object> whereParameters = new ArrayList<>(selectParameters);
        return grouped(fact, first, by, year, List.of("SUM(CASE WHEN " + a.sql() + " THEN 1 ELSE 0 END)",
                "SUM(CASE WHEN " + b.sql() + " THEN 1 ELSE 0 END)"), selectParameters,
                new SqlCondition("(" + a.sql() + ") OR (" + b.sql() + ")", whereParameters), key);
    }

    /**
     * What the numerator adds to the denominator, if its filter is the denominator's (or any filter
     * when the denominator has none) joined by "and" with more conditions; else null.
     */
    static Object narrowing(Object numerator, Object denominator) {
        if (denominator == null || Boolean.TRUE.equals(denominator)) {
            return numerator == null ? Boolean.TRUE : numerator;
        }
        if (numerator instanceof Map<?, ?> map && map.size() == 1 && map.get("and") instanceof List<?> parts
                && parts.contains(denominator)) {
            List<Object> rest = new ArrayList<>(parts);
            rest.remove(denominator);
            return rest.isEmpty() ? Boolean.TRUE : rest.size() == 1 ? rest.get(0) : Map.of("and", rest);
        }
        return null;
    }

    /** A grouped count over the rows matching {@code where}, the select-list parameters first. */
    private static SqlCondition grouped(Fact fact, IndicatorModel.Measure first, Dimension by, Integer year,
            List<String> counts, List<Object> selectParameters, SqlCondition where, String key) {
        List<Object> parameters = new ArrayList<>(selectParameters);
        StringBuilder condition = new StringBuilder(where.sql());
        parameters.addAll(where.parameters());
        if (year != null) {
            condition.insert(0, '(').append(") AND ").append(first.dateExpression()).append(" BETWEEN ? AND ?");
            parameters.add(java.sql.Date.valueOf(year + "-01-01"));
            parameters.add(java.sql.Date.valueOf(year + "-12-31"));
        }
        if (key.startsWith("(")) {
            List<String> derived = new ArrayList<>();
            List<String> outer = new ArrayList<>();
            for (int i = 0; i < counts.size(); i++) {
                if (counts.get(i).equals("COUNT(*)")) {
                    outer.add("COUNT(*)");
                } else {
                    derived.add(", " + counts.get(i).substring("SUM(".length(), counts.get(i).length() - 1) + " AS M" + i);
                    outer.add("SUM(T.M" + i + ")");
                }
            }
            return new SqlCondition("SELECT T.K, " + String.join(", ", outer) + " FROM (SELECT " + key + " AS K"
                    + String.join("", derived) + " FROM " + fact.from() + " WHERE " + condition + ") T GROUP BY T.K",
                    parameters);
        }
        return new SqlCondition("SELECT " + key + ", " + String.join(", ", counts) + " FROM " + fact.from() + " WHERE "
                + condition + (key.equals("''") ? "" : " GROUP BY " + key), parameters);
    }

    private static String key(IndicatorModel.Measure m, Dimension by, SqlDialect dialect) {
        if (by == null) {
            return "''";
        }
        if (by == Dimension.PERIOD) {
            return dialect.year(m.dateExpression());
        }
        String key = m.fact().dimension(by);
        if (key == null) {
            throw new ValidationException(List.of(new Violation("by", m.fact().code()
                    + " cannot be broken down by " + by.code())));
        }
        return key;
    }

    /** Counts per key: one count per measure, in order. */
    public Map<String, long[]> count(List<IndicatorModel.Measure> measures, Dimension by, Integer year) {
        SqlCondition sql = sql(measures, by, year, dialect);
        return tx.read(em -> {
            Query q = em.createNativeQuery(sql.sql());
            for (int i = 0; i < sql.parameters().size(); i++) {
                q.setParameter(i + 1, sql.parameters().get(i));
            }
            Map<String, long[]> counts = new LinkedHashMap<>();
            for (Object row : q.getResultList()) {
                Object[] cells = (Object[]) row;
                String key = cells[0] == null ? "" : String.valueOf(cells[0]);
                long[] values = counts.computeIfAbsent(key, k -> new long[measures.size()]);
                for (int i = 0; i < measures.size(); i++) {
                    values[i] += cells[i + 1] == null ? 0 : ((Number) cells[i + 1]).longValue();
                }
            }
            return counts;
        });
    }

    public Map<String, Long> count(IndicatorModel.Measure m, Dimension by, Integer year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        count(List.of(m), by, year).forEach((k, v) -> counts.put(k, v[0]));
        return counts;
    }

    @Override
    public Map<String, Long> count(String fact, Object filter, Dimension by, Integer year) {
        IndicatorModel.Measure m;
        try {
            m = IndicatorCompiler.measure(Map.of("fact", fact, "filter", filter == null ? true : filter), "count");
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new Violation("filter", e.getMessage())));
        }
        return count(m, by, year);
    }
}
