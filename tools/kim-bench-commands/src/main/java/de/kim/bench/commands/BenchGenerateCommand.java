package de.kim.bench.commands;

import de.kim.api.ClientService;
import de.kim.api.access.Callers;
import de.kim.api.model.ClientQuery;
import de.kim.api.model.Page;
import de.kim.shell.ConsoleCaller;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * Loads NRW-scale synthetic data: clients and cases of the seven trajectories through the bulk path
 * ({@link SyntheticCases}), timed against the target of 1,000,000 in 15 minutes; then asks the
 * platform's person search for one of them, as the logged-in user.
 */
@Service
@Command(scope = "kim", name = "bench-generate", description = "Add synthetic clients and cases of the seven"
        + " trajectories up to --cases (bulk path; for test systems only) and time it")
public final class BenchGenerateCommand implements Action {
    @Reference
    Callers callers;

    @Reference
    ClientService clients;

    @Reference(filter = "(osgi.jndi.service.name=kim)")
    DataSource dataSource;

    @Option(name = "--cases", description = "Make sure at least this many synthetic cases exist (default 1,000,000)")
    int cases = 1_000_000;

    @Option(name = "--threads", description = "Connections writing at once (default 2)")
    int threads = 2;

    @Override
    public Object execute() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            int existing = SyntheticCases.existing(c);
            if (existing >= cases) {
                System.out.printf("The database holds %,d synthetic cases already (>= %,d)%n", existing, cases);
            } else {
                long t0 = System.nanoTime();
                long rows = SyntheticCases.generate(dataSource, existing, cases - existing, threads);
                double seconds = (System.nanoTime() - t0) / 1e9;
                int added = cases - existing;
                System.out.printf("Added %,d clients with a case each in %.1f s on %d connections: %,d rows (%,.0f rows/s,"
                        + " %,.0f cases/s)%n", added, seconds, threads, rows, rows / seconds, added / seconds);
                System.out.printf("Target: 1,000,000 in at most 15 min, at this pace %.1f min (%s)%n",
                        1_000_000 / (added / seconds) / 60, 1_000_000 / (added / seconds) <= 900 ? "met" : "NOT met");
            }
            System.out.printf("Cases by trajectory's target group:%n");
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT TARGETGROUP, COUNT(*) FROM KIM_CASE"
                    + " WHERE CLIENT_ID LIKE '" + SyntheticCases.PREFIX + "%' GROUP BY TARGETGROUP ORDER BY 2 DESC")) {
                while (r.next()) {
                    System.out.printf("  %-22s %,10d%n", r.getString(1), r.getLong(2));
                }
            }
            searchCheck(c);
        }
        return null;
    }

    /** The platform's search finds the first synthetic client by its name. */
    private void searchCheck(Connection c) throws SQLException {
        String name;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT FAMILYNAME, GIVENNAMES FROM KIM_CLIENT"
                + " WHERE ID = '" + SyntheticCases.PREFIX + "0000000'")) {
            if (!r.next()) {
                return;
            }
            name = r.getString(1) + " " + r.getString(2);
        }
        try {
            Page<?> found = clients.searchClients(ConsoleCaller.of(callers), new ClientQuery(name, null, null, 0, 1));
            System.out.printf("Person search for \"%s\": %,d matches%s%n", name, found.total(),
                    found.total() > 0 ? "" : " (the search keys were NOT written as the core reads them)");
        } catch (RuntimeException e) {
            System.out.printf("Person search not checked as this user: %s%n", e.getMessage());
        }
    }
}
