package de.kim.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Derby database made by release 0.1 (the main branch before the schema migrations: demo data, the example list
 * imported by cm.sundern, a webhook, a state export; src/test/resources/release-0.1) is upgraded at start: Flyway
 * takes its schema as version 1 and applies only the later migrations, and every record is still there and usable.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MigrationIT {
    private static final Path RUN = Paths.get(System.getProperty("kim.exam.dir", "target/exam"),
            "migration-" + UUID.randomUUID()).toAbsolutePath();

    private final Api api = new Api();

    @Inject
    private BundleContext bundleContext;

    @Inject
    private SessionFactory sessionFactory;

    @Configuration
    public Option[] config() throws IOException {
        Path database = RUN.resolve("derby");
        if (!Files.isDirectory(database)) { // Pax Exam asks for the configuration more than once
            unzip(database);
        }
        return KimContainer.options(editConfigurationFilePut("etc/org.ops4j.datasource-kim.cfg", "url",
                "jdbc:derby:" + database.resolve("kim")));
    }

    private static void unzip(Path database) throws IOException {
        try (InputStream zip = MigrationIT.class.getResourceAsStream("/release-0.1/derby-kim.zip");
                ZipInputStream entries = new ZipInputStream(zip)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
                Path target = database.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
    }

    @Test
    public void aDatabaseOfRelease01IsUpgradedWithoutLoss() throws Exception {
        api.awaitDirectory(12);
        ServiceReference<DataSource> published = bundleContext.getServiceReferences(DataSource.class,
                "(osgi.jndi.service.name=kim)").iterator().next();
        List<String> history = new ArrayList<>();
        try (Connection db = bundleContext.getService(published).getConnection(); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT \"version\", \"type\" FROM KIM_SCHEMA_HISTORY"
                        + " WHERE \"success\" = TRUE ORDER BY \"installed_rank\"")) {
            while (r.next()) {
                history.add(r.getString(1) + ":" + r.getString(2));
            }
        }
        assertEquals("release 0.1's schema is taken as version 1, not made again: " + history, "1:BASELINE",
                history.get(0));
        assertEquals(history.get(history.size() - 1).split(":")[0], published.getProperty("kim.schema.version"));

        Api.Reply sundern = api.send("GET", "/clients?size=50", null, Api.CM_SUNDERN);
        assertEquals("3 demo clients and the 5 of the imported list: " + sundern.raw(), 8, sundern.total());
        JsonNode exports = api.send("GET", "/exports/state", null, Api.COORDINATOR).body();
        assertEquals(exports.toString(), "3a12682df63e4469ef2891b138bb46991c8b4ae4bd2a949c44320f3a02c81c7f",
                exports.get(0).get("sha256").asText());
        JsonNode hooks = api.send("GET", "/webhooks", null, Api.ADMIN).body();
        assertEquals(hooks.toString(), "http://127.0.0.1:9/hook", hooks.get(0).get("url").asText());

        String audit = new Console(sessionFactory).runAs("dsb", "kim:audit-verify", "KIM_DPO");
        assertTrue("the audit chain of release 0.1 still verifies: " + audit, audit.contains("Audit chain intact"));

        Api.Reply created = api.send("POST", "/clients", "{\"familyName\":\"Nachmigration\",\"givenNames\":\"Lina\","
                + "\"dateOfBirth\":\"1993-06-01\",\"municipality\":\"05958044\"}", Api.CM_SUNDERN);
        assertEquals(created.raw(), 201, created.status());
        assertEquals(9, api.send("GET", "/clients?size=1", null, Api.CM_SUNDERN).total());
    }
}
