package de.kim.imports.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class LockConflictTest {

    @Test
    void deadlocksAndLockTimeoutsDeepInTheCauseChainAreConflicts() {
        assertTrue(LockConflict.is(new IllegalStateException("batch",
                new RuntimeException("eclipselink", new SQLException("A lock could not be obtained", "40XL1")))));
        assertTrue(LockConflict.is(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(LockConflict.is(new RuntimeException(new SQLTransactionRollbackException("victim"))));
        SQLException chained = new SQLException("batch failed", "XJ208");
        chained.setNextException(new SQLException("deadlock", "40001"));
        assertTrue(LockConflict.is(chained));
    }

    @Test
    void aConnectionLostAfterAConflictIsOneToo() {
        // what the dry run met in DeliveryIT: the next batch on the connection whose transaction Derby had ended
        assertTrue(LockConflict.is(new RuntimeException("eclipselink",
                new SQLException("Connection PoolingConnection: null is closed."))));
        assertTrue(LockConflict.is(new RuntimeException(new SQLNonTransientConnectionException("No current connection.",
                "08003"))));
        assertTrue(LockConflict.is(new IllegalStateException("the batch could not be committed",
                new javax.transaction.xa.XAException(javax.transaction.xa.XAException.XA_RBROLLBACK))));
    }

    @Test
    void unexpectedFailuresAreTriedAgainButNotRefusalsOfThePlatform() {
        assertTrue(LockConflict.retried(new NullPointerException()));
        assertTrue(LockConflict.retried(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertFalse(LockConflict.retried(new de.kim.api.ValidationException(java.util.List.of(
                new de.kim.api.Violation("familyName", "is required")))));
    }

    @Test
    void refusalsOfTheRowItselfAreNot() {
        assertFalse(LockConflict.is(new IllegalArgumentException("the date 31.04.1990 does not exist")));
        assertFalse(LockConflict.is(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(LockConflict.is(new RuntimeException(new SQLException("no state"))));
    }
}
