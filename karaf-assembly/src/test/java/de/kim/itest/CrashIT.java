package de.kim.itest;

import static de.kim.itest.Api.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * The platform as a process: killed with {@code kill -9} in the middle of a stream of writes it has
 * every write it acknowledged after the restart, and nothing half-written; the read-only mode
 * survives a kill; an online backup taken while it serves, restored offline with
 * {@code bin/kim-restore}, gives exactly the state of the backup with an audit chain that verifies.
 */
public class CrashIT {
    private static final String SUNDERN = "05958044";

    @Test
    public void acknowledgedWritesSurviveKillDashNineAndSoDoesTheReadOnlyMode() throws Exception {
        try (Platform platform = Platform.unpack("crash")) {
            platform.start();
            Api api = platform.api();
            Map<String, Long> clients = new ConcurrentHashMap<>(); // acknowledged client -> its case (0: none yet)
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicInteger failed = new AtomicInteger();
            ExecutorService writers = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.submit(() -> {
                    for (int i = 0; writing.get(); i++) {
                        try {
                            Api.Reply client = api.send("POST", "/clients", json("familyName", "Crash" + writer + "x" + i,
                                    "dateOfBirth", "1990-01-01", "municipality", SUNDERN), Api.CM_SUNDERN);
                            if (client.status() != 201) {
                                failed.incrementAndGet();
                                continue;
                            }
                            String id = client.body().get("id").asText();
                            clients.put(id, 0L);
                            Api.Reply kimCase = api.send("POST", "/cases", json("clientId", id, "ownerMunicipality",
                                    SUNDERN, "caseManager", "cm.sundern", "targetGroup", "ASYLUM_SEEKER"), Api.CM_SUNDERN);
                            if (kimCase.status() == 201) {
                                clients.put(id, kimCase.body().get("id").asLong());
                            }
                        } catch (AssertionError e) {
                            failed.incrementAndGet(); // the connection broke: the platform is gone
                        }
                    }
                });
            }
            while (clients.size() < 150) {
                Thread.sleep(20);
            }
            platform.kill();
            writing.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
            Map<String, Long> acknowledged = Map.copyOf(clients);

            platform.start();
            for (Map.Entry<String, Long> c : acknowledged.entrySet()) {
                assertEquals("client " + c.getKey(), 200, api.get("/clients/" + c.getKey(), Api.CM_SUNDERN).status());
                assertEquals("time axis of " + c.getKey(), 200,
                        api.get("/clients/" + c.getKey() + "/timeline", Api.CM_SUNDERN).status());
                if (c.getValue() > 0) {
                    JsonNode kimCase = api.get("/cases/" + c.getValue(), Api.CM_SUNDERN).body();
                    assertEquals("case " + c.getValue(), c.getKey(), kimCase.get("clientId").asText());
                }
            }
            // nothing half-written: every case there is has its client, acknowledged or not
            Api.Reply cases = api.get("/cases?municipality=" + SUNDERN + "&size=1000", Api.CM_SUNDERN);
            assertTrue(Integer.parseInt(cases.header("X-Total-Count")) <= 1000);
            for (JsonNode kimCase : cases.body()) {
                assertEquals("the client of case " + kimCase.get("id"), 200,
                        api.get("/clients/" + kimCase.get("clientId").asText(), Api.CM_SUNDERN).status());
            }
            System.out.printf("kill -9 after %d acknowledged clients (%d with a case); all found after the restart%n",
                    acknowledged.size(), acknowledged.values().stream().filter(v -> v > 0).count());

            // the read-only mode survives a kill -9
            assertEquals(200, api.send("PUT", "/operations/read-only", json("readOnly", true, "reason", "Test"),
                    Api.ADMIN).status());
            platform.kill();
            platform.start();
            assertTrue(api.get("/operations/read-only", Api.ADMIN).body().get("readOnly").asBoolean());
            Api.Reply refused = api.send("POST", "/clients", json("familyName", "Nach", "dateOfBirth", "1990-01-01",
                    "municipality", SUNDERN), Api.CM_SUNDERN);
            assertEquals(503, refused.status());
            assertEquals("urn:kim:problem:read-only", refused.body().get("type").asText());
            assertTrue(refused.body().get("detail").asText().contains("Test"));
            String one = acknowledged.keySet().iterator().next();
            for (String[] read : new String[][] {{"/clients/" + one, Api.CM_SUNDERN},
                {"/clients/" + one + "/timeline", Api.CM_SUNDERN}, {"/clients/" + one + "/export", Api.CM_SUNDERN},
                {"/cases?size=5", Api.CM_SUNDERN}, {"/due/tasks", Api.CM_SUNDERN},
                {"/indicators/kim.cases.new/values?by=municipality", Api.COORDINATOR}, {"/audit?size=5", Api.DPO},
                {"/audit/export?limit=5", Api.DPO}, {"/health/ready", null}}) {
                assertEquals("read-only: GET " + read[0], 200, api.get(read[0], read[1]).status());
            }
            // exports read, as the README says: the state export works in read-only mode (it answered 503)
            Api.Reply export = api.send("POST", "/exports/state?period=2025", null, Api.COORDINATOR);
            assertEquals("read-only: POST /exports/state " + export.raw(), 201, export.status());
            assertEquals(200, api.send("PUT", "/operations/read-only", json("readOnly", false), Api.ADMIN).status());
            assertEquals(201, api.send("POST", "/clients", json("familyName", "Nach", "dateOfBirth", "1990-01-01",
                    "municipality", SUNDERN), Api.CM_SUNDERN).status());
            platform.stop();
        }
    }

    @Test
    public void aBackupRestoredOfflineGivesExactlyItsState() throws Exception {
        try (Platform platform = Platform.unpack("backup")) {
            platform.start();
            Api api = platform.api();
            String before = created(api, "Vorher");
            assertEquals(403, api.send("POST", "/operations/backups", null, Api.CM_SUNDERN).status());
            assertEquals(401, api.send("POST", "/operations/backups", null, null).status());
            Api.Reply backup = api.send("POST", "/operations/backups", null, Api.ADMIN);
            assertEquals(backup.raw(), 201, backup.status());
            Path folder = Paths.get(backup.body().get("location").asText());
            assertTrue(backup.body().get("files").size() > 10);
            assertTrue(Files.readString(folder.resolve("SHA256SUMS")).contains("seg0/"));
            String after = created(api, "Nachher");
            JsonNode listed = api.get("/operations/backups", Api.ADMIN).body();
            assertEquals(backup.body().get("sha256"), listed.get(0).get("sha256"));
            List<String> audited = new ArrayList<>();
            api.get("/audit?user=admin", Api.DPO).body().forEach(row -> audited.add(row.get("action").asText()));
            assertTrue(audited.toString(), audited.contains("operations.backup"));

            platform.stop();
            String restored = Platform.run(platform.home, platform.home.resolve("bin/kim-restore").toString(),
                    folder.toString());
            assertTrue(restored, restored.contains("Restored"));
            platform.start();
            assertEquals(200, api.get("/clients/" + before, Api.CM_SUNDERN).status());
            assertEquals(404, api.get("/clients/" + after, Api.CM_SUNDERN).status());
            JsonNode verification = api.get("/audit/verification", Api.ADMIN).body();
            assertTrue(verification.toString(), verification.get("problem").isNull());
            assertTrue(verification.toString(), verification.get("checked").asLong() > 0);
            platform.stop();

            // a database writer with the platform stopped (Derby's own ij): an inserted row is named and never sealed
            ij(platform, "INSERT INTO KIM_AUDIT (ID, AT_MILLIS, USER_NAME, ROLE_NAME, ACTION_NAME, OUTCOME, DETAIL)"
                    + " SELECT MAX(ID) + 100000, 1700000000000, 'cm.sundern', 'CASE_MANAGER', 'client.read', 'ALLOWED',"
                    + " 'alibi' FROM KIM_AUDIT");
            platform.start();
            JsonNode inserted = api.get("/audit/verification", Api.ADMIN).body();
            assertTrue(inserted.toString(), inserted.get("problem").asText().contains("no valid MAC")
                    && inserted.get("firstBrokenId").asLong() > 0);
            platform.stop();
            // the forged row gone again, and the end of the chain cut off: the checkpoints outside the database show it
            ij(platform, "DELETE FROM KIM_AUDIT WHERE USER_NAME = 'cm.sundern' AND DETAIL = 'alibi'",
                    "DELETE FROM KIM_AUDIT WHERE ID IN (SELECT AUDIT_ID FROM KIM_AUDIT_CHAIN WHERE SEAL > (SELECT MAX(SEAL)"
                            + " - 5 FROM KIM_AUDIT_CHAIN))",
                    "DELETE FROM KIM_AUDIT_CHAIN WHERE SEAL > (SELECT MAX(SEAL) - 5 FROM KIM_AUDIT_CHAIN)");
            platform.start();
            JsonNode cut = api.get("/audit/verification", Api.ADMIN).body();
            assertTrue(cut.toString(), cut.get("problem").asText().contains("checkpoint"));
            platform.stop();
        }
    }

    /** Runs SQL on the stopped platform's Derby database with Derby's ij, in a process of its own. */
    private static void ij(Platform platform, String... statements) throws Exception {
        Path script = Files.createTempFile("kim-ij", ".sql");
        String url = "jdbc:derby:" + platform.home.resolve("data/derby/kim").toAbsolutePath();
        StringBuilder text = new StringBuilder("CONNECT '" + url + "';\n");
        for (String sql : statements) {
            text.append(sql).append(";\n");
        }
        text.append("DISCONNECT;\nCONNECT '" + url + ";shutdown=true';\n");
        Files.writeString(script, text.toString());
        String classpath = Paths.get(org.apache.derby.jdbc.EmbeddedDriver.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()) + java.io.File.pathSeparator + Paths.get(org.apache.derby.tools.ij.class
                .getProtectionDomain().getCodeSource().getLocation().toURI());
        String output = Platform.run(platform.home, Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "org.apache.derby.tools.ij", script.toString());
        assertTrue(output, !output.contains("ERROR ") || output.contains("ERROR 08006"));
    }

    private static String created(Api api, String name) {
        Api.Reply reply = api.send("POST", "/clients", json("familyName", name, "dateOfBirth", "1990-01-01",
                "municipality", SUNDERN), Api.CM_SUNDERN);
        assertEquals(reply.raw(), 201, reply.status());
        return reply.body().get("id").asText();
    }
}
