package de.kim.core.internal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void aUserIsLockedAfterTheAttemptsAndFreedWhenTheTimeIsUp() {
        LoginThrottle throttle = new LoginThrottle(3, 100, 60_000);
        for (int i = 0; i < 2; i++) {
            throttle.failed("anna", "10.0.0.1", 1000);
        }
        assertEquals(0, throttle.lockedFor("anna", "10.0.0.1", 1000));
        throttle.failed("anna", "10.0.0.1", 1000);
        assertEquals(60_000, throttle.lockedFor("anna", "10.0.0.2", 1000), "the user is locked from every address");
        assertEquals(0, throttle.lockedFor("bert", "10.0.0.1", 1000), "the address is not");
        assertEquals(0, throttle.lockedFor("anna", "10.0.0.1", 61_001));
        throttle.failed("anna", "10.0.0.1", 61_001);
        assertEquals(0, throttle.lockedFor("anna", "10.0.0.1", 61_001), "the count starts again after a lock");
    }

    @Test
    void anAddressTryingManyUsersIsLocked() {
        LoginThrottle throttle = new LoginThrottle(3, 4, 60_000);
        for (int i = 0; i < 4; i++) {
            throttle.failed("user" + i, "10.0.0.9", 0);
        }
        assertTrue(throttle.lockedFor("someone", "10.0.0.9", 10) > 0);
        assertEquals(0, throttle.lockedFor("someone", "10.0.0.8", 10));
    }

    @Test
    void successClearsTheUserButNotTheAddress() {
        LoginThrottle throttle = new LoginThrottle(2, 2, 1000);
        throttle.failed("anna", "a", 0);
        throttle.succeeded("anna");
        throttle.failed("anna", "b", 0);
        assertEquals(0, throttle.lockedFor("anna", "c", 0));
        throttle.failed("x", "a", 0);
        assertTrue(throttle.lockedFor("y", "a", 0) > 0);
    }

    @Test
    void theMomentOfTheLastLockOutlivesTheLock() {
        LoginThrottle throttle = new LoginThrottle(2, 100, 1_000);
        throttle.failed("a", null, 10_000);
        assertEquals(0, throttle.lockedAt("a"));
        throttle.failed("a", null, 10_500);
        assertEquals(10_500, throttle.lockedAt("a"));
        assertEquals(0, throttle.lockedFor("a", null, 12_000), "the lock is over");
        throttle.succeeded("a");
        assertEquals(10_500, throttle.lockedAt("a"), "what was issued before it stays revoked");
    }
}
