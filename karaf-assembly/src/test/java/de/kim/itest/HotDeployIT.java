package de.kim.itest;

import static de.kim.itest.Api.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/**
 * 100 deploy/undeploy cycles of the Hallenberg extension (its jar into and out of {@code deploy/})
 * while other clients read and write: no request fails, every submission made while it was deployed
 * is still there, no bundle class loader is left behind, the heap after full collections does not keep
 * growing (within 10 % of before, or no longer growing in the second half of the cycles) and the log has no
 * error. Prints the figures.
 */
public class HotDeployIT {
    private static final int CYCLES = Integer.getInteger("kim.hotdeploy.cycles", 100);
    private static final String HALLENBERG = "05958020";
    private static final String FORM = "/forms/hallenberg.intake";

    @Test
    public void hundredCyclesUnderLoadFailNoRequestAndLeaveNothingBehind() throws Exception {
        try (Platform platform = Platform.unpack("hotdeploy")) {
            // Derby's page cache (16,000 pages, 64 MB, in bin/setenv) fills as the database grows with the load's
            // audit rows and would hide a leak or fake one: here it is small and full before the count. (A system
            // property in etc/system.properties does not override the -D of bin/setenv.)
            platform.javaOption("-Dderby.storage.pageCacheSize=500");
            // the yearly state export would run in the measured cycles and load its libraries (new bundle class
            // loaders, first use, not a leak): not on this platform
            Files.writeString(platform.home.resolve("etc/de.kim.export.cfg"), "state.enabled = false\n");
            platform.start();
            Api api = platform.api();
            Path jar = Paths.get(System.getProperty(KimContainer.HALLENBERG_JAR));
            Path deployed = platform.home.resolve("deploy/kim-ext-hallenberg.jar");
            String client = api.send("POST", "/clients", json("familyName", "Hotdeploy", "dateOfBirth", "1990-01-01",
                    "municipality", HALLENBERG), Api.CM).body().get("id").asText();
            long kimCase = api.send("POST", "/cases", json("clientId", client, "ownerMunicipality", HALLENBERG,
                    "caseManager", "cm.kreis", "targetGroup", "RECOGNISED_REFUGEE"), Api.CM).body().get("id").asLong();
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger requests = new AtomicInteger();
            ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
            ExecutorService load = Executors.newFixedThreadPool(3);
            for (int t = 0; t < 3; t++) {
                int thread = t;
                load.submit(() -> {
                    for (int i = 0; running.get(); i++) {
                        Api.Reply reply = thread == 0 ? update(api, client, i) : api.get(List.of("/forms", "/extensions", "/cases/" + kimCase, "/indicators",
                                        "/municipalities/" + HALLENBERG).get(i % 5));
                        requests.incrementAndGet();
                        if (reply.status() >= 300) {
                            failed.add(reply.status() + " " + reply.raw());
                        }
                    }
                });
            }
            // warm up under the same load: the first cycles load classes and fill caches once for good
            for (int i = 0; i < 5; i++) {
                cycle(api, jar, deployed, kimCase, new ArrayList<>());
            }
            long pid = Long.parseLong(Files.readString(platform.home.resolve("karaf.pid")).trim());
            long heapBefore = heapAfterFullGc(pid);
            long loadersBefore = bundleClassLoaders(pid);
            long logStart = platform.log().length();
            int requestsBefore = requests.get();
            List<Long> submissions = new ArrayList<>();
            List<Double> visible = new ArrayList<>();
            List<Double> gone = new ArrayList<>();
            long started = System.nanoTime();
            long heapMiddle = 0;
            Map<String, long[]> histogramMiddle = Map.of();
            for (int i = 0; i < CYCLES; i++) {
                double[] times = cycle(api, jar, deployed, kimCase, submissions);
                visible.add(times[0]);
                gone.add(times[1]);
                if (i == CYCLES / 2 - 1) {
                    heapMiddle = heapAfterFullGc(pid);
                    histogramMiddle = histogram(pid);
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            running.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));

            for (long submission : submissions) {
                assertEquals("submission " + submission, 200,
                        api.get("/cases/" + kimCase + "/submissions/" + submission).status());
            }
            long heapAfter = heapAfterFullGc(pid);
            System.out.println("Grown most in the second half of the cycles (instances, bytes):\n"
                    + grownMost(histogramMiddle, histogram(pid), 15));
            long loadersAfter = bundleClassLoaders(pid);
            List<String> errors = new ArrayList<>();
            try (RandomAccessFile log = new RandomAccessFile(platform.log(), "r")) {
                log.seek(logStart);
                String line;
                while ((line = log.readLine()) != null) {
                    if (line.contains("| ERROR |")) {
                        errors.add(line);
                    }
                }
            }
            visible.sort(null);
            gone.sort(null);
            int during = requests.get() - requestsBefore;
            System.out.printf(Locale.ROOT, "Hot deployment under load: %d cycles in %.0f s; deploy-to-visible median %.0f ms,"
                    + " max %.0f ms; undeploy-to-gone median %.0f ms, max %.0f ms; %d requests meanwhile, %d failed;"
                    + " %d submissions kept; heap after full GC %.1f MB before, %.1f MB half-way, %.1f MB after"
                    + " (%+.1f %%); bundle class loaders %d before, %d after; %d errors in karaf.log%n", CYCLES, seconds,
                    visible.get(visible.size() / 2), visible.get(visible.size() - 1), gone.get(gone.size() / 2),
                    gone.get(gone.size() - 1), during, failed.size(), submissions.size(), heapBefore / 1e6,
                    heapMiddle / 1e6, heapAfter / 1e6, 100.0 * (heapAfter - heapBefore) / heapBefore, loadersBefore,
                    loadersAfter, errors.size());
            assertTrue("failed requests: " + failed, failed.isEmpty());
            assertEquals(CYCLES, submissions.size());
            assertTrue("errors in karaf.log: " + errors, errors.isEmpty());
            assertTrue("bundle class loaders " + loadersBefore + " -> " + loadersAfter, loadersAfter <= loadersBefore);
            // a leak keeps every cycle's garbage: the heap grows in the second half of the cycles as in the first.
            // Caches that fill once (Derby's, EclipseLink's, the JIT's) grow in the first half and then stop: a
            // heap above +10 % is a leak only if it still grew by more than 5 % in the second half
            assertTrue("heap " + heapBefore + " -> " + heapMiddle + " -> " + heapAfter, heapAfter <= heapBefore * 1.10
                    || heapAfter - heapMiddle <= heapBefore * 0.05);
            platform.stop();
        }
    }

    /** A write that does not grow the data: the client's phone number changes (read, then written with its version). */
    private static Api.Reply update(Api api, String client, int i) {
        Api.Reply read = api.get("/clients/" + client);
        if (read.status() != 200) {
            return read;
        }
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) read.body();
        body.remove(List.of("id", "household"));
        body.put("phone", "02984 " + i);
        return api.send("PUT", "/clients/" + client, body.toString(), Api.CM);
    }

    /** One cycle: deploy, wait for the form, submit it, undeploy, wait until it is gone; the two waits in ms. */
    private static double[] cycle(Api api, Path jar, Path deployed, long kimCase, List<Long> submissions) throws Exception {
        long t0 = System.nanoTime();
        Path temporary = deployed.resolveSibling("kim-ext-hallenberg.tmp");
        Files.copy(jar, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, deployed, StandardCopyOption.ATOMIC_MOVE);
        double visible = await(api, FORM, 200, t0);
        Api.Reply stored = api.send("POST", "/cases/" + kimCase + "/forms/hallenberg.intake", json("householdSize", 4,
                "childrenUnder6", 1, "needsChildcare", true, "mobility", "BUS", "meetingPlace", "RATHAUS"), Api.CM);
        assertEquals(stored.raw(), 201, stored.status());
        submissions.add(stored.body().get("id").asLong());
        long t1 = System.nanoTime();
        Files.delete(deployed);
        double gone = await(api, FORM, 404, t1);
        return new double[] {visible, gone};
    }

    private static double await(Api api, String path, int status, long since) throws InterruptedException {
        long deadline = since + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (api.get(path).status() == status) {
                return (System.nanoTime() - since) / 1e6;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(path + " did not answer " + status + " within 60 s");
    }

    /**
     * Bytes of heap in use after full collections (jcmd of the platform's JVM): the least of three readings, each
     * right after a full collection, since the load goes on meanwhile and one reading may catch its garbage.
     */
    private static long heapAfterFullGc(long pid) throws Exception {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            jcmd(pid, "GC.run");
            String info = jcmd(pid, "GC.heap_info");
            Matcher used = Pattern.compile("used (\\d+)K").matcher(info);
            assertTrue(info, used.find());
            least = Math.min(least, Long.parseLong(used.group(1)) * 1024);
            Thread.sleep(300);
        }
        return least;
    }

    /** Live class loaders of bundles (Felix), after a full collection. */
    private static long bundleClassLoaders(long pid) throws Exception {
        String histogram = jcmd(pid, "GC.class_histogram");
        for (String line : histogram.split("\n")) {
            if (line.endsWith("org.apache.felix.framework.BundleWiringImpl$BundleClassLoader")) {
                return Long.parseLong(line.trim().split("\\s+")[1]);
            }
        }
        return 0;
    }

    /** Instances and bytes per class of live objects (jcmd GC.class_histogram, which collects first). */
    private static Map<String, long[]> histogram(long pid) throws Exception {
        Map<String, long[]> classes = new HashMap<>();
        Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(jcmd(pid,
                "GC.class_histogram"));
        while (row.find()) {
            classes.merge(row.group(3), new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
                    (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        return classes;
    }

    private static String grownMost(Map<String, long[]> before, Map<String, long[]> after, int rows) {
        StringBuilder out = new StringBuilder();
        after.entrySet().stream().map(e -> {
            long[] b = before.getOrDefault(e.getKey(), new long[2]);
            return Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]});
        }).sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1])).limit(rows).forEach(e -> out.append(
                String.format(Locale.ROOT, "  %+9d %+12d %s%n", e.getValue()[0], e.getValue()[1], e.getKey())));
        return out.toString();
    }

    private static String jcmd(long pid, String command) throws Exception {
        Path jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
