package de.kim.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Tools outside the container the tests start (npm, the browser tests, the contract tool). */
final class Commands {
    private Commands() {
    }

    /** Runs a command in {@code dir}; its output, which fails the test if the command does. */
    static String run(Path dir, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(String.join(" ", command) + " did not end", process.waitFor(10, TimeUnit.MINUTES));
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println(text);
        assertEquals(String.join(" ", command) + " failed:\n" + text, 0, process.exitValue());
        return text;
    }
}
