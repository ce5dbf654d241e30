package de.kim.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Confinement of the console (issue 25): over real SSH, each KIM role reaches only the kim: commands its role needs
 * (every command the running container knows is tried), the known escapes of a case manager are refused, SFTP is
 * off, wrong SSH passwords lock the user on REST too, and logins and configuration changes are audited.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfinementIT extends KimContainerTest {
    private static final Set<String> DIRECTORY = Set.of("municipalities", "offices", "responsible", "status");
    /** The kim: commands each demo user's role may run (etc/org.apache.karaf.command.acl.kim.cfg). */
    private static final Map<String, Set<String>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("cm.sundern", with("rules", "procedures", "forms", "clients", "case", "timeline", "tasks-overdue",
                "transitions-due", "import", "indicators", "indicator"));
        ALLOWED.put("ki.koordination", with("rules", "procedures", "forms", "clients", "case", "tasks-overdue",
                "transitions-due", "import", "indicators", "indicator", "steering", "snapshots", "needs", "meetings",
                "posts", "report", "export-state"));
        ALLOWED.put("abh.hsk", with("rules", "clients", "case", "timeline", "transitions-due"));
        ALLOWED.put("steuerung", with("indicators", "indicator", "steering", "snapshots", "needs", "meetings", "posts",
                "report"));
        ALLOWED.put("dsb", with("audit", "audit-verify"));
    }

    /** Besides their kim: commands, every console user may read the help and leave. */
    private static final Set<String> EVERYONE = Set.of("*:help", "shell:logout", "shell:exit");

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Inject
    private org.osgi.framework.BundleContext bundleContext;

    /** The hostile extension bundle, built here outside the container (TinyBundles comes with Pax Exam). */
    @Override
    @org.ops4j.pax.exam.Configuration
    public org.ops4j.pax.exam.Option[] config() {
        try {
            Path jar = Path.of("target", "hostile-extension.jar").toAbsolutePath();
            Files.createDirectories(jar.getParent());
            try (java.io.InputStream in = org.ops4j.pax.tinybundles.TinyBundles.bundle()
                    .symbolicName("kim-ext-hostile")
                    .addClass(HostileExtension.class)
                    .activator(HostileExtension.class)
                    .setHeader("Bundle-Version", "1.0.0")
                    .setHeader("Import-Package", "de.kim.api, de.kim.api.access, de.kim.api.model, org.osgi.framework")
                    .build(org.ops4j.pax.tinybundles.TinyBundles.rawBuilder())) {
                Files.copy(in, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return KimContainer.options(org.ops4j.pax.exam.CoreOptions.systemProperty("kim.hostile.jar")
                    .value(jar.toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    public void aHostileExtensionCannotFindTheDatabaseNorForgeACaller() throws Exception {
        org.osgi.framework.Bundle hostile = bundleContext.installBundle(
                Path.of(System.getProperty("kim.hostile.jar")).toUri().toString());
        try {
            hostile.start();
            for (String service : List.of("javax.sql.DataSource", "javax.persistence.EntityManagerFactory",
                    "org.apache.aries.jpa.template.JpaTemplate", "org.osgi.service.jdbc.DataSourceFactory")) {
                assertEquals(service, "hidden", System.getProperty(HostileExtension.PREFIX + service));
            }
            assertEquals("refused", System.getProperty(HostileExtension.PREFIX + "callers"));
            assertEquals("absent", System.getProperty(HostileExtension.PREFIX + "system"));
            assertEquals("refused", System.getProperty(HostileExtension.PREFIX + "trust"));
            assertEquals("refused", System.getProperty(HostileExtension.PREFIX + "forged"));
            assertEquals("DENIED", awaitAudit("hostile.extension",
                    row -> row.get("action").asText().equals("forged caller"), 1).get(0).get("outcome").asText());
            assertFalse(awaitAudit("cm.kreis", row -> row.get("action").asText().equals("caller refused")
                    && row.get("detail").asText().contains("kim-ext-hostile"), 1).isEmpty());
        } finally {
            hostile.uninstall();
        }
        // the platform's own edges keep working
        assertEquals(200, api.get("/clients?q=Haddad", Api.CM_SUNDERN).status());
    }

    private static Set<String> with(String... names) {
        Set<String> all = new TreeSet<>(DIRECTORY);
        all.addAll(List.of(names));
        return all;
    }

    /**
     * The console as operators use it in scripts (one command per login, no terminal): help prints, a wrong
     * value is an error naming the allowed ones and changes nothing, a report of a year to come is refused,
     * and lists name offices and towns.
     */
    @Test
    public void theConsoleHelpsInBatchModeRefusesWrongValuesAndNamesWhatItLists() throws Exception {
        try (ConsoleSsh admin = ConsoleSsh.login(sshPort(), "admin", "admin")) {
            String help = admin.run("help kim");
            assertTrue("help kim in batch mode: " + help, help.contains("kim:read-only") && help.contains("kim:report"));
            String wrong = admin.run("kim:read-only an");
            assertTrue(wrong, wrong.contains("'an' is neither on nor off; allowed values: on, off"));
            assertTrue("nothing switched", admin.run("kim:read-only").contains("Read-only mode: off"));
        }
        try (ConsoleSsh steering = ConsoleSsh.login(sshPort(), "steuerung", "kim-demo")) {
            String future = steering.run("kim:report --period " + (java.time.LocalDate.now().getYear() + 5));
            assertTrue(future, future.contains("a year from 2000 to " + java.time.LocalDate.now().getYear()));
        }
        try (ConsoleSsh cm = ConsoleSsh.login(sshPort(), "cm.sundern", "kim-demo")) {
            String help = cm.run("help kim");
            assertTrue("a case manager's help: " + help, help.contains("kim:case"));
            JsonNode sundern = api.send("GET", "/cases?municipality=05958044&size=1", null, Api.CM_SUNDERN).body().get(0);
            String kase = cm.run("kim:case " + sundern.get("id").asText());
            assertTrue(kase, kase.contains("Aktenzeichen KIM-") && kase.contains("owner Sundern"));
        }
    }

    private int sshPort() throws Exception {
        return Integer.parseInt(String.valueOf(configurationAdmin.getConfiguration("org.apache.karaf.shell", null)
                .getProperties().get("sshPort")));
    }

    private static boolean refused(String output) {
        return Console.refused(output);
    }

    @Test
    public void eachRoleReachesOnlyItsKimCommandsOfAllTheContainerKnows() throws Exception {
        Console console = new Console(sessionFactory);
        console.run("kim:status"); // the kim: commands are registered
        Set<String> commands = console.commands();
        assertTrue("the generated list holds Karaf's and KIM's commands: " + commands.size(),
                commands.size() > 80 && commands.contains("config:install") && commands.contains("kim:clients"));
        commands.remove("shell:less"); // paging is allowed with options only: see theKnownEscapesAreRefused
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<String>> user : ALLOWED.entrySet()) {
            try (ConsoleSsh ssh = ConsoleSsh.login(sshPort(), user.getKey(), "kim-demo")) {
                for (String command : commands) {
                    // --help: the console checks the permission before the command sees its arguments
                    String output = ssh.run(command + " --help");
                    boolean expected = EVERYONE.contains(command)
                            || command.startsWith("kim:") && user.getValue().contains(command.substring(4));
                    if (refused(output) == expected) {
                        wrong.add(user.getKey() + " " + (expected ? "cannot run " : "can run ") + command + ": "
                                + output.strip().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertTrue(wrong.size() + " wrong answers:\n" + String.join("\n", wrong), wrong.isEmpty());
    }

    @Test
    public void theKnownEscapesOfACaseManagerAreRefused() throws Exception {
        Path owned = Path.of(System.getProperty("karaf.home"), "etc", "owned.txt");
        try (ConsoleSsh ssh = ConsoleSsh.login(sshPort(), "cm.sundern", "kim-demo")) {
            for (String escape : List.of(
                    "config:install file:" + System.getProperty("karaf.home") + "/etc/users.properties owned.cfg",
                    "instance:create -o '-Xmx32m ; id > /tmp/kim-owned ; true' owned",
                    "feature:repo-add mvn:de.evil/evil/1/xml/features",
                    "http:proxy-add /kim/anmeldung http://127.0.0.1:9/",
                    "log:set DEBUG",
                    "shell:cat etc/users.properties",
                    "less etc/users.properties",
                    "scr:disable de.kim.core.internal.access.AuditLog",
                    "config:property-set -p de.kim.audit enabled false",
                    "jaas:realm-manage --realm karaf",
                    "bundle:install mvn:de.evil/evil/1",
                    "kim:audit",
                    "$.context bundles",
                    "kim:municipalities > etc/owned.txt")) {
                String output = ssh.run(escape);
                assertTrue(escape + " was not refused: " + output, refused(output));
            }
            assertFalse("a redirection wrote a file", Files.exists(owned));
            // the console prints no Java object to a KIM user (the bundles, the JVM's and the session's insides;
            // an exec prints no value at all, the interactive shell "(verborgen / hidden)": see the history test)
            for (String peek : List.of("$.context", "$.variables", "$.jline.reader", "$.commands", "$.session")) {
                String output = ssh.run(peek);
                assertFalse(peek + " showed " + output, output.contains("org.apache") || output.contains("java.")
                        || output.contains("kim-core") || output.contains("karaf.home"));
            }
            String clients = ssh.run("kim:clients Haddad");
            assertTrue(clients, clients.contains("Haddad") && clients.contains("05958044"));
        }
        // the audit trail stayed on, and the attempt to switch it off from the console left no change
        JsonNode ready = api.get("/health/ready").body();
        assertTrue(ready.toString(), ready.toString().contains("\"audit trail\",\"up\":true"));
    }

    @Test
    public void noKimRoleHasMBeanAccessOverJmx() throws Exception {
        java.util.Dictionary<String, Object> management = configurationAdmin
                .getConfiguration("org.apache.karaf.management", null).getProperties();
        String url = "service:jmx:rmi://127.0.0.1:" + management.get("rmiServerPort") + "/jndi/rmi://127.0.0.1:"
                + management.get("rmiRegistryPort") + "/karaf-" + System.getProperty("karaf.name");
        javax.management.ObjectName memory = new javax.management.ObjectName("java.lang:type=Memory");
        try (javax.management.remote.JMXConnector admin = jmx(url, "admin", "admin")) {
            assertTrue(admin.getMBeanServerConnection().getAttribute(memory, "HeapMemoryUsage") != null);
        }
        for (String user : ALLOWED.keySet()) {
            try (javax.management.remote.JMXConnector kim = jmx(url, user, "kim-demo")) {
                kim.getMBeanServerConnection().getAttribute(memory, "HeapMemoryUsage");
                throw new AssertionError(user + " read an MBean attribute");
            } catch (SecurityException expected) {
                // no KIM role has a permission in etc/jmx.acl*.cfg
            }
        }
        assertFalse(awaitAudit("dsb", row -> row.get("action").asText().equals("JMX login")
                || row.get("action").asText().equals("CONSOLE login"), 1).isEmpty());
    }

    private static javax.management.remote.JMXConnector jmx(String url, String user, String password)
            throws Exception {
        return javax.management.remote.JMXConnectorFactory.connect(new javax.management.remote.JMXServiceURL(url),
                Map.of(javax.management.remote.JMXConnector.CREDENTIALS, new String[] {user, password}));
    }

    @Test
    public void theConsoleForwardsNoPortAndKeepsNoSharedHistory() throws Exception {
        int http = Integer.parseInt(System.getProperty(KimContainer.HTTP_PORT));
        try (ConsoleSsh ssh = ConsoleSsh.login(sshPort(), "cm.sundern", "kim-demo")) {
            try {
                ssh.forwardTo(http);
                throw new AssertionError("the console forwarded a connection to port " + http);
            } catch (AssertionError e) {
                throw e;
            } catch (Exception expected) {
                // ssh -L / -W: the channel is refused
            }
        }
        int listen = KimContainer.freePort();
        try (ConsoleSsh ssh = ConsoleSsh.login(sshPort(), "cm.sundern", "kim-demo")) {
            try {
                ssh.listenOnServer(listen);
                throw new AssertionError("the console listens on port " + listen + " for a case manager");
            } catch (AssertionError e) {
                throw e;
            } catch (Exception expected) {
                // ssh -R: refused
            }
        }
        try (java.net.Socket probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("127.0.0.1", listen), 1000);
            throw new AssertionError("something listens on port " + listen);
        } catch (java.io.IOException expected) {
            // nothing listens
        }
        // what the administrator types is not kept for the next user
        try (ConsoleSsh admin = ConsoleSsh.login(sshPort(), "admin", "admin")) {
            String shown = admin.typeInShell("kim:status",
                    "config:property-set -p de.kim.probe history.secret typed-by-the-admin");
            assertTrue("the interactive console works: " + shown, shown.contains("KIM Platform")
                    && !shown.contains("Error executing command"));
        }
        try (ConsoleSsh next = ConsoleSsh.login(sshPort(), "cm.sundern", "kim-demo")) {
            // the up arrow of the next user brings back nothing the administrator typed
            String recalled = next.typeInShell("\u001B[A");
            assertFalse(recalled, recalled.contains("typed-by-the-admin"));
            String shown = next.typeInShell("$.context", "kim:municipalities");
            assertTrue("a KIM user's interactive console works and prints no Java object: " + shown,
                    shown.contains("Sundern") && shown.contains("(verborgen / hidden)") && !shown.contains("org.apache"));
        }
        Path history = Path.of(System.getProperty("user.home"), ".karaf", "karaf.history");
        assertFalse("the shared history file keeps the administrator's commands",
                Files.exists(history) && Files.readString(history).contains("typed-by-the-admin"));
    }

    @Test
    public void sftpIsOff() throws Exception {
        try (ConsoleSsh ssh = ConsoleSsh.login(sshPort(), "admin", "admin")) {
            try {
                ssh.sftpList("data");
                throw new AssertionError("SFTP answered");
            } catch (AssertionError e) {
                throw e;
            } catch (Exception expected) {
                // the server has no sftp subsystem
            }
        }
    }

    @Test
    public void wrongSshPasswordsLockTheUserOnRestTooAndAreAudited() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertFalse(ConsoleSsh.accepts(sshPort(), "cm.meschede", "wrong-" + i));
        }
        assertFalse("the right password is refused while the user is locked",
                ConsoleSsh.accepts(sshPort(), "cm.meschede", "kim-demo"));
        assertEquals(429, api.get("/clients?q=a", "cm.meschede:kim-demo").status());
        List<JsonNode> rows = awaitAudit("cm.meschede", row -> row.get("action").asText().equals("SSH login"), 6);
        assertTrue(rows.toString(), rows.stream().allMatch(r -> r.get("outcome").asText().equals("DENIED")));
        assertTrue(rows.toString(), rows.stream().anyMatch(r -> r.get("detail").asText().contains("locked")));
        // and a login that works is audited as well
        try (ConsoleSsh ssh = ConsoleSsh.login(sshPort(), "steuerung", "kim-demo")) {
            assertTrue(ssh.run("kim:status").contains("KIM"));
        }
        List<JsonNode> login = awaitAudit("steuerung", row -> row.get("action").asText().equals("SSH login"), 1);
        assertEquals("ALLOWED", login.get(0).get("outcome").asText());
    }

    @Test
    public void configurationChangesAreAuditedWithoutTheirValues() throws Exception {
        try (ConsoleSsh ssh = ConsoleSsh.login(sshPort(), "admin", "admin")) {
            ssh.run("config:property-set -p de.kim.probe secret.note do-not-record-me");
            ssh.run("config:property-set -p de.kim.audit enabled false");
        }
        List<JsonNode> created = awaitAudit("admin", row -> row.get("action").asText().startsWith("configuration")
                && row.get("detail").asText().startsWith("de.kim.probe"), 1);
        assertTrue(created.toString(), created.get(0).get("detail").asText().contains("secret.note"));
        assertFalse(created.toString(), created.toString().contains("do-not-record-me"));
        List<JsonNode> refused = awaitAudit("system:audit",
                row -> row.get("action").asText().equals("audit switch-off refused"), 1);
        assertEquals("ALLOWED", refused.get(0).get("outcome").asText());
        JsonNode ready = api.get("/health/ready").body();
        assertTrue(ready.toString(), ready.toString().contains("\"audit trail\",\"up\":true"));
        // a read after the attempt is still audited
        api.get("/clients?q=Haddad", Api.CM_SUNDERN);
        assertFalse(awaitAudit("cm.sundern", row -> row.get("action").asText().equals("clients.search"), 1).isEmpty());
    }

    /** The newest audit rows of {@code user} that match, waiting until there are {@code count} of them. */
    private List<JsonNode> awaitAudit(String user, Predicate<JsonNode> match, int count) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        List<JsonNode> found = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            found.clear();
            api.get("/audit?user=" + user + "&limit=200", Api.DPO).body().forEach(row -> {
                if (match.test(row)) {
                    found.add(row);
                }
            });
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("fewer than " + count + " audit rows of " + user + " as expected: " + found);
    }
}
