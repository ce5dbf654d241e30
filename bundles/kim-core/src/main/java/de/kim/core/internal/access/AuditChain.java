package de.kim.core.internal.access;

import de.kim.api.access.ChainVerification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * The hash chain over the audit trail, in a table of its own that is only ever appended to:
 * {@code KIM_AUDIT_CHAIN} holds, per chain position {@code SEAL}, the id of the audit row it links, the
 * previous row's hash and the hash of this row (over its position, its columns and the previous hash).
 * The audit rows themselves are written once and never updated, so the requests that write them share
 * no index page with the sealer. Plain JDBC: the sealer and the check handle thousands of rows a second.
 */
final class AuditChain {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditChain.class);
    static final String TABLE = "KIM_AUDIT_CHAIN";
    private static final String COLUMNS = "ID, AT_MILLIS, USER_NAME, ROLE_NAME, OFFICE_ID, SCOPE, ACTION_NAME,"
            + " CLIENT_ID, CASE_ID, PURPOSE, OUTCOME, DETAIL, ROW_MAC";
    /** The hashed columns and, last, the row's own MAC. */
    private static final int WIDTH = 13;
    static final int MAC = 12;
    private static final int LOOKUP = 500;

    private final DataSource data;
    private final int batch;
    private final AuditKeys keys;
    /** Rows the sweep found without a valid MAC (written outside the platform), reported once each. */
    private final java.util.Set<Long> rejected = java.util.concurrent.ConcurrentHashMap.newKeySet();

    AuditChain(DataSource data, int batch, AuditKeys keys) {
        this.data = data;
        this.batch = batch;
        this.keys = keys;
    }

    AuditKeys keys() {
        return keys;
    }

    int batch() {
        return batch;
    }

    /**
     * Creates the chain table if missing, and moves the chain of an audit table of an earlier version
     * (which kept SEAL and the hashes in its own rows, with indexes for the sealer) into it.
     */
    void prepare() throws SQLException {
        try (Connection db = data.getConnection(); Statement s = db.createStatement()) {
            if (!exists(db, TABLE)) {
                s.executeUpdate("CREATE TABLE " + TABLE + " (SEAL BIGINT NOT NULL PRIMARY KEY, AUDIT_ID BIGINT NOT NULL,"
                        + " PREVIOUS_HASH VARCHAR(64) NOT NULL, HASH VARCHAR(64) NOT NULL, KEY_ID VARCHAR(16))");
                s.executeUpdate("CREATE UNIQUE INDEX " + TABLE + "_ROW ON " + TABLE + " (AUDIT_ID)");
            }
            Set<String> columns = columns(db, "KIM_AUDIT");
            // a database the migrations of this release have not reached (tests): the MAC and key columns
            if (!columns.isEmpty() && !columns.contains("ROW_MAC")) {
                s.executeUpdate("ALTER TABLE KIM_AUDIT ADD COLUMN ROW_MAC VARCHAR(80)");
            }
            if (!columns(db, TABLE).contains("KEY_ID")) {
                s.executeUpdate("ALTER TABLE " + TABLE + " ADD COLUMN KEY_ID VARCHAR(16)");
            }
            Set<String> indexes = new HashSet<>();
            try (ResultSet r = db.getMetaData().getIndexInfo(null, null, "KIM_AUDIT", false, false)) {
                while (r.next()) {
                    indexes.add(String.valueOf(r.getString("INDEX_NAME")).toUpperCase(Locale.ROOT));
                }
            }
            for (String obsolete : List.of("KIM_AUDIT_SEAL_ID", "KIM_AUDIT_SEAL", "KIM_AUDIT_AT", "KIM_AUDIT_CLIENT")) {
                if (indexes.contains(obsolete)) {
                    s.executeUpdate("DROP INDEX " + obsolete);
                }
            }
            if (columns.contains("SEAL")) {
                s.executeUpdate("INSERT INTO " + TABLE + " (SEAL, AUDIT_ID, PREVIOUS_HASH, HASH) SELECT SEAL, ID,"
                        + " PREVIOUS_HASH, HASH FROM KIM_AUDIT WHERE SEAL IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                        + TABLE + " c WHERE c.SEAL = KIM_AUDIT.SEAL)");
                for (String column : List.of("SEAL", "PREVIOUS_HASH", "HASH")) {
                    s.executeUpdate("ALTER TABLE KIM_AUDIT DROP COLUMN " + column);
                }
            }
            adoptLegacyRows(db);
        }
    }

    /**
     * On the first start with audit keys (no keyed link yet), signs the rows of the earlier release that were
     * never sealed (written in the last seconds before it stopped), so that the sealer links them. Once a keyed
     * link exists, a row without MAC is never signed here: it was not written by the platform.
     */
    private void adoptLegacyRows(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + TABLE
                + " WHERE KEY_ID IS NOT NULL")) {
            r.next();
            if (r.getLong(1) > 0) {
                return;
            }
        }
        List<Object[]> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT " + COLUMNS + " FROM KIM_AUDIT a"
                + " WHERE a.ROW_MAC IS NULL AND NOT EXISTS (SELECT 1 FROM " + TABLE + " c WHERE c.AUDIT_ID = a.ID)")) {
            while (r.next()) {
                rows.add(columns(r, 1));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement sign = db.prepareStatement("UPDATE KIM_AUDIT SET ROW_MAC = ? WHERE ID = ?")) {
            for (Object[] row : rows) {
                sign.setString(1, keys.sign(ChainHash.rowText(row)));
                sign.setLong(2, ((Number) row[0]).longValue());
                sign.addBatch();
            }
            sign.executeBatch();
        }
        LOG.info("signed {} audit rows of the earlier release that were not sealed yet", rows.size());
    }

    private static Set<String> columns(Connection db, String table) throws SQLException {
        String stored = db.getMetaData().storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
        Set<String> columns = new HashSet<>();
        try (ResultSet r = db.getMetaData().getColumns(null, null, stored, null)) {
            while (r.next()) {
                columns.add(r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static boolean exists(Connection db, String table) throws SQLException {
        String stored = db.getMetaData().storesLowerCaseIdentifiers() ? table.toLowerCase(Locale.ROOT) : table;
        try (ResultSet r = db.getMetaData().getTables(null, null, stored, new String[] {"TABLE"})) {
            return r.next();
        }
    }

    /**
     * Links the given committed rows (their hashed columns, see {@link AuditEntity#hashedColumns()})
     * after the end of the chain, in one transaction; rows already linked (found by a sweep meanwhile)
     * are skipped. The number linked.
     */
    int link(List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        try (Connection db = data.getConnection()) {
            db.setAutoCommit(false);
            try {
                append(db, rows);
                db.commit();
                return rows.size();
            } catch (SQLException first) {
                // a row linked twice (queue and sweep), or another sealer moved the end: look again, once
                db.rollback();
                List<Object[]> unlinked = unlinked(db, rows);
                try {
                    append(db, unlinked);
                    db.commit();
                    return unlinked.size();
                } catch (SQLException | RuntimeException again) {
                    db.rollback();
                    again.addSuppressed(first);
                    throw again;
                }
            }
        }
    }

    private void append(Connection db, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        long seal = 0;
        String previous = ChainHash.GENESIS;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT SEAL, HASH FROM " + TABLE
                + " WHERE SEAL = (SELECT MAX(SEAL) FROM " + TABLE + ")")) {
            if (r.next()) {
                seal = r.getLong(1);
                previous = r.getString(2);
            }
        }
        String key = keys.currentId();
        ChainHash hash = ChainHash.keyed(keys.mac(key));
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO " + TABLE + " (SEAL, AUDIT_ID, PREVIOUS_HASH, HASH, KEY_ID) VALUES (?, ?, ?, ?, ?)")) {
            for (Object[] row : rows) {
                seal++;
                String current = hash.of(seal, row, previous);
                insert.setLong(1, seal);
                insert.setLong(2, ((Number) row[0]).longValue());
                insert.setString(3, previous);
                insert.setString(4, current);
                insert.setString(5, key);
                insert.addBatch();
                previous = current;
            }
            insert.executeBatch();
        }
    }

    private static List<Object[]> unlinked(Connection db, List<Object[]> rows) throws SQLException {
        List<Object[]> unlinked = new ArrayList<>();
        try (PreparedStatement linked = db.prepareStatement("SELECT 1 FROM " + TABLE + " WHERE AUDIT_ID = ?")) {
            for (Object[] row : rows) {
                linked.setLong(1, ((Number) row[0]).longValue());
                try (ResultSet r = linked.executeQuery()) {
                    if (!r.next()) {
                        unlinked.add(row);
                    }
                }
            }
        }
        return unlinked;
    }

    /**
     * Links every committed row that is not in the chain yet, in id order, in batches: for rows that
     * never reached the sealer's queue (a crash, another writer). Reads the whole table once.
     */
    int sweep() throws SQLException {
        int total = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            try (Connection db = data.getConnection(); PreparedStatement page = db.prepareStatement("SELECT " + COLUMNS
                    + " FROM KIM_AUDIT a WHERE a.ID > ? AND NOT EXISTS (SELECT 1 FROM " + TABLE
                    + " c WHERE c.AUDIT_ID = a.ID) ORDER BY a.ID")) {
                page.setMaxRows(batch);
                page.setLong(1, after);
                try (ResultSet r = page.executeQuery()) {
                    while (r.next()) {
                        rows.add(columns(r, 1));
                    }
                }
            }
            if (rows.isEmpty()) {
                return total;
            }
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
            List<Object[]> authentic = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                if (keys.verifies(ChainHash.rowText(row), (String) row[MAC])) {
                    authentic.add(row);
                } else if (rejected.add(((Number) row[0]).longValue())) {
                    LOG.error("audit row {} has no valid MAC: it was not written by the platform (inserted or changed in"
                            + " the database) and is not sealed; kim:audit-verify names it", row[0]);
                }
            }
            total += link(authentic);
        }
    }

    /** The chain positions of the given audit rows; rows not yet sealed are absent. */
    Map<Long, Long> seals(Collection<Long> ids) throws SQLException {
        Map<Long, Long> seals = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        try (Connection db = data.getConnection()) {
            for (int from = 0; from < all.size(); from += LOOKUP) {
                List<Long> part = all.subList(from, Math.min(all.size(), from + LOOKUP));
                String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement q = db.prepareStatement(
                        "SELECT AUDIT_ID, SEAL FROM " + TABLE + " WHERE AUDIT_ID IN (" + marks + ")")) {
                    for (int i = 0; i < part.size(); i++) {
                        q.setLong(i + 1, part.get(i));
                    }
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            seals.put(r.getLong(1), r.getLong(2));
                        }
                    }
                }
            }
        }
        return seals;
    }

    /**
     * Checks the whole chain in two reads: every audit row against its own MAC and its link (both in id order:
     * the keyed hash over the row's columns, so a changed row, a row inserted with a made-up link or a link
     * without its row is found), then the links in chain order (no position missing, each names the hash of the
     * one before, no link of an earlier release after a keyed one). The first problem in chain order is
     * reported; then a row that is not in the chain and has no valid MAC (inserted by someone who writes the
     * database). Rows without a link but with a valid MAC are counted as not yet sealed.
     */
    ChainVerification verify(LongConsumer progress) throws SQLException {
        long started = System.nanoTime();
        try (Connection db = data.getConnection()) {
            Tally tally = new Tally();
            Break first = rowsAgainstLinks(db, progress, tally);
            Break order = linksInOrder(db, first == null ? Long.MAX_VALUE : first.seal);
            Break found = order != null ? order : first != null ? first : tally.forged;
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (found == null) {
                return new ChainVerification(tally.checked, tally.unsealed, null, null, null, millis);
            }
            return new ChainVerification(Math.max(0, Math.min(tally.checked, found.seal - 1)), tally.unsealed, found.id,
                    found.seal == Long.MAX_VALUE ? null : found.seal, found.problem, millis);
        }
    }

    /** Rows checked against their link, rows without one, and the first of those that no key signed. */
    private static final class Tally {
        long checked;
        long unsealed;
        Break forged;
    }

    record Break(long seal, Long id, String problem) {
        Break earlier(Break other) {
            return other == null || seal <= other.seal ? this : other;
        }
    }

    private Break rowsAgainstLinks(Connection db, LongConsumer progress, Tally tally) throws SQLException {
        java.util.Map<String, ChainHash> hashes = new HashMap<>();
        Break first = null;
        try (Statement rs = db.createStatement(); Statement ls = db.createStatement();
                ResultSet rows = rs.executeQuery("SELECT " + COLUMNS + " FROM KIM_AUDIT ORDER BY ID");
                ResultSet links = ls.executeQuery("SELECT AUDIT_ID, SEAL, PREVIOUS_HASH, HASH, KEY_ID FROM " + TABLE
                        + " ORDER BY AUDIT_ID")) {
            boolean row = rows.next();
            boolean link = links.next();
            while (row || link) {
                long rowId = row ? rows.getLong(1) : Long.MAX_VALUE;
                long linkId = link ? links.getLong(1) : Long.MAX_VALUE;
                if (row && rowId < linkId) {
                    tally.unsealed++;
                    Object[] columns = columns(rows, 1);
                    if (tally.forged == null && !keys.verifies(ChainHash.rowText(columns), (String) columns[MAC])) {
                        tally.forged = new Break(Long.MAX_VALUE, rowId, "row " + rowId + " is not in the chain and has"
                                + " no valid MAC: inserted (or changed) in the database, not written by the platform");
                    }
                    row = rows.next();
                } else if (rowId > linkId) {
                    long seal = links.getLong(2);
                    first = new Break(seal, linkId, "the row at chain position " + seal + " (id " + linkId
                            + ") is missing (deleted)").earlier(first);
                    link = links.next();
                } else {
                    long seal = links.getLong(2);
                    String problem = problem(columns(rows, 1), seal, links.getString(3), links.getString(4),
                            links.getString(5), hashes);
                    if (problem != null) {
                        first = new Break(seal, rowId, "row " + rowId + " (chain position " + seal + ") " + problem)
                                .earlier(first);
                    }
                    if (++tally.checked % 100_000 == 0) {
                        progress.accept(tally.checked);
                    }
                    row = rows.next();
                    link = links.next();
                }
            }
        }
        progress.accept(tally.checked);
        return first;
    }

    /** What is wrong with a sealed row and its link, null if nothing. */
    private String problem(Object[] row, long seal, String previous, String stored, String keyId,
            java.util.Map<String, ChainHash> hashes) {
        String mac = (String) row[MAC];
        if (keyId == null) {
            // a link of release 0.1 (plain SHA-256): only rows of that time, which carry no MAC of their own
            if (mac != null) {
                return "is linked without the key (a chain recomputed with plain SHA-256)";
            }
            ChainHash sha256 = hashes.computeIfAbsent("sha256", none -> ChainHash.legacy());
            return sha256.of(seal, row, previous).equals(stored) ? null
                    : "does not match its hash: changed, inserted or re-linked";
        }
        if (!keys.ids().contains(keyId)) {
            return "is linked with key " + keyId + ", which the key file " + keys.file() + " does not hold";
        }
        if (!keys.verifies(ChainHash.rowText(row), mac)) {
            return mac == null ? "has no MAC of its own: inserted in the database, not written by the platform"
                    : "does not match its MAC: changed in the database";
        }
        ChainHash hash = hashes.computeIfAbsent(keyId, id -> ChainHash.keyed(keys.mac(id)));
        return hash.of(seal, row, previous).equals(stored) ? null
                : "does not match its keyed hash: changed, inserted or re-linked (a chain recomputed without the key)";
    }

    /** The first break in chain order before position {@code before}, null if none. */
    private static Break linksInOrder(Connection db, long before) throws SQLException {
        long expected = 1;
        String previous = ChainHash.GENESIS;
        boolean keyed = false;
        try (Statement s = db.createStatement(); ResultSet links = s.executeQuery(
                "SELECT SEAL, AUDIT_ID, PREVIOUS_HASH, HASH, KEY_ID FROM " + TABLE + " ORDER BY SEAL")) {
            while (links.next() && expected < before) {
                long seal = links.getLong(1);
                if (seal != expected) {
                    return new Break(expected, null, "chain position " + expected + " is missing (deleted)");
                }
                if (!previous.equals(links.getString(3))) {
                    return new Break(seal, links.getLong(2), "row " + links.getLong(2) + " (chain position " + seal
                            + ") does not follow on position " + (seal - 1) + ": inserted, removed or re-linked");
                }
                if (links.getString(5) != null) {
                    keyed = true;
                } else if (keyed) {
                    return new Break(seal, links.getLong(2), "row " + links.getLong(2) + " (chain position " + seal
                            + ") is linked without the key after keyed links: inserted or re-linked");
                }
                previous = links.getString(4);
                expected++;
            }
        }
        return null;
    }

    /** The hash of the link at chain position {@code seal}, null if there is none. */
    String hashAt(long seal) throws SQLException {
        try (Connection db = data.getConnection();
                PreparedStatement q = db.prepareStatement("SELECT HASH FROM " + TABLE + " WHERE SEAL = ?")) {
            q.setLong(1, seal);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** The end of the chain: the last position and its hash. */
    record Head(long seal, String hash) {
    }

    /** The last link, null if the chain is empty. */
    Head head() throws SQLException {
        try (Connection db = data.getConnection(); Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT SEAL, HASH FROM " + TABLE + " WHERE SEAL = (SELECT MAX(SEAL) FROM " + TABLE + ")")) {
            return r.next() ? new Head(r.getLong(1), r.getString(2)) : null;
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
}
