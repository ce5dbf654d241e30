package de.kim.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Two nodes as processes ({@code bin/karaf server}) on one PostgreSQL database, as behind a load balancer: a
 * write on one is read on the other at once (no shared cache), a stale update through the other node is refused
 * with 409 (optimistic locking in the database), a token of one is accepted by the other (a shared signing key),
 * the background jobs run on one node only (leases), and the other takes them over when that node stops.
 * Runs in the PostgreSQL run of the tests only (Maven profile postgresql).
 */
public class ClusterIT {
    private static final String SUNDERN = "05958044";

    @Test
    public void twoNodesOnOneDatabaseServeAsOne() throws Exception {
        assertTrue("ClusterIT needs the PostgreSQL test server (-P postgresql)", TestDatabase.postgresql());
        String url = TestDatabase.newPostgresql();
        try (Platform one = Platform.unpack("node1"); Platform two = Platform.unpack("node2")) {
            Path key = one.home.getParent().resolve(one.home.getFileName() + "-token-key.json");
            Path auditKey = one.home.getParent().resolve(one.home.getFileName() + "-audit.keys");
            int n = 0;
            for (Platform node : new Platform[] {one, two}) {
                n++;
                node.configure("org.ops4j.datasource-kim.cfg", "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver");
                node.configure("org.ops4j.datasource-kim.cfg", "url", url);
                node.configure("org.ops4j.datasource-kim.cfg", "user", "kim");
                node.configure("org.ops4j.datasource-kim.cfg", "password", "kim");
                node.configure("de.kim.rest.cfg", "token.key.file", key.toString());
                // one audit key for the cluster: each node verifies the rows and links the others wrote
                node.configure("de.kim.audit.cfg", "key.file", auditKey.toString());
                node.systemProperty("karaf.name", "node" + n);
            }
            one.start(); // the first node migrates the schema and loads the directory and the demo data
            // the users the first start added to its realm (the provisioning step of README "Several nodes")
            Files.copy(one.home.resolve("etc/users.properties"), two.home.resolve("etc/users.properties"),
                    StandardCopyOption.REPLACE_EXISTING);
            two.start();
            Api a = one.api();
            Api b = two.api();

            JsonNode client = expect(a.send("POST", "/clients", Api.json("familyName", "Zweiknoten", "givenNames", "Lea",
                    "dateOfBirth", "1990-01-01", "municipality", SUNDERN), Api.CM), 201);
            JsonNode kimCase = expect(a.send("POST", "/cases", Api.json("clientId", client.get("id"), "ownerMunicipality",
                    SUNDERN, "caseManager", "cm.kreis", "targetGroup", "OTHER"), Api.CM), 201);
            long id = kimCase.get("id").asLong();
            JsonNode onTwo = expect(b.get("/cases/" + id), 200);
            assertEquals("written on node 1, read on node 2 at once", kimCase.get("version"), onTwo.get("version"));

            String update = Api.json("clientId", client.get("id"), "ownerMunicipality", SUNDERN, "caseManager",
                    "cm.sundern", "targetGroup", "OTHER", "version", onTwo.get("version"));
            expect(a.send("PUT", "/cases/" + id, update, Api.CM), 200);
            Api.Reply stale = b.send("PUT", "/cases/" + id, update.replace("cm.sundern", "cm.kreis"), Api.CM);
            assertEquals("a stale update through the other node: " + stale.raw(), 409, stale.status());
            assertEquals("cm.sundern", expect(b.get("/cases/" + id), 200).get("caseManager").asText());

            String token = expect(a.send("POST", "/auth/token", null, Api.CM_SUNDERN), 200).get("access_token").asText();
            assertEquals("node 2 accepts node 1's token", 200, b.bearer("GET", "/clients?size=1", token).status());

            Map<String, String> holders = leases(url);
            assertNotNull("the outbox runs on one node: " + holders, holders.get("outbox"));
            Platform holder = holders.get("outbox").startsWith("node1/") ? one : two;
            Platform other = holder == one ? two : one;
            holder.stop();
            long deadline = System.currentTimeMillis() + 60_000;
            String next = null;
            while (System.currentTimeMillis() < deadline) {
                next = leases(url).get("outbox");
                if (next != null && next.startsWith(other == one ? "node1/" : "node2/")) {
                    break;
                }
                other.api().get("/health"); // keep it busy; the outbox asks for its lease at each round
                Thread.sleep(500);
            }
            assertTrue("the remaining node took the outbox over: " + next,
                    next != null && next.startsWith(other == one ? "node1/" : "node2/"));
            assertEquals(200, other.api().get("/cases/" + id).status());
        }
    }

    private static JsonNode expect(Api.Reply reply, int status) {
        assertEquals(reply.raw(), status, reply.status());
        return reply.body();
    }

    private static Map<String, String> leases(String url) throws Exception {
        Map<String, String> holders = new HashMap<>();
        try (Connection c = DriverManager.getConnection(url, "kim", "kim"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT NAME, HOLDER FROM KIM_LEASE WHERE EXPIRES_AT > "
                        + System.currentTimeMillis())) {
            while (r.next()) {
                holders.put(r.getString(1), r.getString(2));
            }
        }
        return holders;
    }
}
