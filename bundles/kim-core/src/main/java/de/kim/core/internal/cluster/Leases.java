package de.kim.core.internal.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leases in the table {@code KIM_LEASE}: the background jobs that must run once per cluster, not once per node
 * (the outbox, the hand-over deadline sweep, the yearly state export and monitoring snapshot), ask
 * {@link #holds(String)} before each round. The first node to ask takes the lease; it renews it while it runs,
 * and another node takes it over when it has not been renewed for {@link #TTL_MILLIS} (a node killed or cut
 * off). On one node this is one UPDATE every few seconds per job. The nodes' clocks must agree to a few seconds (NTP).
 */
@Component(service = Leases.class)
public final class Leases {
    /** How long a lease lasts without renewal. */
    static final long TTL_MILLIS = 30_000;
    /** A lease is renewed in the database at most this often; in between its holder trusts it. */
    static final long RENEW_MILLIS = TTL_MILLIS / 3;

    private static final Logger LOG = LoggerFactory.getLogger(Leases.class);

    private final DataSource data;
    private final Clock clock;
    private final String node;
    /** Until when (epoch millis) this node may trust each lease it holds without asking the database. */
    private final Map<String, Long> trusted = new ConcurrentHashMap<>();

    @Activate
    public Leases(@Reference(target = "(osgi.jndi.service.name=kim)") DataSource data) {
        this(data, Clock.systemUTC(), System.getProperty("karaf.name", "node") + "/" + UUID.randomUUID());
    }

    /** {@code node}: this node's name in the lease table, Karaf's name and a random part per start. */
    Leases(DataSource data, Clock clock, String node) {
        this.data = data;
        this.clock = clock;
        this.node = node;
    }

    /** Whether this node holds (or has just taken) the lease {@code name}; false when the database cannot say. */
    public boolean holds(String name) {
        long now = clock.millis();
        Long until = trusted.get(name);
        if (until != null && now < until) {
            return true;
        }
        try (Connection db = data.getConnection()) {
            db.setAutoCommit(true);
            boolean held = renew(db, name, now) || take(db, name, now);
            if (held) {
                if (until == null) {
                    LOG.info("This node ({}) runs {} for the cluster", node, name);
                }
                trusted.put(name, now + RENEW_MILLIS);
            } else if (trusted.remove(name) != null) {
                LOG.info("Another node runs {} now", name);
            }
            return held;
        } catch (SQLException e) {
            trusted.remove(name);
            LOG.warn("Lease {} not checked: {}", name, e.getMessage());
            return false;
        }
    }

    private boolean renew(Connection db, String name, long now) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE KIM_LEASE SET HOLDER = ?, EXPIRES_AT = ?"
                + " WHERE NAME = ? AND (HOLDER = ? OR EXPIRES_AT < ?)")) {
            update.setString(1, node);
            update.setLong(2, now + TTL_MILLIS);
            update.setString(3, name);
            update.setString(4, node);
            update.setLong(5, now);
            return update.executeUpdate() == 1;
        }
    }

    private boolean take(Connection db, String name, long now) throws SQLException {
        try (PreparedStatement present = db.prepareStatement("SELECT 1 FROM KIM_LEASE WHERE NAME = ?")) {
            present.setString(1, name);
            try (ResultSet r = present.executeQuery()) {
                if (r.next()) {
                    return false; // another node's, not expired
                }
            }
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO KIM_LEASE (NAME, HOLDER, EXPIRES_AT) VALUES (?, ?, ?)")) {
            insert.setString(1, name);
            insert.setString(2, node);
            insert.setLong(3, now + TTL_MILLIS);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // another node inserted it first
            }
            throw e;
        }
    }

    /** Gives up this node's leases, so that another node takes over at once rather than after the TTL. */
    @Deactivate
    void release() {
        if (trusted.isEmpty()) {
            return;
        }
        try (Connection db = data.getConnection(); PreparedStatement delete = db.prepareStatement(
                "DELETE FROM KIM_LEASE WHERE HOLDER = ?")) {
            db.setAutoCommit(true);
            delete.setString(1, node);
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Leases of {} not released (they expire): {}", node, e.getMessage());
        }
        trusted.clear();
    }
}
