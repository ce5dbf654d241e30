package de.kim.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A web session's refresh token renews it once, is never a bearer token, and a bearer token never renews. */
class WebSessionTokensTest {
    private final Tokens tokens = new Tokens(Duration.ofMinutes(15), "", "", "roles");

    @Test
    void aRefreshTokenIsNoBearerTokenAndABearerTokenRenewsNothing() {
        Instant now = Instant.now();
        String refresh = tokens.issueRefresh("cm.sundern", List.of("KIM_CASE_MANAGER"), now, "fp", 900, 1800);
        String access = tokens.issue("cm.sundern", List.of("KIM_CASE_MANAGER"), now, "fp", 900);
        assertNull(tokens.verify(refresh), "a refresh token is refused as a bearer token");
        assertNull(tokens.verifyRefresh(access), "a bearer token renews no session");
        Tokens.Refresh session = tokens.verifyRefresh(refresh);
        assertNotNull(session);
        assertEquals("cm.sundern", session.who().subject());
        assertEquals(List.of("KIM_CASE_MANAGER"), session.who().names());
        assertEquals(900, session.accessSeconds());
        assertEquals(1800, session.idleSeconds());
        assertEquals("fp", session.who().standing());
        assertNotNull(tokens.verify(access));
    }

    @Test
    void anExpiredRefreshTokenOrOneOfAnotherKeyRenewsNothing() {
        String old = tokens.issueRefresh("cm.sundern", List.of(), Instant.now().minusSeconds(4000), null, 900, 1800);
        assertNull(tokens.verifyRefresh(old));
        Tokens other = new Tokens(Duration.ofMinutes(15), "", "", "roles");
        assertNull(tokens.verifyRefresh(other.issueRefresh("cm.sundern", List.of(), Instant.now(), null, 900, 1800)));
        assertNull(tokens.verifyRefresh("not.a.token"));
    }

    @Test
    void eachRefreshTokenRenewsOnceSaveForTabsAtTheSameMomentAndNeverAfterLogout() {
        SpentTokens spent = new SpentTokens();
        long expiry = System.currentTimeMillis() + 60_000;
        assertTrue(spent.use("a", expiry));
        assertTrue(spent.use("a", expiry), "a second tab renewing at the same moment");
        spent.end("b", expiry);
        assertFalse(spent.use("b", expiry), "logged out");
    }
}
