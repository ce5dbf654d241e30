package de.kim.itest;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.KarafDistributionConfigurationFilePutOption;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Options that boot <b>our</b> assembly (the tar.gz this module just built) in Pax Exam, on free
 * ports so that a platform running beside the tests does not disturb them.
 */
final class KimContainer {
    static final String HTTP_PORT = "kim.itest.http.port";
    /** The built jar of ext-hallenberg, dropped into deploy/ by the tests. */
    static final String HALLENBERG_JAR = "kim.ext.hallenberg";
    /** The bundle the archetype's integration test generated and built (Brilon). */
    static final String ARCHETYPE_JAR = "kim.archetype.jar";
    /** The connector bundle the connector archetype's integration test generated and built. */
    static final String CONNECTOR_JAR = "kim.connector.jar";
    /** The Playwright project of the web workspace's end-to-end tests, and where they save screenshots. */
    static final String WEB_TESTS = "kim.web.tests";
    static final String WEB_SHOTS = "kim.web.shots";
    /** The third-party contract test (Portman + Newman, src/test/contract) and where it writes its reports. */
    static final String CONTRACT_TESTS = "kim.contract.tests";
    static final String CONTRACT_OUT = "kim.contract.out";

    /** The shipped allow-lists of etc/de.kim.access.cfg. */
    static final String CALLER_BUNDLES = "kim-core, kim-rest, kim-shell, kim-import, kim-report";
    static final String DATABASE_BUNDLES = "kim-core, kim-schema, org.ops4j.pax.jdbc*, org.ops4j.pax.transx*,"
            + " org.apache.aries.jpa*, org.eclipse.persistence*, org.apache.derby*, derby*, org.postgresql*";

    private KimContainer() {
    }

    /**
     * Boots with the demo file's generated history (some hundred cases of the last years), as a first start of
     * the shipped platform does; without it, containers hold the seven trajectories only, whose every record the
     * tests know by name, and start seconds sooner.
     */
    static Option withHistory() { // a method, not a constant: tests use this class inside the container too,
        return editConfigurationFilePut("etc/de.kim.demo.cfg", HISTORY, "true"); // where Pax Exam's options are not
    }

    private static final String HISTORY = "demo.history";

    static Option[] options(Option... extra) {
        String assembly = System.getProperty("kim.assembly");
        if (assembly == null || !new File(assembly).isFile()) {
            throw new IllegalStateException("assembly not built: " + assembly + " (run the tests with mvn verify)");
        }
        int http = freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(assembly).toURI().toString())
                        .karafVersion(System.getProperty("karaf.version"))
                        .name("KIM Platform")
                        .unpackDirectory(new File(System.getProperty("kim.exam.dir", "target/exam")))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                vmOption("-Xmx512m"),
                vmOption("-Djava.awt.headless=true"),
                // how long the probe waits in the container for Pax Exam's invoker factory (default 10 s, then the
                // test waits 180 s in vain): on a busy 2-core machine the boot features were not always started
                // within 10 s of the probe's installation
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("120000"),
                // what bin/karaf passes on Java 9+: without the locator patched into java.base, Karaf's specs
                // activator failed with NoClassDefFoundError: OsgiLocator on every resolved bundle
                vmOption("--add-reads=java.xml=java.logging"),
                vmOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
                vmOption("--patch-module"),
                vmOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + System.getProperty("karaf.version") + ".jar"),
                vmOption("--patch-module"),
                vmOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + System.getProperty("karaf.version") + ".jar"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                // every test talks from 127.0.0.1, and the access tests try wrong passwords on purpose
                editConfigurationFilePut("etc/de.kim.rest.cfg", "lockout.address.attempts", "100000"),
                // the tests' probe bundle acts as an edge of the platform (it has callers issued, as REST does) and
                // looks into the database to tamper with it; the production lists are those of de.kim.access.cfg
                editConfigurationFilePut("etc/de.kim.access.cfg", "caller.bundles", CALLER_BUNDLES + ", PAXEXAM-PROBE*"),
                editConfigurationFilePut("etc/de.kim.access.cfg", "database.bundles", DATABASE_BUNDLES
                        + ", PAXEXAM-PROBE*"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort",
                        String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort",
                        String.valueOf(freePort())),
                systemProperty(HTTP_PORT).value(String.valueOf(http)),
                systemProperty(HALLENBERG_JAR).value(String.valueOf(System.getProperty(HALLENBERG_JAR))),
                systemProperty(ARCHETYPE_JAR).value(String.valueOf(System.getProperty(ARCHETYPE_JAR))),
                systemProperty(CONNECTOR_JAR).value(String.valueOf(System.getProperty(CONNECTOR_JAR))),
                systemProperty(WEB_TESTS).value(String.valueOf(System.getProperty(WEB_TESTS))),
                systemProperty(WEB_SHOTS).value(String.valueOf(System.getProperty(WEB_SHOTS))),
                systemProperty(CONTRACT_TESTS).value(String.valueOf(System.getProperty(CONTRACT_TESTS))),
                systemProperty(CONTRACT_OUT).value(String.valueOf(System.getProperty(CONTRACT_OUT))),
                systemProperty(Exchanges.DIRECTORY).value(String.valueOf(System.getProperty(Exchanges.DIRECTORY)))));
        options.addAll(TestDatabase.options());
        if (Arrays.stream(extra).noneMatch(o -> o instanceof KarafDistributionConfigurationFilePutOption put
                && HISTORY.equals(put.getKey()))) {
            options.add(editConfigurationFilePut("etc/de.kim.demo.cfg", HISTORY, "false"));
        }
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
