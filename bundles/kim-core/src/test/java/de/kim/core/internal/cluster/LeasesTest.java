package de.kim.core.internal.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two nodes on one (real, in-memory Derby) database: one runs a job, the other takes over when it stops. */
class LeasesTest {
    private EmbeddedDataSource data;
    private long now = 1_800_000_000_000L;

    @BeforeEach
    void database() throws SQLException {
        System.setProperty("derby.stream.error.file", "target/derby.log");
        data = new EmbeddedDataSource();
        data.setDatabaseName("memory:leases-" + UUID.randomUUID());
        data.setCreateDatabase("create");
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            // as bundles/kim-schema's migration V2 makes it
            s.execute("CREATE TABLE KIM_LEASE (NAME VARCHAR(60) NOT NULL PRIMARY KEY, HOLDER VARCHAR(200) NOT NULL,"
                    + " EXPIRES_AT BIGINT NOT NULL)");
        }
    }

    private Leases node(String name) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now);
            }
        };
        return new Leases(data, clock, name);
    }

    @Test
    void oneNodeRunsTheJobAndAnotherTakesOverWhenItsLeaseRunsOut() {
        Leases a = node("a");
        Leases b = node("b");
        assertTrue(a.holds("outbox"));
        assertFalse(b.holds("outbox"), "the second node waits");
        assertTrue(b.holds("state-export"), "each job has a lease of its own");
        now += Leases.RENEW_MILLIS + 1;
        assertTrue(a.holds("outbox"), "the holder renews");
        now += Leases.TTL_MILLIS - 1;
        assertFalse(b.holds("outbox"), "renewed: not yet expired");
        now += Leases.TTL_MILLIS + 1; // a has stopped asking (killed)
        assertTrue(b.holds("outbox"), "expired: the other node takes over");
        now += Leases.RENEW_MILLIS + 1;
        assertFalse(a.holds("outbox"), "the old holder, back, finds it taken");
    }

    @Test
    void aStoppedNodeHandsItsLeasesOverAtOnce() {
        Leases a = node("a");
        Leases b = node("b");
        assertTrue(a.holds("outbox"));
        assertFalse(b.holds("outbox"));
        a.release();
        assertTrue(b.holds("outbox"));
    }
}
