package de.kim.bench.commands;

import de.kim.shell.ConsoleCaller;
import de.kim.api.access.AuditTrail;
import de.kim.api.access.Callers;
import de.kim.api.access.ChainVerification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Benchmark of the audit chain check: fills the audit trail up to {@code --rows} rows (copies of the
 * rows there, user {@code bench}: test systems only), lets the sealer link them, then times
 * {@code kim:audit-verify}'s check against a plain read of the same columns (the yardstick).
 */
@Service
@Command(scope = "kim", name = "bench-audit", description = "Time the audit chain check over many rows (test systems only)")
public final class AuditBenchCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    AuditTrail audit;

    @Reference(filter = "(osgi.jndi.service.name=kim)")
    DataSource data;

    @Option(name = "--rows", description = "Rows in the audit trail to check (default 1,000,000)")
    long rows = 1_000_000;

    @Option(name = "--rounds", description = "Timed rounds; the median is printed (default 3)")
    int rounds = 3;

    @Override
    public Object execute() throws Exception {
        var caller = ConsoleCaller.of(callers);
        long now = count();
        while (now < rows) {
            try (Connection db = data.getConnection(); Statement s = db.createStatement()) {
                // copies get negative ids below every existing one: the id sequence never reaches them
                long largest;
                try (ResultSet r = s.executeQuery("SELECT MAX(ABS(ID)) FROM KIM_AUDIT")) {
                    r.next();
                    largest = r.getLong(1);
                }
                s.executeUpdate("INSERT INTO KIM_AUDIT (ID, AT_MILLIS, USER_NAME, ROLE_NAME, OFFICE_ID, SCOPE, ACTION_NAME,"
                        + " CLIENT_ID, CASE_ID, PURPOSE, OUTCOME, DETAIL) SELECT -(ABS(ID) + " + (largest + 1) + "),"
                        + " AT_MILLIS, 'bench', ROLE_NAME, OFFICE_ID, SCOPE, ACTION_NAME, CLIENT_ID, CASE_ID, PURPOSE,"
                        + " OUTCOME, DETAIL FROM KIM_AUDIT FETCH FIRST " + Math.min(now, rows - now) + " ROWS ONLY");
            }
            now = count();
            System.out.println("  " + now + " rows");
        }
        long sealStart = System.nanoTime();
        int sealed = audit.seal();
        System.out.printf("sealed %,d rows in %.1f s%n", sealed, (System.nanoTime() - sealStart) / 1e9);
        List<Long> verify = new ArrayList<>();
        List<Long> read = new ArrayList<>();
        ChainVerification last = null;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            last = audit.verify(caller, n -> { });
            verify.add(System.nanoTime() - start);
            start = System.nanoTime();
            plainRead(i == rounds - 1);
            read.add(System.nanoTime() - start);
        }
        double v = median(verify) / 1e9;
        double r = median(read) / 1e9;
        System.out.printf("kim:audit-verify over %,d rows: %.2f s (target ≤ 10 s), chain %s%n", last.checked(), v,
                last.intact() ? "intact" : "BROKEN: " + last.problem());
        System.out.printf("yardstick, reading the same columns without hashing: %.2f s; ratio %.2f%n", r, v / r);
        return null;
    }

    private long count() throws Exception {
        try (Connection db = data.getConnection(); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM KIM_AUDIT")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The reads of the check without hashing: the rows and their links in id order, the links in chain order. */
    private void plainRead(boolean verbose) throws Exception {
        long n = 0;
        try (Connection db = data.getConnection(); Statement s = db.createStatement()) {
            for (String sql : List.of("SELECT ID, AT_MILLIS, USER_NAME, ROLE_NAME, OFFICE_ID, SCOPE, ACTION_NAME,"
                    + " CLIENT_ID, CASE_ID, PURPOSE, OUTCOME, DETAIL FROM KIM_AUDIT ORDER BY ID",
                    "SELECT AUDIT_ID, SEAL, PREVIOUS_HASH, HASH FROM KIM_AUDIT_CHAIN ORDER BY AUDIT_ID",
                    "SELECT SEAL, AUDIT_ID, PREVIOUS_HASH, HASH FROM KIM_AUDIT_CHAIN ORDER BY SEAL")) {
                long start = System.nanoTime();
                try (ResultSet r = s.executeQuery(sql)) {
                    int width = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= width; i++) {
                            n += r.getObject(i) == null ? 0 : 1;
                        }
                    }
                }
                if (verbose) {
                    System.out.printf("  %.2f s: %s%n", (System.nanoTime() - start) / 1e9, sql);
                }
            }
        }
        if (n < 0) {
            throw new IllegalStateException();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
