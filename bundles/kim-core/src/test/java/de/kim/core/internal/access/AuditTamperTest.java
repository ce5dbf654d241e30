package de.kim.core.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.access.ChainVerification;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five ways a database writer tampers with the audit trail, each done as an attacker would: on Derby with the
 * database closed (the platform stopped) and changed with Derby's own {@code ij} in a process of its own, on
 * PostgreSQL with SQL (where it is installed, on a server of its own: tools/postgresql/kim-postgres). Each must be
 * named by the check: a changed row, a deleted row, an inserted row, a cut-off tail and a chain recomputed with
 * plain SHA-256. And a rotated key: older rows still verify with the older key.
 */
class AuditTamperTest {
    private static final String POSTGRESQL_PORT = "55435";

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    @TempDir
    Path folder;
    private String kind;
    private String url;
    private AuditKeys keys;
    private AuditChain chain;
    private AuditCheckpoints checkpoints;

    private static boolean postgresqlStarted;

    @AfterEach
    void stop() {
        if ("derby".equals(kind)) {
            shutdown();
        }
    }

    @AfterAll
    static void stopPostgresql() throws Exception {
        if (postgresqlStarted) {
            run(script(), "stop", postgresqlFolder(), POSTGRESQL_PORT);
        }
    }

    /** The platform wrote rows 1..8 (signed, sealed) and a checkpoint, then stopped. */
    private void platform(String kind) throws Exception {
        this.kind = kind;
        keys = AuditKeys.open(folder.resolve("etc/kim-audit.keys"));
        checkpoints = new AuditCheckpoints(folder.resolve("data/kim-audit-checkpoints.log"), keys);
        DataSource data;
        if (kind.equals("derby")) {
            url = "jdbc:derby:" + folder.resolve("derby/kim").toAbsolutePath();
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName(folder.resolve("derby/kim").toAbsolutePath().toString());
            derby.setCreateDatabase("create");
            data = derby;
        } else {
            Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/lib/postgresql")), "PostgreSQL is not installed");
            if (!postgresqlStarted) {
                run(script(), "start", postgresqlFolder(), POSTGRESQL_PORT);
                postgresqlStarted = true;
            }
            run(script(), "reset", postgresqlFolder(), POSTGRESQL_PORT);
            url = "jdbc:postgresql://127.0.0.1:" + POSTGRESQL_PORT + "/kim";
            org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser("kim");
            pg.setPassword(System.getenv().getOrDefault("KIM_DB_PASSWORD", "kim"));
            data = pg;
        }
        chain = new AuditChain(data, 3, keys);
        try (Connection db = data.getConnection(); Statement s = db.createStatement()) {
            s.executeUpdate("CREATE TABLE KIM_AUDIT (ID BIGINT NOT NULL PRIMARY KEY, AT_MILLIS BIGINT NOT NULL, USER_NAME"
                    + " VARCHAR(100) NOT NULL, ROLE_NAME VARCHAR(30), OFFICE_ID BIGINT, SCOPE VARCHAR(8), ACTION_NAME"
                    + " VARCHAR(40) NOT NULL, CLIENT_ID VARCHAR(20), CASE_ID BIGINT, PURPOSE VARCHAR(20), OUTCOME"
                    + " VARCHAR(10) NOT NULL, DETAIL VARCHAR(500), ROW_MAC VARCHAR(80))");
        }
        chain.prepare();
        chain.link(write(data, 1, 8));
        checkpoints.write(chain.head());
        assertNull(verify().problem());
        if (kind.equals("derby")) {
            shutdown();
        }
    }

    /** The platform starts again: the sealer sweeps the table, as at every start, and the check runs. */
    private ChainVerification restart() throws Exception {
        chain.sweep();
        return verify();
    }

    private ChainVerification verify() throws Exception {
        return checkpoints.verify(chain, n -> { });
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aChangedRowIsNamed(String kind) throws Exception {
        platform(kind);
        attack("UPDATE KIM_AUDIT SET USER_NAME = 'someone.else' WHERE ID = 4");
        ChainVerification result = restart();
        assertEquals(4L, result.firstBrokenId(), result.problem());
        assertTrue(result.problem().contains("changed"), result.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aDeletedRowIsNamed(String kind) throws Exception {
        platform(kind);
        attack("DELETE FROM KIM_AUDIT WHERE ID = 5");
        ChainVerification result = restart();
        assertEquals(5L, result.firstBrokenSeal(), result.problem());
        assertTrue(result.problem().contains("missing (deleted)"), result.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void anInsertedRowIsNamedAndNeverSealed(String kind) throws Exception {
        platform(kind);
        attack("INSERT INTO KIM_AUDIT (ID, AT_MILLIS, USER_NAME, ROLE_NAME, ACTION_NAME, OUTCOME, DETAIL) VALUES (9,"
                + " 1700000000009, 'cm.sundern', 'CASE_MANAGER', 'client.read', 'ALLOWED', 'alibi')");
        ChainVerification result = restart();
        assertEquals(9L, result.firstBrokenId(), result.problem());
        assertTrue(result.problem().contains("no valid MAC"), result.problem());
        assertEquals(8, chain.head().seal(), "the sealer did not link the inserted row");
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aCutOffTailIsNamed(String kind) throws Exception {
        platform(kind);
        attack("DELETE FROM KIM_AUDIT_CHAIN WHERE SEAL > 5", "DELETE FROM KIM_AUDIT WHERE ID > 5");
        ChainVerification result = restart();
        assertEquals(6L, result.firstBrokenSeal(), result.problem());
        assertTrue(result.problem().contains("cut off"), result.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgresql"})
    void aChainRecomputedWithPlainSha256IsNamed(String kind) throws Exception {
        platform(kind);
        // row 3 changed, and every link from it on recomputed as release 0.1 hashed them (the attacker has no key)
        List<String> sql = new ArrayList<>(List.of("UPDATE KIM_AUDIT SET DETAIL = 'nothing to see' WHERE ID = 3"));
        ChainHash sha256 = ChainHash.legacy();
        String previous = linkHash(2);
        for (long id = 3; id <= 8; id++) {
            Object[] row = row(id, id == 3 ? "nothing to see" : null);
            String hash = sha256.of(id, row, previous);
            sql.add("UPDATE KIM_AUDIT_CHAIN SET PREVIOUS_HASH = '" + previous + "', HASH = '" + hash + "' WHERE SEAL = "
                    + id);
            previous = hash;
        }
        attack(sql.toArray(new String[0]));
        ChainVerification result = restart();
        assertEquals(3L, result.firstBrokenId(), result.problem());
        // the same with the key ids removed, so that the links look like those of release 0.1
        attack("UPDATE KIM_AUDIT_CHAIN SET KEY_ID = NULL WHERE SEAL >= 3");
        result = restart();
        assertEquals(3L, result.firstBrokenId(), result.problem());
        assertTrue(result.problem().contains("without the key"), result.problem());
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby"})
    void olderRowsVerifyWithTheOlderKeyAfterARotation(String kind) throws Exception {
        platform(kind);
        String old = keys.currentId();
        String rotated = keys.rotate();
        assertTrue(!old.equals(rotated));
        AuditKeys reopened = AuditKeys.open(keys.file());
        assertEquals(Set.of(old, rotated), reopened.ids());
        assertEquals(rotated, reopened.currentId());
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(keys.file()));
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.resolve("derby/kim").toAbsolutePath().toString());
        chain = new AuditChain(derby, 3, reopened);
        checkpoints = new AuditCheckpoints(checkpoints.file(), reopened);
        chain.link(write(derby, 9, 12, reopened));
        checkpoints.write(chain.head());
        ChainVerification result = verify();
        assertNull(result.problem(), result.problem());
        assertEquals(12, result.checked());
        assertTrue(linkKey(3).equals(old) && linkKey(10).equals(rotated));
        // without the older key the older rows do not verify
        Path without = folder.resolve("etc/only-new.keys");
        Files.writeString(without, Files.readString(keys.file()).lines()
                .filter(l -> !l.startsWith(old)).reduce("", (a, b) -> a + b + "\n"));
        AuditChain newOnly = new AuditChain(derby, 3, AuditKeys.open(without));
        assertNotNull(newOnly.verify(n -> { }).problem());
    }

    // ---- what the platform writes, and what the attacker does

    private List<Object[]> write(DataSource data, long from, long to) throws SQLException {
        return write(data, from, to, keys);
    }

    private static List<Object[]> write(DataSource data, long from, long to, AuditKeys keys) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection db = data.getConnection(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO KIM_AUDIT (ID, AT_MILLIS, USER_NAME, ROLE_NAME, OFFICE_ID, SCOPE, ACTION_NAME, CLIENT_ID,"
                        + " CASE_ID, PURPOSE, OUTCOME, DETAIL, ROW_MAC) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long id = from; id <= to; id++) {
                Object[] row = row(id, null);
                for (int i = 0; i < 12; i++) {
                    insert.setObject(i + 1, row[i], i == 0 || i == 1 || i == 4 || i == 8 ? java.sql.Types.BIGINT
                            : java.sql.Types.VARCHAR);
                }
                insert.setString(13, keys.sign(ChainHash.rowText(row)));
                insert.executeUpdate();
                rows.add(row);
            }
        }
        return rows;
    }

    private static Object[] row(long id, String detail) {
        return new Object[] {id, 1_700_000_000_000L + id, "cm.sundern", "CASE_MANAGER", 32L, "05958044",
            "client.read", "K-" + id, null, "CASE_WORK", "ALLOWED", detail};
    }

    /** Changes the stopped database as an attacker would: Derby with ij in a process of its own, PostgreSQL with SQL. */
    private void attack(String... statements) throws Exception {
        if (kind.equals("derby")) {
            shutdown(); // the platform is stopped
            Path script = Files.createTempFile(folder, "attack", ".sql");
            StringBuilder text = new StringBuilder("CONNECT '" + url + "';\n");
            for (String sql : statements) {
                text.append(sql).append(";\n");
            }
            text.append("DISCONNECT;\nCONNECT '" + url + ";shutdown=true';\n");
            Files.writeString(script, text.toString(), StandardCharsets.UTF_8);
            String classpath = jar(org.apache.derby.jdbc.EmbeddedDriver.class) + File.pathSeparator
                    + jar(org.apache.derby.tools.ij.class);
            String output = run(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                    "-Dderby.stream.error.file=" + folder.resolve("ij-derby.log"), "org.apache.derby.tools.ij",
                    script.toString());
            assertTrue(!output.contains("ERROR ") || output.contains("ERROR 08006"), output);
        } else {
            try (Connection db = DriverManager.getConnection(url, "kim",
                    System.getenv().getOrDefault("KIM_DB_PASSWORD", "kim")); Statement s = db.createStatement()) {
                for (String sql : statements) {
                    s.executeUpdate(sql);
                }
            }
        }
    }

    private String linkHash(long seal) throws Exception {
        return chain.hashAt(seal);
    }

    private String linkKey(long seal) throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(folder.resolve("derby/kim").toAbsolutePath().toString());
        try (Connection db = derby.getConnection(); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT KEY_ID FROM KIM_AUDIT_CHAIN WHERE SEAL = " + seal)) {
            r.next();
            return r.getString(1);
        }
    }

    private void shutdown() {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException expected) {
            // 08006: the database was shut down
        }
    }

    private static String jar(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    private static String script() {
        return Path.of("../../tools/postgresql/kim-postgres").toAbsolutePath().toString();
    }

    private static String postgresqlFolder() {
        return System.getProperty("java.io.tmpdir") + "/kim-postgresql-audit";
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + output);
        return output;
    }
}
