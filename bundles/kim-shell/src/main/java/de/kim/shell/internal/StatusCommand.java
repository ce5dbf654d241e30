package de.kim.shell.internal;

import de.kim.api.PlatformStatusService;
import de.kim.api.model.PlatformStatus;
import de.kim.api.operations.HealthCheck;
import de.kim.api.operations.HealthState;
import de.kim.api.operations.Metrics;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "kim", name = "status",
        description = "Show version, database, readiness checks and the platform's metrics (requests per route, pool, backlogs)")
public final class StatusCommand implements Action {
    @Reference
    PlatformStatusService platform;

    @Reference
    HealthCheck health;

    @Reference(optional = true)
    Metrics metrics;

    @Option(name = "--metrics", description = "print every metric in the Prometheus text format (as GET /api/v1/metrics)")
    boolean all;

    @Override
    public Object execute() {
        if (all) {
            System.out.print(metrics == null ? "the REST API (kim-rest) is not installed: no metrics\n" : metrics.prometheusText());
            return null;
        }
        PlatformStatus status = platform.status();
        System.out.println("KIM Platform " + status.version());
        System.out.println("Database:       " + status.databaseUrl());
        System.out.println("Database size:  " + (status.databaseSizeBytes() < 0 ? "unknown"
                : String.format("%.1f MB", status.databaseSizeBytes() / 1_048_576.0)));
        status.counts().forEach((kind, count) -> System.out.printf("%-16s%d%n", kind + ":", count));
        List<HealthState> checks = health.check();
        System.out.println("Ready:          " + (checks.stream().allMatch(HealthState::up) ? "yes" : "NO"));
        checks.forEach(c -> System.out.printf("  %-14s%-5s %s%n", c.name(), c.up() ? "up" : "DOWN", c.detail()));
        if (metrics != null) {
            print(metrics.prometheusText());
        }
        return null;
    }

    /** The platform's own figures and the requests per route, summed from the Prometheus text. */
    private static void print(String text) {
        Map<String, double[]> routes = new TreeMap<>();
        System.out.println("Figures:");
        for (String line : text.split("\n")) {
            if (line.startsWith("kim_http_request_duration_seconds_count{")) {
                String labels = line.substring(line.indexOf('{') + 1, line.lastIndexOf('}'));
                Map<String, String> l = new TreeMap<>();
                Arrays.stream(labels.split("\",")).forEach(p -> {
                    String[] kv = p.split("=\"", 2);
                    l.put(kv[0], kv.length > 1 ? kv[1].replace("\"", "") : "");
                });
                double count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                routes.computeIfAbsent(l.get("method") + " " + l.get("route"), k -> new double[2])[0] += count;
                if (l.getOrDefault("status", "").startsWith("5")) {
                    routes.get(l.get("method") + " " + l.get("route"))[1] += count;
                }
            } else if (line.startsWith("kim_") && !line.startsWith("kim_http")) {
                String[] parts = line.split(" ");
                System.out.printf("  %-34s%s%n", parts[0], parts[parts.length - 1]);
            }
        }
        if (!routes.isEmpty()) {
            System.out.println("Requests since the start (route: count, 5xx):");
            routes.forEach((route, c) -> System.out.printf("  %-52s%8.0f %5.0f%n", route, c[0], c[1]));
        }
    }
}
