package de.kim.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The web workspace in a real browser: the Playwright suite in {@code src/test/web} drives Debian's
 * Chromium (headless) against this container's {@code /kim/}, checks every page with axe-core and saves
 * a screenshot of each under {@code target/screenshots}. The Hallenberg extension is installed first:
 * its intake form has the visibleIf field the form test needs.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebIT extends KimContainerTest {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Pattern PASSED = Pattern.compile("(\\d+) passed");
    private static final Pattern LISTED = Pattern.compile("Total: (\\d+) tests?");

    @Inject
    SessionFactory sessionFactory;

    @Test
    public void workspaceInChromium() throws Exception {
        assertTrue("Chromium is missing: the browser tests need Debian's package chromium (apt-get install chromium),"
                + " at " + CHROMIUM, new File(CHROMIUM).canExecute());
        assertEquals(200, api.send("GET", "/health", null, null).status());
        new Console(sessionFactory).run("feature:install kim-ext-hallenberg");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (api.get("/forms/hallenberg.intake").status() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals("the Hallenberg form is deployed", 200, api.get("/forms/hallenberg.intake").status());
        // installing a feature may restart services the case resources depend on: wait until all answer again,
        // and until a Sundern client's time axis answers its case manager (records answer 404 for a while
        // after a start, see issue 10)
        api.awaitDirectory(12);
        String client = api.send("GET", "/cases?municipality=05958044", null, Api.CM_SUNDERN).body().get(0)
                .get("clientId").asText();
        long settled = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (api.send("GET", "/clients/" + client + "/timeline", null, Api.CM_SUNDERN).status() != 200
                && System.nanoTime() < settled) {
            Thread.sleep(250);
        }
        Path tests = Path.of(System.getProperty(KimContainer.WEB_TESTS));
        Path shots = Files.createDirectories(Path.of(System.getProperty(KimContainer.WEB_SHOTS)));
        Map<String, String> environment = Map.of("KIM_URL", "http://localhost:" + System.getProperty(
                KimContainer.HTTP_PORT), "KIM_SHOTS", shots.toString(), "KIM_CHROMIUM", CHROMIUM,
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Commands.run(tests, environment, "npm", "install", "--no-audit", "--no-fund", "--prefer-offline");
        Matcher listed = LISTED.matcher(Commands.run(tests, environment, "npx", "playwright", "test", "--list"));
        assertTrue("no browser test listed", listed.find() && Integer.parseInt(listed.group(1)) >= 10);
        String report = Commands.run(tests, environment, "npx", "playwright", "test");
        Matcher passed = PASSED.matcher(report);
        assertTrue(report, passed.find());
        assertEquals("every listed browser test passed:\n" + report, listed.group(1), passed.group(1));
        assertFalse(report, report.contains(" failed") || report.contains(" skipped") || report.contains(" flaky"));
        for (String page : List.of("login", "caseload", "not-found", "client", "new-client", "client-trajectory", "case-referral",
                "jobcenter-accepts", "form-error", "indicators", "extensions", "read-only")) {
            assertTrue("no screenshot of " + page, Files.size(shots.resolve(page + ".png")) > 5_000);
        }
    }
}
