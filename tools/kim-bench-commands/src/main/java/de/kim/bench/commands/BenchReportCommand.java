package de.kim.bench.commands;

import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import de.kim.api.steering.EvaluationReport;
import de.kim.shell.ConsoleCaller;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Benchmark: the evaluation report (PDF) over many cases, next to a yardstick measured in the same run: the
 * hand-written SQL of every standard indicator by municipality (what the report's charts show at the least).
 */
@Service
@Command(scope = "kim", name = "bench-report", description = "Benchmark the evaluation report against the plain SQL of"
        + " its indicators (adds synthetic BENCH cases with --cases; for test systems only)")
public final class BenchReportCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    EvaluationReport report;

    @Reference(filter = "(osgi.jndi.service.name=kim)")
    DataSource dataSource;

    @Option(name = "--cases", description = "Make sure at least this many synthetic cases exist (default 0: use what is there)")
    int cases;

    @Option(name = "--rounds", description = "Timed rounds after one warm-up round (default 3)")
    int rounds = 3;

    @Option(name = "--period", description = "The report's year (default 2025)")
    int period = 2025;

    @Override
    public Object execute() throws Exception {
        Caller caller = ConsoleCaller.of(callers);
        long total;
        Map<String, String> sql;
        SyntheticCases.ensure(dataSource, cases);
        try (Connection c = dataSource.getConnection()) {
            sql = HandWrittenIndicators.queries(c);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM KIM_CASE")) {
                r.next();
                total = r.getLong(1);
            }
        }
        System.out.printf("Cases in the database: %,d%n", total);

        double[] reportMs = new double[rounds];
        double[] sqlMs = new double[rounds];
        int bytes = 0;
        for (int round = 0; round <= rounds; round++) {
            long t0 = System.nanoTime();
            bytes = report.render(caller, period, EvaluationReport.Format.PDF, EvaluationReport.Progress.none()).length;
            long t1 = System.nanoTime();
            for (String query : sql.values()) {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                        ResultSet r = s.executeQuery(query)) {
                    while (r.next()) {
                        r.getLong(2);
                    }
                }
            }
            long t2 = System.nanoTime();
            System.out.printf("  round %d%s: report %,.0f ms (%,d bytes), yardstick %,.0f ms%n", round,
                    round == 0 ? " (warm-up)" : "", (t1 - t0) / 1e6, bytes, (t2 - t1) / 1e6);
            if (round > 0) {
                reportMs[round - 1] = (t1 - t0) / 1e6;
                sqlMs[round - 1] = (t2 - t1) / 1e6;
            }
        }
        double r = median(reportMs);
        double y = median(sqlMs);
        System.out.printf("Evaluation report %d (PDF) over %,d cases: median %,.0f ms; yardstick (hand-written SQL of the"
                + " %d indicators by municipality) %,.0f ms; ratio %.1f%n", period, total, r, sql.size(), y, r / y);
        System.out.printf("Target: report of 1,000,000 cases within 30 s (%s)%n",
                total >= 1_000_000 ? (r <= 30_000 ? "met" : "NOT met") : "not measured: fewer than 1,000,000 cases");
        return null;
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
