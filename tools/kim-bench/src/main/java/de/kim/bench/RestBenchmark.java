package de.kim.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load benchmark of a running KIM platform over REST. Prints figures; asserts nothing.
 *
 * <ol>
 * <li>baseline: N connections GET a trivial resource (no database) for a fixed time;</li>
 * <li>creation: the same connections create a client and a case for it, again and again, as long;</li>
 * <li>search: tops the database up to a number of clients, then times searches by name fragment, and the
 * searches the workspace sends while a name is typed letter by letter, against a trivial GET.</li>
 * </ol>
 * Usage: {@code java -jar kim-bench.jar [--url U] [--seconds S] [--warmup S] [--connections N] [--clients C]
 * [--user U:P]}. The warm-up (default 40 s) lets the server's JIT compile the write path first.
 * {@code kim-bench.jar search [--clients C]} runs only the searches.
 * {@code kim-bench.jar audit --karaf DIR} measures the cost of the audit trail instead (see {@link #auditCost}),
 * {@code kim-bench.jar cluster} two nodes against one behind the load balancer (see {@link ClusterBenchmark}).
 */
public final class RestBenchmark {
    private static final String[] FAMILY = {"Haddad", "Müller", "Yılmaz", "Kovalenko", "Nowak", "Rahimi", "Jallow",
        "Krasniqi", "Schmidt", "Bondarenko", "Al-Hassan", "Özdemir", "Kaya", "Popescu", "Ahmadi", "Schneider",
        "Fischer", "Weber", "Mohammadi", "Hosseini", "Osmani", "Berisha", "Ivanova", "Petrenko", "Tesfaye"};
    private static final String[] GIVEN = {"Amira", "Yusuf", "Lina", "Olena", "Iryna", "Bakary", "Ahmad", "Besim",
        "Mehmet", "Andrzej", "Fatima", "Omar", "Sara", "Daria", "Ali", "Maryam", "Ivan", "Elif", "Hana", "Noor"};
    private static final String[] TOWNS = {"05958004", "05958008", "05958012", "05958016", "05958020", "05958024",
        "05958028", "05958032", "05958036", "05958040", "05958044", "05958048"};
    private static final Pattern ID = Pattern.compile("\"id\":\"(K-[0-9A-Z]{8})\"");

    private final URI server;
    private final String base = "/api/v1";
    private final String auth;
    /** One keep-alive connection per load thread. */
    private final ThreadLocal<KeepAliveConnection> connection;

    private RestBenchmark(String url, String credentials) {
        this.server = URI.create(url);
        this.auth = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.connection = ThreadLocal.withInitial(() -> new KeepAliveConnection(server, auth));
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("deploy")) {
            DeployBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("encryption")) {
            EncryptionBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("search")) {
            searchOnly(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("cluster")) {
            ClusterBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("slow")) {
            SlowClientBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("audit")) {
            auditCost(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        String url = option(args, "--url", "http://localhost:8181");
        int seconds = Integer.parseInt(option(args, "--seconds", "20"));
        int connections = Integer.parseInt(option(args, "--connections", "16"));
        int clients = Integer.parseInt(option(args, "--clients", "100000"));
        int warmup = Integer.parseInt(option(args, "--warmup", "40"));
        RestBenchmark bench = new RestBenchmark(url, option(args, "--user", "cm.kreis:kim-demo"));
        System.out.printf(Locale.ROOT, "KIM REST benchmark against %s: %d keep-alive connections, %d s per phase, %d processors here%n",
                url, connections, seconds, Runtime.getRuntime().availableProcessors());

        bench.run("warm-up", connections, warmup, bench::createClientAndCase);
        bench.run("warm-up", connections, Math.max(1, warmup / 3), bench::trivialGet);
        Result trivial = bench.run("GET /legal-domains", connections, seconds, bench::trivialGet);
        Result creation = bench.run("create client + case", connections, seconds, bench::createClientAndCase);
        System.out.println();
        creation.print("creations (POST /clients, POST /cases)");
        System.out.printf(Locale.ROOT, "  of which cases: %.0f/s (target >= 1500/s)%n", creation.throughput() / 2);
        trivial.print("trivial GET /legal-domains");
        System.out.printf(Locale.ROOT, "ratio creations : trivial GET = %.2f (target >= 0.50)%n%n",
                creation.throughput() / trivial.throughput());

        if (clients > 0) { // --clients 0: only the write path
            bench.topUp(clients, connections);
            bench.search(200);
            bench.typedSearch();
        }
    }

    /** Only the client searches: tops up to {@code --clients}, then the fragment and the typed-letter searches. */
    private static void searchOnly(String[] args) throws Exception {
        RestBenchmark bench = new RestBenchmark(option(args, "--url", "http://localhost:8181"),
                option(args, "--user", "cm.kreis:kim-demo"));
        bench.topUp(Integer.parseInt(option(args, "--clients", "100000")),
                Integer.parseInt(option(args, "--connections", "16")));
        for (int i = 0; i < 100; i++) {
            bench.trivialGet(new long[1], 0);
            bench.total("/clients?size=20&q=" + java.net.URLEncoder.encode(FAMILY[i % FAMILY.length].substring(0, 3),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        bench.search(200);
        bench.typedSearch();
    }

    /**
     * Create-case throughput with authentication and the audit trail on, against the same build with
     * the audit trail switched off ({@code config:property-set -p de.kim.audit enabled false} through
     * {@code bin/client} of the Karaf in {@code --karaf}), in one run; the audit is switched on again at
     * the end. Target: ratio on : off at least 0.8.
     */
    private static void auditCost(String[] args) throws Exception {
        String url = option(args, "--url", "http://localhost:8181");
        int seconds = Integer.parseInt(option(args, "--seconds", "20"));
        int connections = Integer.parseInt(option(args, "--connections", "16"));
        int warmup = Integer.parseInt(option(args, "--warmup", "60"));
        java.nio.file.Path karaf = java.nio.file.Paths.get(option(args, "--karaf", "karaf-assembly/target/assembly"));
        String admin = option(args, "--admin", "admin:admin");
        RestBenchmark bench = new RestBenchmark(url, option(args, "--user", "cm.kreis:kim-demo"));
        System.out.printf(Locale.ROOT, "KIM audit cost against %s: %d connections, %d s per phase%n", url, connections,
                seconds);
        bench.run("warm-up", connections, warmup, bench::createClientAndCase);
        // on-off, off-on, on-off, …: a drift (JIT, a growing database) burdens both modes alike
        int rounds = Integer.parseInt(option(args, "--rounds", "3"));
        double on = 0;
        double off = 0;
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Result withAudit = null;
            Result without = null;
            for (boolean audited : round % 2 == 1 ? new boolean[] {true, false} : new boolean[] {false, true}) {
                if (audited) {
                    withAudit = bench.run("audit on", connections, seconds, bench::createClientAndCase);
                    continue;
                }
                console(karaf, admin, "config:property-set -p de.kim.audit enabled false");
                Thread.sleep(2000);
                try {
                    without = bench.run("audit off", connections, seconds, bench::createClientAndCase);
                } finally {
                    console(karaf, admin, "config:property-set -p de.kim.audit enabled true");
                    Thread.sleep(2000);
                }
            }
            withAudit.print("round " + round + ", authentication and audit on");
            without.print("round " + round + ", authentication on, audit off");
            on += withAudit.throughput();
            off += without.throughput();
            ratios.add(withAudit.throughput() / without.throughput());
        }
        System.out.printf(Locale.ROOT, "create client + case: %.0f/s with audit, %.0f/s without%n", on / rounds,
                off / rounds);
        System.out.printf(Locale.ROOT, "ratio audit on : off = %.2f (target >= 0.80); per round %s%n", on / off,
                ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList());
    }

    /** Runs a console command through the Karaf's bin/client (stdin piped, see STACK.md). */
    private static void console(java.nio.file.Path karaf, String admin, String command) throws Exception {
        String[] user = admin.split(":", 2);
        Process p = new ProcessBuilder(karaf.resolve("bin/client").toString(), "-u", user[0], "-p", user[1], "-b")
                .redirectErrorStream(true).start();
        p.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
    }

    /** A bounded phase: each connection loops until the deadline; every request is timed. */
    private Result run(String name, int connections, int seconds, Step step) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<long[]> latencies = new ArrayList<>();
        AtomicLong requests = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            long[] own = new long[500_000];
            latencies.add(own);
            int slot = i;
            Thread t = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < deadline && n < own.length - 2) {
                    try {
                        n += step.run(own, n);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, e.toString());
                    }
                }
                own[own.length - 1] = n;
                requests.addAndGet(n);
            }, "bench-" + name + "-" + slot);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long total = requests.get();
        long[] all = new long[(int) total];
        int k = 0;
        for (long[] own : latencies) {
            int n = (int) own[own.length - 1];
            System.arraycopy(own, 0, all, k, n);
            k += n;
        }
        java.util.Arrays.sort(all);
        if (firstFailure.get() != null) {
            System.out.println(name + ": " + failures.get() + " requests failed, the first with " + firstFailure.get());
        }
        return new Result(total, failures.get(), elapsed, all);
    }

    private int createClientAndCase(long[] latencies, int n) throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String town = TOWNS[r.nextInt(TOWNS.length)];
        long t0 = System.nanoTime();
        KeepAliveConnection.Response client = post("/clients", "{\"familyName\":\"" + FAMILY[r.nextInt(FAMILY.length)]
                + "\",\"givenNames\":\"" + GIVEN[r.nextInt(GIVEN.length)] + "\",\"dateOfBirth\":\""
                + (1950 + r.nextInt(60)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9) + "\",\"municipality\":\""
                + town + "\"}");
        long t1 = System.nanoTime();
        latencies[n] = t1 - t0;
        Matcher id = ID.matcher(client.body());
        if (client.status() != 201 || !id.find()) {
            throw new IllegalStateException("client not created: " + client.status());
        }
        KeepAliveConnection.Response kimCase = post("/cases", "{\"clientId\":\"" + id.group(1) + "\",\"ownerMunicipality\":\""
                + town + "\",\"caseManager\":\"cm.kreis\",\"targetGroup\":\"OTHER\"}");
        latencies[n + 1] = System.nanoTime() - t1;
        if (kimCase.status() != 201) {
            throw new IllegalStateException("case not created: " + kimCase.status());
        }
        return 2;
    }

    private int trivialGet(long[] latencies, int n) throws Exception {
        long t0 = System.nanoTime();
        KeepAliveConnection.Response response = connection.get().get(base + "/legal-domains");
        latencies[n] = System.nanoTime() - t0;
        if (response.status() != 200) {
            throw new IllegalStateException("GET failed: " + response.status());
        }
        return 1;
    }

    private void topUp(int target, int connections) throws Exception {
        long have = total("/clients?size=1");
        if (have >= target || capped("/clients?size=1")) {
            System.out.printf(Locale.ROOT, "database holds %s clients (>= %d)%n", clients(), target);
            return;
        }
        long missing = target - have;
        System.out.printf(Locale.ROOT, "creating %d clients to reach %d ...%n", missing, target);
        AtomicLong left = new AtomicLong(missing);
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < connections; i++) {
            Thread t = new Thread(() -> {
                long[] ignored = new long[2];
                while (left.decrementAndGet() >= 0) {
                    try {
                        createClientOnly(ignored);
                    } catch (Exception e) {
                        left.incrementAndGet();
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf(Locale.ROOT, "  done in %.1f s; database holds %s clients%n",
                (System.nanoTime() - started) / 1e9, clients());
    }

    private void createClientOnly(long[] latencies) throws Exception {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        KeepAliveConnection.Response client = post("/clients", "{\"familyName\":\"" + FAMILY[r.nextInt(FAMILY.length)]
                + "\",\"givenNames\":\"" + GIVEN[r.nextInt(GIVEN.length)] + "\",\"dateOfBirth\":\"19"
                + (50 + r.nextInt(50)) + "-0" + (1 + r.nextInt(9)) + "-2" + r.nextInt(9) + "\",\"municipality\":\""
                + TOWNS[r.nextInt(TOWNS.length)] + "\"}");
        if (client.status() != 201) {
            throw new IllegalStateException("client not created: " + client.status());
        }
    }

    private void search(int count) throws Exception {
        String[] fragments = {"mul", "muel", "yilm", "kova", "now", "rahi", "jal", "kras", "schm", "bond", "hass",
            "ozd", "kay", "pope", "ahma", "schn", "fisch", "web", "moham", "hoss", "osm", "beri", "ivan", "petr",
            "tesf", "amira", "yus", "olen", "bakary", "mehm"};
        long[] times = new long[count];
        long found = 0;
        for (int i = 0; i < count; i++) {
            String q = fragments[i % fragments.length] + (i % 3 == 0 ? "%20" + GIVEN[i % GIVEN.length].substring(0, 2) : "");
            long t0 = System.nanoTime();
            found += total("/clients?size=20&q=" + q);
            times[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(times);
        System.out.printf(Locale.ROOT, "client search by name fragment over %s clients, %d searches (page of 20 + total):"
                + "%n  p50 %.1f ms, p95 %.1f ms (target < 50 ms), p99 %.1f ms, max %.1f ms; %d matches on average%n",
                clients(), count, times[count / 2] / 1e6, times[count * 95 / 100] / 1e6,
                times[count * 99 / 100] / 1e6, times[count - 1] / 1e6, found / count);
    }

    /**
     * What the workspace's person search sends while a name is typed: one query per letter (the first one
     * to six letters of a family name, page of 20 with the total). Each is followed by the trivial GET on the
     * same connection, the yardstick of this run. Target: p95 of a typed letter within 200 ms.
     */
    private void typedSearch() throws Exception {
        int rounds = 5;
        java.util.List<Long> typed = new java.util.ArrayList<>();
        java.util.List<Long> trivial = new java.util.ArrayList<>();
        java.util.Map<Integer, java.util.List<Long>> byLetters = new java.util.TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String family : FAMILY) {
                String name = java.text.Normalizer.normalize(family.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                        .replaceAll("[^a-z]", "");
                for (int letters = 1; letters <= Math.min(6, name.length()); letters++) {
                    long t0 = System.nanoTime();
                    total("/clients?size=20&q=" + name.substring(0, letters));
                    typed.add(System.nanoTime() - t0);
                    byLetters.computeIfAbsent(letters, k -> new java.util.ArrayList<>()).add(System.nanoTime() - t0);
                    long t1 = System.nanoTime();
                    trivialGet(new long[1], 0);
                    trivial.add(System.nanoTime() - t1);
                }
            }
        }
        java.util.Collections.sort(typed);
        java.util.Collections.sort(trivial);
        double typed95 = typed.get(typed.size() * 95 / 100) / 1e6;
        double trivial95 = trivial.get(trivial.size() * 95 / 100) / 1e6;
        System.out.printf(Locale.ROOT, "person search as typed (1 to 6 letters of a family name, %d queries over %s clients):"
                + "%n  p50 %.1f ms, p95 %.1f ms (target <= 200 ms), max %.1f ms"
                + "%n  yardstick trivial GET on the same connection: p50 %.1f ms, p95 %.1f ms; ratio p95 typed : trivial = %.1f%n",
                typed.size(), clients(), typed.get(typed.size() / 2) / 1e6, typed95,
                typed.get(typed.size() - 1) / 1e6, trivial.get(trivial.size() / 2) / 1e6, trivial95, typed95 / trivial95);
        byLetters.forEach((letters, times) -> {
            java.util.Collections.sort(times);
            System.out.printf(Locale.ROOT, "  %d letter%s: p50 %.1f ms, p95 %.1f ms%n", letters, letters == 1 ? "" : "s",
                    times.get(times.size() / 2) / 1e6, times.get(times.size() * 95 / 100) / 1e6);
        });
    }

    /** Whether the search stopped counting (more than its total match). */
    private boolean capped(String path) throws Exception {
        return "true".equals(connection.get().get(base + path).headers().get("x-total-count-capped"));
    }

    /** How many clients there are, as the search counts them ("more than 1000" past its limit). */
    private String clients() throws Exception {
        long total = total("/clients?size=1");
        return capped("/clients?size=1") ? "more than " + total : String.valueOf(total);
    }

    private long total(String path) throws Exception {
        KeepAliveConnection.Response response = connection.get().get(base + path);
        String total = response.headers().get("x-total-count");
        if (response.status() != 200 || total == null) {
            throw new IllegalStateException("GET " + path + ": " + response.status() + " " + response.body());
        }
        return Long.parseLong(total);
    }

    private KeepAliveConnection.Response post(String path, String json) throws Exception {
        return connection.get().post(base + path, json);
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    @FunctionalInterface
    private interface Step {
        /** Makes requests, stores their latencies from {@code n} on; how many it made. */
        int run(long[] latencies, int n) throws Exception;
    }

    private record Result(long requests, long failures, double seconds, long[] sortedNanos) {
        double throughput() {
            return requests / seconds;
        }

        void print(String name) {
            int n = sortedNanos.length;
            System.out.printf(Locale.ROOT, "%s: %d requests in %.1f s = %.0f/s, %d failed; latency p50 %.1f ms,"
                    + " p99 %.1f ms%n", name, requests, seconds, throughput(), failures,
                    n == 0 ? 0 : sortedNanos[n / 2] / 1e6, n == 0 ? 0 : sortedNanos[Math.min(n - 1, n * 99 / 100)] / 1e6);
        }
    }
}
