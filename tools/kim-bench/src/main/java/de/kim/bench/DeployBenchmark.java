package de.kim.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hot deployment benchmark: copies an extension jar into the running platform's {@code deploy/}
 * folder and measures how long until its form answers over REST, then deletes it and measures how
 * long until the form is gone, while a second client polls the API and counts failed requests.
 */
public final class DeployBenchmark {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String api;

    private DeployBenchmark(String url) {
        this.api = url + "/api/v1";
    }

    public static void main(String[] args) throws Exception {
        String url = RestBenchmark.option(args, "--url", "http://localhost:8181");
        Path deploy = Path.of(RestBenchmark.option(args, "--karaf", "karaf-assembly/target/assembly"), "deploy");
        Path jar = Path.of(RestBenchmark.option(args, "--jar", hallenbergJar()));
        String form = RestBenchmark.option(args, "--form", "hallenberg.intake");
        int rounds = Integer.parseInt(RestBenchmark.option(args, "--rounds", "5"));
        if (!Files.isDirectory(deploy) || !Files.isRegularFile(jar)) {
            System.err.println("need the platform's deploy folder (" + deploy + ") and the extension jar (" + jar + ")");
            System.exit(2);
        }
        new DeployBenchmark(url).run(deploy, jar, form, rounds);
    }

    private void run(Path deploy, Path jar, String form, int rounds) throws Exception {
        System.out.printf(Locale.ROOT, "Deploying %s into %s, %d rounds; watching GET /forms/%s%n", jar.getFileName(),
                deploy, rounds, form);
        if (status("/forms/" + form) == 200) {
            System.err.println("form " + form + " is already in use: remove its bundle first");
            System.exit(2);
        }
        AtomicBoolean polling = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        Thread poller = new Thread(() -> poll(polling, requests, failures), "poller");
        poller.start();
        double[] visible = new double[rounds];
        double[] gone = new double[rounds];
        Path target = deploy.resolve("kim-bench-extension.jar");
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            Files.copy(jar, target.resolveSibling("kim-bench-extension.tmp"), StandardCopyOption.REPLACE_EXISTING);
            Files.move(target.resolveSibling("kim-bench-extension.tmp"), target, StandardCopyOption.ATOMIC_MOVE);
            visible[round] = await("/forms/" + form, 200, t0);
            Thread.sleep(1500);
            long t1 = System.nanoTime();
            Files.delete(target);
            gone[round] = await("/forms/" + form, 404, t1);
            System.out.printf(Locale.ROOT, "round %d: visible after %4.0f ms, gone after %4.0f ms%n", round + 1,
                    visible[round], gone[round]);
            Thread.sleep(1500);
        }
        polling.set(false);
        poller.join();
        System.out.printf(Locale.ROOT, "deploy-to-visible: median %.0f ms, max %.0f ms%n", median(visible), max(visible));
        System.out.printf(Locale.ROOT, "undeploy-to-gone:  median %.0f ms, max %.0f ms%n", median(gone), max(gone));
        System.out.printf(Locale.ROOT, "polling client: %d requests, %d failed (target: none failed)%n", requests.get(),
                failures.get());
        System.out.printf(Locale.ROOT, "target under 2,000 ms: %s%n",
                max(visible) < 2000 && max(gone) < 2000 && failures.get() == 0 ? "met" : "NOT met");
    }

    /** Meanwhile another client keeps using the API; any answer but 200 counts as a failure. */
    private void poll(AtomicBoolean polling, AtomicLong requests, AtomicLong failures) {
        List<String> paths = List.of("/forms", "/municipalities/05958020", "/indicators", "/extensions");
        int i = 0;
        while (polling.get()) {
            requests.incrementAndGet();
            try {
                if (status(paths.get(i++ % paths.size())) != 200) {
                    failures.incrementAndGet();
                }
            } catch (IOException | InterruptedException e) {
                failures.incrementAndGet();
            }
        }
    }

    private double await(String path, int expected, long since) throws IOException, InterruptedException {
        long deadline = since + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (status(path) == expected) {
                return (System.nanoTime() - since) / 1e6;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(path + " did not answer " + expected + " within 60 s");
    }

    private int status(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String hallenbergJar() {
        File[] jars = new File("bundles/ext-hallenberg/target").listFiles((d, n) -> n.startsWith("kim-ext-hallenberg-")
                && n.endsWith(".jar"));
        return jars == null || jars.length == 0 ? "bundles/ext-hallenberg/target/kim-ext-hallenberg.jar"
                : jars[0].getPath();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
