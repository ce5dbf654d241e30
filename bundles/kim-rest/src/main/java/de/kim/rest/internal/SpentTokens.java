package de.kim.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refresh tokens that were used or logged out, kept until they expire. A refresh token renews its session
 * once (and again within a few seconds, for two tabs that renew at the same moment with the same cookie), so
 * a stolen copy used later is refused; a logged-out one never renews again. Held by this node only; see
 * docs/decisions.md ("Web sessions").
 */
final class SpentTokens {
    static final long GRACE_MILLIS = 10_000;
    private static final long ENDED = Long.MIN_VALUE;

    /** Token id → when it was first used (or {@link #ENDED}), and when it expires. */
    private record Use(long firstUse, long expiresAt) {
    }

    private final Map<String, Use> spent = new ConcurrentHashMap<>();

    /** Uses the token for a renewal; false if it was used longer than the grace ago, or logged out. */
    boolean use(String id, long expiresAt) {
        long now = System.currentTimeMillis();
        prune(now);
        Use use = spent.putIfAbsent(id, new Use(now, expiresAt));
        return use == null || use.firstUse() != ENDED && now - use.firstUse() < GRACE_MILLIS;
    }

    /** Ends the token's session: it renews nothing any more. */
    void end(String id, long expiresAt) {
        prune(System.currentTimeMillis());
        spent.put(id, new Use(ENDED, expiresAt));
    }

    private void prune(long now) {
        if (spent.size() > 1_000) {
            spent.values().removeIf(use -> use.expiresAt() < now);
        }
    }
}
