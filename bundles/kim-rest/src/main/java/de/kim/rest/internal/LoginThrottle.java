package de.kim.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a user name for a while after too many wrong passwords in a row, so that passwords cannot be
 * guessed at the speed of the network. While locked, even the right password is refused (with the
 * same answer as a wrong one); a successful login clears the count.
 */
final class LoginThrottle {
    private record Failures(int count, long lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int attempts;
    private final long lockMillis;

    LoginThrottle(int attempts, long lockMillis) {
        this.attempts = Math.max(1, attempts);
        this.lockMillis = lockMillis;
    }

    boolean locked(String user, long now) {
        Failures f = failures.get(user);
        return f != null && f.lockedUntil() > now;
    }

    void failed(String user, long now) {
        if (failures.size() > 10_000) {
            failures.clear();
        }
        failures.compute(user, (u, f) -> {
            int count = (f == null || f.lockedUntil() != 0 && f.lockedUntil() <= now ? 0 : f.count()) + 1;
            return new Failures(count, count >= attempts ? now + lockMillis : 0);
        });
    }

    void succeeded(String user) {
        failures.remove(user);
    }
}
