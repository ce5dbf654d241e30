package de.kim.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Case creation through the load balancer of {@code tools/cluster/kim-cluster} (two nodes on one
 * PostgreSQL), in one run:
 * <ol>
 * <li>both nodes: creations per second through the balancer;</li>
 * <li>failover: the same load, and halfway the second node is killed ({@code kill -9} of its karaf.pid);
 * every creation the balancer acknowledged (201) is remembered;</li>
 * <li>one node: the same load through the balancer on the surviving node, the yardstick of the first phase;</li>
 * <li>every acknowledged case is read back through the balancer: none may be missing.</li>
 * </ol>
 * Usage: {@code java -jar kim-bench.jar cluster --kill-pid-file target/cluster/node2/karaf.pid [--url
 * http://127.0.0.1:8180] [--seconds 20] [--warmup 30] [--connections 16] [--user cm.kreis:kim-demo]}.
 * Targets: both nodes at least 1.6 × one node; no acknowledged write lost.
 */
final class ClusterBenchmark {
    private static final Pattern CLIENT_ID = Pattern.compile("\"id\":\"(K-[0-9A-Z]{8})\"");
    private static final Pattern CASE_ID = Pattern.compile("\"id\":(\\d+)");
    private static final String[] TOWNS = {"05958004", "05958032", "05958044", "05958040", "05958008", "05958028"};

    private final URI balancer;
    private final String auth;
    private final ThreadLocal<KeepAliveConnection> connection;
    /** Case id and client id of every acknowledged creation. */
    private final Queue<String[]> acknowledged = new ConcurrentLinkedQueue<>();

    private ClusterBenchmark(String url, String credentials) {
        this.balancer = URI.create(url);
        this.auth = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.connection = ThreadLocal.withInitial(() -> new KeepAliveConnection(balancer, auth));
    }

    static void main(String[] args) throws Exception {
        String url = RestBenchmark.option(args, "--url", "http://127.0.0.1:8180");
        int seconds = Integer.parseInt(RestBenchmark.option(args, "--seconds", "20"));
        int warmup = Integer.parseInt(RestBenchmark.option(args, "--warmup", "30"));
        int connections = Integer.parseInt(RestBenchmark.option(args, "--connections", "16"));
        Path pidFile = Path.of(RestBenchmark.option(args, "--kill-pid-file", "target/cluster/node2/karaf.pid"));
        ClusterBenchmark bench = new ClusterBenchmark(url, RestBenchmark.option(args, "--user", "cm.kreis:kim-demo"));
        System.out.printf(Locale.ROOT, "KIM cluster benchmark through %s: %d connections, %d s per phase%n", url,
                connections, seconds);
        bench.load("warm-up", connections, warmup, -1, null);
        bench.acknowledged.clear();
        Phase both = bench.load("both nodes", connections, seconds, -1, null);
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        Phase failover = bench.load("failover", connections, seconds, seconds / 2, () -> kill(pid));
        Phase one = bench.load("one node", connections, seconds, -1, null);
        long missing = bench.missing();
        both.print();
        failover.print();
        one.print();
        System.out.printf(Locale.ROOT, "two nodes : one node = %.2f (target >= 1.6)%n", both.perSecond() / one.perSecond());
        System.out.printf(Locale.ROOT, "acknowledged creations read back through the balancer: %d, missing %d (target 0)%n",
                bench.acknowledged.size(), missing);
    }

    private static void kill(long pid) {
        ProcessHandle.of(pid).ifPresentOrElse(p -> {
            p.destroyForcibly();
            System.out.printf(Locale.ROOT, "  killed the node's process %d%n", pid);
        }, () -> System.out.printf(Locale.ROOT, "  no process %d to kill%n", pid));
    }

    /** Creates clients and cases on every connection for {@code seconds}; at {@code eventAt} s runs {@code event}. */
    private Phase load(String name, int connections, int seconds, int eventAt, Runnable event) throws InterruptedException {
        AtomicLong created = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastFailure = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        acknowledged.add(createClientAndCase());
                        created.incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        lastFailure.set(System.nanoTime());
                        connection.get().close();
                    }
                }
            }, "cluster-" + name + "-" + i);
            threads.add(t);
            t.start();
        }
        if (event != null) {
            Thread.sleep(eventAt * 1000L);
            event.run();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double failingFor = lastFailure.get() == 0 || event == null ? 0
                : Math.max(0, (lastFailure.get() - start) / 1e9 - eventAt);
        return new Phase(name, created.get(), failed.get(), elapsed, failingFor);
    }

    /** A client and its case; the case's and client's ids once both were acknowledged. */
    private String[] createClientAndCase() throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String town = TOWNS[r.nextInt(TOWNS.length)];
        KeepAliveConnection.Response client = connection.get().post("/api/v1/clients", "{\"familyName\":\"Cluster\","
                + "\"givenNames\":\"Probe\",\"dateOfBirth\":\"19" + (50 + r.nextInt(50)) + "-0" + (1 + r.nextInt(9))
                + "-1" + r.nextInt(9) + "\",\"municipality\":\"" + town + "\"}");
        Matcher clientId = CLIENT_ID.matcher(client.body());
        if (client.status() != 201 || !clientId.find()) {
            throw new IllegalStateException("client not created: " + client.status());
        }
        KeepAliveConnection.Response kimCase = connection.get().post("/api/v1/cases", "{\"clientId\":\"" + clientId.group(1)
                + "\",\"ownerMunicipality\":\"" + town + "\",\"caseManager\":\"cm.kreis\",\"targetGroup\":\"OTHER\"}");
        Matcher caseId = CASE_ID.matcher(kimCase.body());
        if (kimCase.status() != 201 || !caseId.find()) {
            throw new IllegalStateException("case not created: " + kimCase.status());
        }
        return new String[] {caseId.group(1), clientId.group(1)};
    }

    /** How many acknowledged cases the balancer does not return with their client. */
    private long missing() throws Exception {
        long missing = 0;
        for (String[] ack : acknowledged) {
            KeepAliveConnection.Response r = connection.get().get("/api/v1/cases/" + ack[0]);
            if (r.status() != 200 || !r.body().contains("\"" + ack[1] + "\"")) {
                missing++;
                if (missing <= 5) {
                    System.out.printf(Locale.ROOT, "  case %s of client %s: %d%n", ack[0], ack[1], r.status());
                }
            }
        }
        return missing;
    }

    private record Phase(String name, long created, long failed, double seconds, double failingFor) {
        double perSecond() {
            return created / seconds;
        }

        void print() {
            System.out.printf(Locale.ROOT, "%s: %d clients with a case in %.1f s = %.0f/s (%.0f requests/s), %d failed%s%n",
                    name, created, seconds, perSecond(), 2 * perSecond(), failed,
                    failingFor > 0 ? String.format(Locale.ROOT, ", the last %.1f s after the kill", failingFor) : "");
        }
    }
}
