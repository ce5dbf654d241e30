package de.kim.itest;

import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The platform as an operator runs it: the assembly unpacked into a folder of its own and started
 * with {@code bin/karaf server} as a separate process, on free ports. It can be killed with
 * {@code kill -9}, stopped with {@code bin/stop} and started again on the same folder.
 */
final class Platform implements AutoCloseable {
    final Path home;
    final int http;
    private Process process;
    private final List<String> javaOptions = new java.util.ArrayList<>();

    private Platform(Path home, int http) {
        this.home = home;
        this.http = http;
    }

    /** Unpacks the assembly built by this module into target/platforms/NAME-…. */
    static Platform unpack(String name) throws IOException, InterruptedException {
        Path archive = Paths.get(System.getProperty("kim.assembly"));
        Path home = Paths.get(System.getProperty("kim.exam.dir")).getParent().resolve("platforms")
                .resolve(name + "-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(home);
        run(home, "tar", "xzf", archive.toString(), "-C", home.toString(), "--strip-components=1");
        int http = KimContainer.freePort();
        set(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(http));
        set(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(KimContainer.freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(KimContainer.freePort()));
        set(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(KimContainer.freePort()));
        set(home.resolve("etc/de.kim.rest.cfg"), "lockout.address.attempts", "100000");
        set(home.resolve("etc/de.kim.demo.cfg"), "demo.history", "false"); // as in KimContainer
        return new Platform(home, http);
    }

    /** Sets {@code key} in the file {@code etc/NAME} of the platform, before it starts. */
    void configure(String name, String key, String value) throws IOException {
        set(home.resolve("etc").resolve(name), key, value);
    }

    /** Sets a JVM system property of the platform (etc/system.properties), before it starts. */
    void systemProperty(String key, String value) throws IOException {
        set(home.resolve("etc/system.properties"), key, value);
    }

    /**
     * Adds a JVM option for the platform's next start (EXTRA_JAVA_OPTS, which bin/setenv puts last, so that it
     * overrides the assembly's own options).
     */
    void javaOption(String option) {
        javaOptions.add(option);
    }

    Api api() {
        return new Api("http://localhost:" + http + "/api/v1");
    }

    /** Starts the platform and waits until it is ready (GET /health/ready answers 200). */
    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().remove("KARAF_DEBUG");
        builder.environment().put("EXTRA_JAVA_OPTS", String.join(" ", javaOptions));
        process = builder.start();
        awaitReady();
    }

    void awaitReady() {
        Api api = api();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the platform exited with " + process.exitValue() + "; see " + home.resolve("console.log"));
            }
            try {
                Api.Reply ready = api.get("/health/ready");
                if (ready.status() == 200) {
                    return;
                }
                last = ready.status() + " " + ready.raw();
            } catch (AssertionError e) {
                last = e.getMessage();
            }
            sleep(250);
        }
        fail("the platform was not ready within 120 s; last answer: " + last);
    }

    /** kill -9 of the platform's JVM: no shutdown hook, no flush, nothing. */
    void kill() throws IOException {
        long pid = Long.parseLong(Files.readString(home.resolve("karaf.pid")).trim());
        ProcessHandle jvm = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no process " + pid));
        jvm.destroyForcibly();
        jvm.onExit().join();
        process.destroyForcibly();
        waitFor();
    }

    /** bin/stop, and wait until the process has ended. */
    void stop() throws IOException, InterruptedException {
        run(home, home.resolve("bin/stop").toString());
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the platform did not end within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a command in {@code dir}; its output, and a failure if it does not exit with 0. */
    static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + output);
        }
        return output;
    }

    /** Sets {@code key} in a .cfg file, replacing an existing line. */
    private static void set(Path cfg, String key, String value) throws IOException {
        List<String> lines = cfg.toFile().exists() ? Files.readAllLines(cfg) : new java.util.ArrayList<>();
        List<String> kept = lines.stream().filter(l -> !l.matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*=.*"))
                .collect(java.util.stream.Collectors.toList());
        kept.add(key + " = " + value);
        Files.write(cfg, kept);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            try {
                kill();
            } catch (IOException | RuntimeException e) {
                process.destroyForcibly();
            }
        }
    }

    File log() {
        return home.resolve("data/log/karaf.log").toFile();
    }
}
