package de.kim.core.internal.access;

import de.kim.api.access.ChainVerification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Links audit rows into the hash chain, and checks the chain, in plain JDBC: the sealer reads and
 * updates thousands of rows a second, which through JPA objects cost more than the work audited.
 */
final class AuditChain {
    private static final int PAGE = 50_000;
    private static final String COLUMNS = "ID, AT_MILLIS, USER_NAME, ROLE_NAME, OFFICE_ID, SCOPE, ACTION_NAME,"
            + " CLIENT_ID, CASE_ID, PURPOSE, OUTCOME, DETAIL";
    private static final int WIDTH = 12;

    private final DataSource data;
    private final int batch;

    AuditChain(DataSource data, int batch) {
        this.data = data;
        this.batch = batch;
    }

    int batch() {
        return batch;
    }

    /**
     * Makes sure the index the sealer reads by exists: the persistence unit creates it with a new
     * table, not on a table made by an earlier version (which had indexes on SEAL alone and on the time).
     */
    void prepare() throws SQLException {
        try (Connection db = data.getConnection(); Statement s = db.createStatement()) {
            java.util.Set<String> indexes = new java.util.HashSet<>();
            try (ResultSet r = db.getMetaData().getIndexInfo(null, null, "KIM_AUDIT", false, false)) {
                while (r.next()) {
                    indexes.add(String.valueOf(r.getString("INDEX_NAME")).toUpperCase(java.util.Locale.ROOT));
                }
            }
            if (!indexes.contains(AuditEntity.SEAL_INDEX)) {
                s.executeUpdate("CREATE INDEX " + AuditEntity.SEAL_INDEX + " ON KIM_AUDIT (SEAL, ID)");
            }
            for (String obsolete : List.of("KIM_AUDIT_SEAL", "KIM_AUDIT_AT")) {
                if (indexes.contains(obsolete)) {
                    s.executeUpdate("DROP INDEX " + obsolete);
                }
            }
        }
    }

    /** Seals up to {@link #batch()} committed rows in the order of their ids, in one transaction; the number sealed. */
    int sealBatch() throws SQLException {
        try (Connection db = data.getConnection()) {
            db.setAutoCommit(false);
            try {
                int sealed = seal(db);
                db.commit();
                return sealed;
            } catch (SQLException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
    }

    private int seal(Connection db) throws SQLException {
        List<Object[]> pending = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            s.setMaxRows(batch);
            // through the (SEAL, ID) index: the oldest unsealed rows come in id order, no sort of the backlog
            try (ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM KIM_AUDIT --DERBY-PROPERTIES index="
                    + AuditEntity.SEAL_INDEX + "\n WHERE SEAL IS NULL ORDER BY ID")) {
                while (r.next()) {
                    pending.add(columns(r, 1));
                }
            }
        }
        if (pending.isEmpty()) {
            return 0;
        }
        long seal = 0;
        String previous = ChainHash.GENESIS;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT SEAL, HASH FROM KIM_AUDIT WHERE SEAL = (SELECT MAX(SEAL) FROM KIM_AUDIT)")) {
            if (r.next()) {
                seal = r.getLong(1);
                previous = r.getString(2);
            }
        }
        ChainHash hash = new ChainHash();
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE KIM_AUDIT SET SEAL = ?, PREVIOUS_HASH = ?, HASH = ? WHERE ID = ? AND SEAL IS NULL")) {
            for (Object[] row : pending) {
                seal++;
                String current = hash.of(seal, row, previous);
                update.setLong(1, seal);
                update.setString(2, previous);
                update.setString(3, current);
                update.setLong(4, ((Number) row[0]).longValue());
                update.addBatch();
                previous = current;
            }
            update.executeBatch();
        }
        return pending.size();
    }

    /** Checks every sealed row in chain order and counts the rows not yet sealed. */
    ChainVerification verify(LongConsumer progress) throws SQLException {
        long started = System.nanoTime();
        ChainHash hash = new ChainHash();
        String previous = ChainHash.GENESIS;
        long expected = 1;
        long checked = 0;
        try (Connection db = data.getConnection();
                PreparedStatement page = db.prepareStatement("SELECT SEAL, PREVIOUS_HASH, HASH, " + COLUMNS
                        + " FROM KIM_AUDIT WHERE SEAL >= ? AND SEAL < ? ORDER BY SEAL")) {
            long last = single(db, "SELECT COALESCE(MAX(SEAL), 0) FROM KIM_AUDIT");
            while (expected <= last) {
                page.setLong(1, expected);
                page.setLong(2, expected + PAGE);
                try (ResultSet r = page.executeQuery()) {
                    long pageEnd = expected + PAGE;
                    while (r.next()) {
                        long seal = r.getLong(1);
                        long id = r.getLong(4);
                        if (seal != expected) {
                            return broken(db, id, expected, "row " + expected + " of the chain is missing (deleted)",
                                    checked, started);
                        }
                        Object[] row = columns(r, 4);
                        if (!previous.equals(r.getString(2)) || !hash.of(seal, row, previous).equals(r.getString(3))) {
                            return broken(db, id, seal, "row " + id + " (chain position " + seal
                                    + ") does not match its hash: changed, inserted or re-linked", checked, started);
                        }
                        previous = r.getString(3);
                        expected++;
                        checked++;
                        if (checked % 100_000 == 0) {
                            progress.accept(checked);
                        }
                    }
                    if (expected < pageEnd && expected <= last) {
                        return broken(db, null, expected, "row " + expected + " of the chain is missing (deleted)",
                                checked, started);
                    }
                }
            }
            progress.accept(checked);
            return new ChainVerification(checked, unsealed(db), null, null, null, millis(started));
        }
    }

    /** The hashed columns of a row, from {@code first} on, as the JDBC driver gives them. */
    private static Object[] columns(ResultSet r, int first) throws SQLException {
        Object[] row = new Object[WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            row[i] = r.getObject(first + i);
        }
        return row;
    }

    private static ChainVerification broken(Connection db, Long id, long seal, String problem, long checked,
            long started) throws SQLException {
        return new ChainVerification(checked, unsealed(db), id, seal, problem, millis(started));
    }

    private static long unsealed(Connection db) throws SQLException {
        return single(db, "SELECT COUNT(*) FROM KIM_AUDIT WHERE SEAL IS NULL");
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
