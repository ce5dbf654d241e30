package de.kim.core.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kim.api.access.ChainVerification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit chain against a real Derby (in memory): linking, sweeping, and what the check finds. */
class AuditChainTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    static {
        System.setProperty("derby.stream.error.file", "target/derby.log");
    }

    static final AuditKeys KEYS = AuditKeys.inMemory(AuditKeys.newKey());
    private EmbeddedDataSource data;
    private AuditChain chain;

    @BeforeEach
    void database() throws SQLException {
        data = new EmbeddedDataSource();
        data.setDatabaseName("memory:audit-chain-" + DATABASES.incrementAndGet());
        data.setCreateDatabase("create");
        chain = new AuditChain(data, 3, KEYS);
        sql("CREATE TABLE KIM_AUDIT (ID BIGINT NOT NULL PRIMARY KEY, AT_MILLIS BIGINT NOT NULL, USER_NAME VARCHAR(100)"
                + " NOT NULL, ROLE_NAME VARCHAR(30), OFFICE_ID BIGINT, SCOPE VARCHAR(8), ACTION_NAME VARCHAR(40) NOT NULL,"
                + " CLIENT_ID VARCHAR(20), CASE_ID BIGINT, PURPOSE VARCHAR(20), OUTCOME VARCHAR(10) NOT NULL,"
                + " DETAIL VARCHAR(500), ROW_MAC VARCHAR(80))");
    }

    @Test
    void linkedRowsVerifyAndUnlinkedOnesAreCounted() throws SQLException {
        chain.prepare();
        List<Object[]> rows = write(1, 7);
        assertEquals(5, chain.link(rows.subList(0, 5)));
        ChainVerification result = chain.verify(n -> { });
        assertTrue(result.intact(), result.problem());
        assertEquals(5, result.checked());
        assertEquals(2, result.unsealed());
        assertEquals(2, chain.link(rows.subList(5, 7)));
        assertEquals(7, chain.verify(n -> { }).checked());
    }

    @Test
    void aRowLinkedTwiceIsLinkedOnce() throws SQLException {
        chain.prepare();
        List<Object[]> rows = write(1, 4);
        chain.link(rows.subList(0, 2));
        // the queue brings rows a sweep has already linked
        assertEquals(2, chain.link(rows));
        ChainVerification result = chain.verify(n -> { });
        assertTrue(result.intact(), result.problem());
        assertEquals(4, result.checked());
    }

    @Test
    void theSweepLinksRowsThatMissedTheQueueInIdOrder() throws SQLException {
        chain.prepare();
        List<Object[]> rows = write(1, 8);
        chain.link(rows.subList(4, 5));
        assertEquals(7, chain.sweep());
        assertEquals(0, chain.sweep());
        ChainVerification result = chain.verify(n -> { });
        assertTrue(result.intact(), result.problem());
        assertEquals(8, result.checked());
        assertEquals(0, result.unsealed());
        assertEquals(2L, chain.seals(List.of(1L, 2L)).get(1L));
    }

    @Test
    void aChangedRowIsNamed() throws SQLException {
        sealed(6);
        sql("UPDATE KIM_AUDIT SET USER_NAME = 'someone.else' WHERE ID = 4");
        ChainVerification result = chain.verify(n -> { });
        assertEquals(4L, result.firstBrokenId());
        assertEquals(4L, result.firstBrokenSeal());
        assertEquals(3, result.checked());
        assertTrue(result.problem().contains("does not match its MAC"), result.problem());
    }

    @Test
    void aDeletedRowIsNamedByItsPosition() throws SQLException {
        sealed(6);
        sql("DELETE FROM KIM_AUDIT WHERE ID = 5");
        ChainVerification result = chain.verify(n -> { });
        assertEquals(5L, result.firstBrokenSeal());
        assertTrue(result.problem().contains("chain position 5") && result.problem().contains("missing"),
                result.problem());
    }

    @Test
    void aDeletedLinkIsAGap() throws SQLException {
        sealed(6);
        sql("DELETE FROM KIM_AUDIT_CHAIN WHERE SEAL = 3");
        ChainVerification result = chain.verify(n -> { });
        assertEquals(3L, result.firstBrokenSeal());
        assertTrue(result.problem().contains("missing"), result.problem());
    }

    @Test
    void aForgedRowWithAMadeUpHashIsNamed() throws SQLException {
        sealed(4);
        write(100, 100, false);
        sql("INSERT INTO KIM_AUDIT_CHAIN (SEAL, AUDIT_ID, PREVIOUS_HASH, HASH) VALUES (5, 100, (SELECT HASH FROM"
                + " KIM_AUDIT_CHAIN WHERE SEAL = 4), '" + "ab".repeat(32) + "')");
        ChainVerification result = chain.verify(n -> { });
        assertEquals(100L, result.firstBrokenId());
        assertEquals(5L, result.firstBrokenSeal());
    }

    @Test
    void aRelinkedRowBreaksTheOrder() throws SQLException {
        sealed(5);
        // the link of row 3 re-hashed over a made-up previous hash: its own hash fits, the order does not
        String previous = "cd".repeat(32);
        String hash = ChainHash.keyed(KEYS.mac(KEYS.currentId())).of(3, columnsOf(3), previous);
        sql("UPDATE KIM_AUDIT_CHAIN SET PREVIOUS_HASH = '" + previous + "', HASH = '" + hash + "' WHERE SEAL = 3");
        ChainVerification result = chain.verify(n -> { });
        assertEquals(3L, result.firstBrokenSeal());
        assertTrue(result.problem().contains("does not follow"), result.problem());
    }

    @Test
    void theChainOfAnEarlierVersionMovesIntoItsOwnTable() throws SQLException {
        sql("ALTER TABLE KIM_AUDIT ADD COLUMN SEAL BIGINT");
        sql("ALTER TABLE KIM_AUDIT ADD COLUMN PREVIOUS_HASH VARCHAR(64)");
        sql("ALTER TABLE KIM_AUDIT ADD COLUMN HASH VARCHAR(64)");
        sql("CREATE INDEX KIM_AUDIT_SEAL_ID ON KIM_AUDIT (SEAL, ID)");
        List<Object[]> rows = write(1, 3, false);
        ChainHash hash = ChainHash.legacy();
        String previous = ChainHash.GENESIS;
        for (int i = 0; i < 2; i++) {
            String current = hash.of(i + 1, rows.get(i), previous);
            sql("UPDATE KIM_AUDIT SET SEAL = " + (i + 1) + ", PREVIOUS_HASH = '" + previous + "', HASH = '" + current
                    + "' WHERE ID = " + (i + 1));
            previous = current;
        }
        chain.prepare();
        ChainVerification result = chain.verify(n -> { });
        assertTrue(result.intact(), result.problem());
        assertEquals(2, result.checked());
        assertEquals(1, result.unsealed());
        // the third row of release 0.1 was never sealed: signed once, when the first keyed start found it
        assertEquals(1, chain.sweep());
        assertNull(chain.verify(n -> { }).problem());
        // a row without MAC that turns up later is not adopted
        write(4, 4, false);
        chain.prepare();
        assertEquals(0, chain.sweep());
        assertTrue(chain.verify(n -> { }).problem().contains("row 4 is not in the chain and has no valid MAC"));
        chain.prepare();
        assertEquals(3, chain.verify(n -> { }).checked());
    }

    private void sealed(int rows) throws SQLException {
        chain.prepare();
        chain.link(write(1, rows));
        assertTrue(chain.verify(n -> { }).intact());
    }

    /** Writes audit rows with ids from..to as the platform does (signed); their hashed columns as the log queues them. */
    private List<Object[]> write(long from, long to) throws SQLException {
        return write(from, to, true);
    }

    private List<Object[]> write(long from, long to, boolean signed) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection db = data.getConnection(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO KIM_AUDIT (ID, AT_MILLIS, USER_NAME, ROLE_NAME, OFFICE_ID, SCOPE, ACTION_NAME, CLIENT_ID,"
                        + " CASE_ID, PURPOSE, OUTCOME, DETAIL, ROW_MAC) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (long id = from; id <= to; id++) {
                Object[] row = {id, 1_700_000_000_000L + id, "cm.sundern", "KIM_CASE_MANAGER", id % 2 == 0 ? null : 7L,
                    "05958044", "client.read", "K-" + id, id % 3 == 0 ? null : 40L + id, "KIM", "ALLOWED",
                    id % 2 == 0 ? "Ümlaut ß detail" : null};
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i], i == 0 || i == 1 || i == 4 || i == 8 ? java.sql.Types.BIGINT
                            : java.sql.Types.VARCHAR);
                }
                insert.setString(13, signed ? KEYS.sign(ChainHash.rowText(row)) : null);
                insert.executeUpdate();
                rows.add(row);
            }
        }
        return rows;
    }

    private Object[] columnsOf(long id) throws SQLException {
        try (Connection db = data.getConnection(); Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT ID, AT_MILLIS, USER_NAME, ROLE_NAME, OFFICE_ID, SCOPE, ACTION_NAME, CLIENT_ID, CASE_ID, PURPOSE,"
                        + " OUTCOME, DETAIL FROM KIM_AUDIT WHERE ID = " + id)) {
            r.next();
            Object[] row = new Object[12];
            for (int i = 0; i < 12; i++) {
                row[i] = r.getObject(i + 1);
            }
            return row;
        }
    }

    private void sql(String statement) throws SQLException {
        try (Connection db = data.getConnection(); Statement s = db.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
