package de.kim.bench.commands;

import de.kim.shell.ConsoleCaller;
import de.kim.api.IndicatorService;
import de.kim.api.model.Dimension;
import de.kim.api.model.IndicatorValues;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * Benchmark: every standard indicator by municipality through the platform, next to one hand-written
 * SQL query per indicator on the same database; prints the times and whether the counts agree.
 */
@Service
@Command(scope = "kim", name = "bench-indicators",
        description = "Benchmark the standard indicators by municipality against hand-written SQL (adds synthetic"
                + " BENCH cases with --cases; for test systems only)")
public final class BenchIndicatorsCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    IndicatorService indicators;

    @Reference(filter = "(osgi.jndi.service.name=kim)")
    DataSource dataSource;

    @Option(name = "--cases", description = "Make sure at least this many synthetic cases exist (default 0: use what is there)")
    int cases;

    @Option(name = "--rounds", description = "Timed rounds after one warm-up round (default 5)")
    int rounds = 5;

    @Override
    public Object execute() throws Exception {
        Caller caller = ConsoleCaller.of(callers);
        SyntheticCases.ensure(dataSource, cases);
        Map<String, String> sql;
        long total;
        try (Connection c = dataSource.getConnection()) {
            total = count(c, "SELECT COUNT(*) FROM KIM_CASE");
            System.out.printf("Cases in the database (%s): %,d%n", c.getMetaData().getDatabaseProductName(), total);
            sql = HandWrittenIndicators.queries(c);
        }
        Map<String, double[]> platform = new HashMap<>();
        Map<String, double[]> handWritten = new HashMap<>();
        Map<String, Boolean> agree = new HashMap<>();
        for (int round = 0; round <= rounds; round++) {
            for (Map.Entry<String, String> q : sql.entrySet()) {
                long t0 = System.nanoTime();
                IndicatorValues values = indicators.values(caller, q.getKey(), Dimension.MUNICIPALITY, null);
                long t1 = System.nanoTime();
                Map<String, long[]> expected = run(q.getValue());
                long t2 = System.nanoTime();
                if (round > 0) {
                    platform.computeIfAbsent(q.getKey(), k -> new double[rounds])[round - 1] = (t1 - t0) / 1e6;
                    handWritten.computeIfAbsent(q.getKey(), k -> new double[rounds])[round - 1] = (t2 - t1) / 1e6;
                } else {
                    agree.put(q.getKey(), same(values, expected));
                }
            }
        }
        ShellTable table = new ShellTable();
        table.column("Indicator");
        table.column("Platform ms").alignRight();
        table.column("SQL ms").alignRight();
        table.column("Ratio").alignRight();
        table.column("Counts agree");
        double sumPlatform = 0;
        double sumSql = 0;
        for (String id : sql.keySet()) {
            double p = median(platform.get(id));
            double s = median(handWritten.get(id));
            sumPlatform += p;
            sumSql += s;
            table.addRow().addContent(id, String.format("%.1f", p), String.format("%.1f", s), String.format("%.2f", p / s),
                    agree.get(id) ? "yes" : "NO");
        }
        table.addRow().addContent("all " + sql.size() + " (sum of medians)", String.format("%.1f", sumPlatform),
                String.format("%.1f", sumSql), String.format("%.2f", sumPlatform / sumSql), "");
        table.print(System.out);
        if (total >= 1_000_000) {
            System.out.printf("Targets over 1,000,000 cases: all indicators within 2,000 ms (%s), at most 1.2x"
                    + " hand-written SQL (%s)%n", sumPlatform <= 2000 ? "met" : "NOT met",
                    sumPlatform <= 1.2 * sumSql ? "met" : "NOT met");
        } else {
            System.out.printf("Targets: all indicators under 1,000 ms (%s), at most 1.5x hand-written SQL (%s)%n",
                    sumPlatform < 1000 ? "met" : "NOT met", sumPlatform <= 1.5 * sumSql ? "met" : "NOT met");
        }
        return null;
    }

    private Map<String, long[]> run(String query) throws SQLException {
        Map<String, long[]> rows = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                long[] counts = new long[columns - 1];
                for (int i = 2; i <= columns; i++) {
                    counts[i - 2] = r.getLong(i);
                }
                rows.put(r.getString(1), counts);
            }
        }
        return rows;
    }

    /** Whether every cell the platform shows has the hand-written query's counts. */
    private static boolean same(IndicatorValues values, Map<String, long[]> expected) {
        for (IndicatorValues.Row row : values.rows()) {
            if (row.suppressed()) {
                continue;
            }
            long[] e = expected.getOrDefault(row.key(), new long[] {0, 0});
            List<Long> shown = new ArrayList<>();
            shown.add(row.numerator());
            if (row.denominator() != null) {
                shown.add(row.denominator());
            }
            List<Long> wanted = Arrays.stream(e).boxed().limit(shown.size()).toList();
            if (!Objects.equals(shown, wanted) && !(row.numerator() == 0 && !expected.containsKey(row.key()))) {
                System.out.println("  " + values.indicatorId() + " " + row.key() + ": platform " + shown + ", SQL " + wanted);
                return false;
            }
        }
        return true;
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long count(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
