package de.kim.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.junit.Assert.assertFalse;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;

/**
 * An office and a client created over REST are still there after the container restarts, in a
 * database encrypted at rest whose boot password comes from configuration (a secret file read by
 * Felix' configuration interpolation, as README.md describes). Each test method runs in a container
 * of its own (PerMethod) on one Derby database: the first container creates the records, the
 * second, started after the first has stopped, reads them back and finds the client's name nowhere
 * in the database's files. The two methods are one scenario and run in name order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RestartIT {
    /** One database and one hand-over file per test run, shared by both containers. */
    private static final Path RUN = Paths.get(System.getProperty("kim.exam.dir", "target/exam"),
            "restart-" + UUID.randomUUID()).toAbsolutePath();
    private static final String HANDOVER = "kim.itest.restart.handover";
    private static final String DATABASE = "kim.itest.restart.database";
    private static final String SECRET = "kim-db-boot-password";

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        String database = new File(RUN.toFile(), "derby").getAbsolutePath();
        File secret = RUN.resolve(SECRET).toFile();
        try {
            Files.createDirectories(RUN);
            if (!secret.exists()) {
                Files.writeString(secret.toPath(), "boot-" + UUID.randomUUID(), StandardCharsets.UTF_8);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return KimContainer.options(
                editConfigurationFilePut("etc/org.ops4j.datasource-kim.cfg", "url",
                        "jdbc:derby:" + database + ";create=true"),
                editConfigurationFilePut("etc/org.ops4j.datasource-kim.cfg", "connectionAttributes",
                        "create=true;dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;bootPassword=$[secret:"
                        + SECRET + "]"),
                replaceConfigurationFile("etc/" + SECRET, secret),
                systemProperty(DATABASE).value(database),
                systemProperty(HANDOVER).value(RUN.resolve("office.json").toString()));
    }

    @Test
    public void step1_officeIsCreatedOverRest() throws Exception {
        api.awaitDirectory(12);
        String name = "Sprachmittlerpool Meschede " + UUID.randomUUID();
        Api.Reply created = api.send("POST", "/offices", "{\"name\":\"" + name + "\",\"kind\":\"PROVIDER\","
                + "\"legalDomains\":[],\"municipalities\":[\"05958032\"]}", Api.ADMIN);
        assertEquals(created.raw(), 201, created.status());
        Path handover = Paths.get(System.getProperty(HANDOVER));
        Files.createDirectories(handover.getParent());
        Files.writeString(handover, created.raw(), StandardCharsets.UTF_8);

        Api.Reply client = api.send("POST", "/clients", "{\"familyName\":\"" + marker() + "\",\"givenNames\":\"Amira\","
                + "\"dateOfBirth\":\"1990-04-01\",\"municipality\":\"05958032\"}", Api.CM);
        assertEquals(client.raw(), 201, client.status());
        assertEquals(1, api.get("/clients?q=" + marker()).total());
    }

    /** A family name found in no other file: derived from the run's folder, so both containers know it. */
    private static String marker() {
        String run = Paths.get(System.getProperty(HANDOVER)).getParent().getFileName().toString();
        return "Geheimname" + run.substring(run.length() - 12).toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "Q");
    }

    @Test
    public void step2_officeIsStillThereAfterRestart() throws Exception {
        Path handover = Paths.get(System.getProperty(HANDOVER));
        assertTrue("step 1 did not leave its office at " + handover, Files.isRegularFile(handover));
        JsonNode before = new com.fasterxml.jackson.databind.ObjectMapper().readTree(handover.toFile());
        api.awaitDirectory(12);
        Api.Reply after = api.get("/offices/" + before.get("id").asLong());
        assertEquals(after.raw(), 200, after.status());
        assertEquals(before, after.body());
        assertEquals("the seed was not loaded twice", 12, api.get("/municipalities").body().size());
        assertEquals(1, api.get("/offices?kind=AGENTUR").body().size());
        assertEquals("the demo family was not loaded twice", 3, api.get("/clients?q=haddad").total());
        assertEquals("the client written before the restart is readable with the boot password", 1,
                api.get("/clients?q=" + marker()).total());

        Path database = Paths.get(System.getProperty(DATABASE));
        String service = Files.readString(database.resolve("service.properties"), StandardCharsets.ISO_8859_1);
        assertTrue("Derby reports the database encrypted", service.contains("dataEncryption=true"));
        byte[] name = marker().getBytes(StandardCharsets.US_ASCII);
        long files = 0;
        try (Stream<Path> all = Files.walk(database)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files++;
                assertFalse("the client's name is readable in " + file,
                        TestDatabase.holds(Files.readAllBytes(file), name));
            }
        }
        assertTrue("the database has data and log files", files > 10);
    }
}
