package de.kim.core.internal.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits wrong passwords per user name and per client address, so that passwords cannot be guessed at
 * the speed of the network: after too many failures in a row the user (or the address) is locked for a
 * while. While locked, even the right password is refused; a successful login clears the user's count
 * (not the address's: one right password does not excuse a thousand wrong ones from there).
 */
final class LoginThrottle {
    private record Failures(int count, long lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    /** When each user was last locked (epoch millis): what was issued before it stays revoked. */
    private final Map<String, Long> locks = new ConcurrentHashMap<>();
    private final int userAttempts;
    private final int addressAttempts;
    private final long lockMillis;

    LoginThrottle(int userAttempts, int addressAttempts, long lockMillis) {
        this.userAttempts = Math.max(1, userAttempts);
        this.addressAttempts = Math.max(1, addressAttempts);
        this.lockMillis = lockMillis;
    }

    /** Milliseconds the user or the address stays locked, 0 if neither is. */
    long lockedFor(String user, String address, long now) {
        return Math.max(remaining(userKey(user), now), address == null ? 0 : remaining(addressKey(address), now));
    }

    private long remaining(String key, long now) {
        Failures f = failures.get(key);
        return f == null ? 0 : Math.max(0, f.lockedUntil() - now);
    }

    void failed(String user, String address, long now) {
        if (failures.size() > 10_000) {
            failures.values().removeIf(f -> f.lockedUntil() <= now);
            if (failures.size() > 10_000) {
                failures.clear();
            }
        }
        if (count(userKey(user), userAttempts, now)) {
            if (locks.size() > 10_000) {
                locks.values().removeIf(at -> at < now - 86_400_000L);
            }
            locks.put(user, now);
        }
        if (address != null) {
            count(addressKey(address), addressAttempts, now);
        }
    }

    /** Counts a failure; whether it locked the key. */
    private boolean count(String key, int attempts, long now) {
        Failures counted = failures.compute(key, (k, f) -> {
            int count = (f == null || f.lockedUntil() != 0 && f.lockedUntil() <= now ? 0 : f.count()) + 1;
            return new Failures(count, count >= attempts ? now + lockMillis : 0);
        });
        return counted.lockedUntil() != 0;
    }

    /** When the user was last locked (epoch millis), 0 if not in the last day. */
    long lockedAt(String user) {
        return locks.getOrDefault(user, 0L);
    }

    void succeeded(String user) {
        failures.remove(userKey(user));
    }

    private static String userKey(String user) {
        return "user:" + user;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
