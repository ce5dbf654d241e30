package de.kim.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.UUID;
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
 * An office created over REST is still there after the container restarts. Each test method runs
 * in a container of its own (PerMethod) on one Derby database: the first container creates the
 * office, the second, started after the first has stopped, reads it back. The two methods are one
 * scenario and run in name order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RestartIT {
    /** One database and one hand-over file per test run, shared by both containers. */
    private static final Path RUN = Paths.get(System.getProperty("kim.exam.dir", "target/exam"),
            "restart-" + UUID.randomUUID()).toAbsolutePath();
    private static final String HANDOVER = "kim.itest.restart.handover";

    private final Api api = new Api();

    @Configuration
    public Option[] config() {
        String database = new File(RUN.toFile(), "derby").getAbsolutePath();
        return KimContainer.options(
                editConfigurationFilePut("etc/org.ops4j.datasource-kim.cfg", "url",
                        "jdbc:derby:" + database + ";create=true"),
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
        assertEquals("the demo family was not loaded twice", 3, api.get("/clients?q=haddad").body().get("total").asInt());
    }
}
