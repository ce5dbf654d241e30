package de.kim.itest;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.ops4j.pax.exam.Option;

/**
 * The database a test container runs on. By default the assembly's own (embedded Derby, new in each container);
 * with the Maven profile {@code postgresql} ({@code -Dkim.itest.postgresql=jdbc:postgresql://host:port/}) a new
 * PostgreSQL database per container on that server, made here in the test's JVM as the role {@code kim}.
 */
final class TestDatabase {
    static final String POSTGRESQL = "kim.itest.postgresql";
    private static final String CFG = "etc/org.ops4j.datasource-kim.cfg";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final AtomicInteger MADE = new AtomicInteger();

    private TestDatabase() {
    }

    /** Whether the bytes of a database file hold {@code text} (a name that must not be readable there). */
    static boolean holds(byte[] file, byte[] text) {
        outer:
        for (int i = 0; i + text.length <= file.length; i++) {
            for (int j = 0; j < text.length; j++) {
                if (file[i + j] != text[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static boolean postgresql() {
        String server = System.getProperty(POSTGRESQL);
        return server != null && !server.isBlank();
    }

    /** The configuration that points the container at its database (none for Derby). */
    static List<Option> options() {
        if (!postgresql()) {
            return List.of();
        }
        String server = System.getProperty(POSTGRESQL);
        String user = System.getProperty(POSTGRESQL + ".user", "kim");
        String password = System.getProperty(POSTGRESQL + ".password", "kim");
        String name = database(server, user, password);
        return List.of(
                systemProperty(POSTGRESQL).value(server), // the tests in the container know it too
                editConfigurationFilePut(CFG, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(CFG, "url", server + name),
                editConfigurationFilePut(CFG, "user", user),
                editConfigurationFilePut(CFG, "password", password));
    }

    /**
     * A new database at each call. Pax Exam may ask for the configurations of all classes before it starts the
     * first container, and a class's more than once: a database per call is the one way each container is sure
     * to start on an empty database of its own (the unused ones stay empty).
     */
    /** A new, empty PostgreSQL database on the test server: its JDBC url. */
    static String newPostgresql() {
        String server = System.getProperty(POSTGRESQL);
        return server + database(server, System.getProperty(POSTGRESQL + ".user", "kim"),
                System.getProperty(POSTGRESQL + ".password", "kim"));
    }

    private static String database(String server, String user, String password) {
        String name = "kim_" + testClass().toLowerCase(Locale.ROOT) + "_" + RUN + "_" + MADE.incrementAndGet();
        try (Connection c = DriverManager.getConnection(server + "postgres", user, password);
                Statement s = c.createStatement()) {
            s.executeUpdate("CREATE DATABASE " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("no test database on " + server + " (tools/postgresql/kim-postgres start): "
                    + e.getMessage(), e);
        }
    }

    /** The simple name of the *IT class whose configuration is being made. */
    private static String testClass() {
        return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(n -> n.endsWith("IT")).findFirst())
                .map(n -> n.substring(n.lastIndexOf('.') + 1)).orElse("container");
    }
}
