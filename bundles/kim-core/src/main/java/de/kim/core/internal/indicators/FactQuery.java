package de.kim.core.internal.indicators;

import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Dimension;
import de.kim.api.spi.FactCounts;
import de.kim.core.internal.logic.SqlCondition;
import de.kim.core.internal.persistence.Transactions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.Query;

/**
 * Counts facts in the database: one {@code SELECT key, COUNT(*) … GROUP BY key} per measure.
 */
public final class FactQuery implements FactCounts {
    private final Transactions tx;

    public FactQuery(Transactions tx) {
        this.tx = tx;
    }

    /** The SQL of a count and its parameters, exposed for the benchmark and tests. */
    public static SqlCondition sql(IndicatorModel.Measure m, Dimension by, Integer year) {
        SqlCondition filter = SqlCondition.of(m.filter(), m.fact().fields());
        List<Object> parameters = new ArrayList<>(filter.parameters());
        String key;
        if (by == null) {
            key = "''";
        } else if (by == Dimension.PERIOD) {
            key = "YEAR(" + m.dateExpression() + ")";
        } else {
            key = m.fact().dimension(by);
            if (key == null) {
                throw new ValidationException(List.of(new Violation("by", m.fact().code()
                        + " cannot be broken down by " + by.code())));
            }
        }
        StringBuilder where = new StringBuilder(filter.sql());
        if (year != null) {
            where.append(" AND ").append(m.dateExpression()).append(" BETWEEN ? AND ?");
            parameters.add(java.sql.Date.valueOf(year + "-01-01"));
            parameters.add(java.sql.Date.valueOf(year + "-12-31"));
        }
        String sql = "SELECT T.K, COUNT(*) FROM (SELECT " + key + " AS K FROM " + m.fact().from() + " WHERE " + where
                + ") T GROUP BY T.K";
        return new SqlCondition(sql, parameters);
    }

    public Map<String, Long> count(IndicatorModel.Measure m, Dimension by, Integer year) {
        SqlCondition sql = sql(m, by, year);
        return tx.read(em -> {
            Query q = em.createNativeQuery(sql.sql());
            for (int i = 0; i < sql.parameters().size(); i++) {
                q.setParameter(i + 1, sql.parameters().get(i));
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Object row : q.getResultList()) {
                Object[] cells = (Object[]) row;
                counts.merge(cells[0] == null ? "" : String.valueOf(cells[0]), ((Number) cells[1]).longValue(), Long::sum);
            }
            return counts;
        });
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
