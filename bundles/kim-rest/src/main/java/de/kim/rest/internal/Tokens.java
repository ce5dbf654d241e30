package de.kim.rest.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URL;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Bearer tokens: the platform's own short-lived tokens (RS256, signed with a key made at start, so
 * a restart ends every token, or with the key the nodes of a cluster share: {@link TokenKey}) and, if configured, the tokens of a district's OIDC identity provider,
 * checked against its JWKS. All JOSE work is Nimbus JOSE+JWT's.
 */
final class Tokens {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Tokens.class);
    static final String ISSUER = "urn:kim:platform";
    static final String NAMES = "kim_names";
    /** The fingerprint of the user's realm entry when the token was issued ({@link TokenStanding}). */
    static final String STANDING = "kim_standing";
    /** When it was issued, in milliseconds ("iat" has whole seconds): revocations compare with it. */
    static final String ISSUED_MILLIS = "kim_issued_ms";
    /** Marks a refresh token, which renews a session and is never accepted as a bearer token. */
    static final String USE = "kim_use";
    static final String REFRESH = "refresh";
    /** A refresh token's session lengths (seconds): the access tokens it renews and the idle end. */
    static final String ACCESS_SECONDS = "kim_access_s";
    static final String IDLE_SECONDS = "kim_idle_s";

    /**
     * A verified token's subject and the role and scope names it carries.
     *
     * @param own      whether the platform issued it (not the district's OIDC provider)
     * @param standing the fingerprint of the user's realm entry at issue, null if none
     * @param issuedAt when it was issued (epoch millis; whole seconds for tokens of another issuer)
     */
    record Verified(String subject, List<String> names, boolean own, String standing, long issuedAt) {
    }

    /**
     * A verified refresh token: whose session it renews and how long that session's tokens live.
     *
     * @param id            the token's id (jti), which a logout revokes
     * @param expiresAt     epoch millis
     * @param accessSeconds lifetime of the access tokens it renews
     * @param idleSeconds   how long the session lasts without a renewal
     */
    record Refresh(Verified who, String id, long expiresAt, long accessSeconds, long idleSeconds) {
    }

    private final RSAKey key;
    private final Duration lifetime;
    private final DefaultJWTProcessor<SecurityContext> own;
    private final DefaultJWTProcessor<SecurityContext> oidc;
    private final String rolesClaim;

    Tokens(Duration lifetime, String oidcIssuer, String oidcJwksUrl, String rolesClaim) {
        this(TokenKey.fresh(), lifetime, oidcIssuer, oidcJwksUrl, rolesClaim);
    }

    Tokens(RSAKey key, Duration lifetime, String oidcIssuer, String oidcJwksUrl, String rolesClaim) {
        this(key, null, lifetime, oidcIssuer, oidcJwksUrl, rolesClaim);
    }

    /** Signs with {@code key}; verifies also tokens that {@code previous} (may be null) signed before a rotation. */
    Tokens(RSAKey key, RSAKey previous, Duration lifetime, String oidcIssuer, String oidcJwksUrl, String rolesClaim) {
        this.key = key;
        this.lifetime = lifetime;
        this.rolesClaim = rolesClaim;
        this.own = processor(new ImmutableJWKSet<>(previous == null ? new JWKSet(key.toPublicJWK())
                : new JWKSet(List.of(key.toPublicJWK(), previous.toPublicJWK()))), ISSUER);
        this.oidc = oidcIssuer == null || oidcIssuer.isBlank() || oidcJwksUrl == null || oidcJwksUrl.isBlank() ? null
                : processor(remote(oidcJwksUrl), oidcIssuer);
    }

    private static JWKSource<SecurityContext> remote(String url) {
        try {
            return JWKSourceBuilder.create(new URL(url)).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("oidc.jwks.url is not a URL: " + url, e);
        }
    }

    private static DefaultJWTProcessor<SecurityContext> processor(JWKSource<SecurityContext> keys, String issuer) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES256), keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(List.of("sub", "exp", "iat"))));
        return processor;
    }

    /** A signed token for {@code user} carrying {@code names}. */
    String issue(String user, List<String> names, Instant now) {
        return issue(user, names, now, null);
    }

    /** A signed token for {@code user} carrying {@code names} and the user's realm fingerprint (may be null). */
    String issue(String user, List<String> names, Instant now, String standing) {
        return issue(user, names, now, standing, lifetime.toSeconds());
    }

    /**
     * A refresh token for {@code user}: valid {@code idleSeconds}, it renews the session's access tokens
     * ({@code accessSeconds} each) and itself. Only the platform's own tokens are renewed.
     */
    String issueRefresh(String user, List<String> names, Instant now, String standing, long accessSeconds,
            long idleSeconds) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER).subject(user).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(idleSeconds))).jwtID(UUID.randomUUID().toString())
                .claim(NAMES, names).claim(USE, REFRESH).claim(ACCESS_SECONDS, accessSeconds)
                .claim(IDLE_SECONDS, idleSeconds).claim(ISSUED_MILLIS, now.toEpochMilli());
        if (standing != null) {
            builder.claim(STANDING, standing);
        }
        return sign(builder.build());
    }

    /** A signed access token of the given lifetime (a session shorter than the configured one asks for less). */
    String issue(String user, List<String> names, Instant now, String standing, long lifetimeSeconds) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER).subject(user).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(lifetimeSeconds))).jwtID(UUID.randomUUID().toString())
                .claim(NAMES, names).claim(ISSUED_MILLIS, now.toEpochMilli());
        if (standing != null) {
            builder.claim(STANDING, standing);
        }
        return sign(builder.build());
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("the token could not be signed", e);
        }
        return jwt.serialize();
    }

    /** The refresh token's session if it is one of ours, valid and unexpired, else null. */
    Refresh verifyRefresh(String token) {
        try {
            if (!ISSUER.equals(SignedJWT.parse(token).getJWTClaimsSet().getIssuer())) {
                return null;
            }
            JWTClaimsSet claims = own.process(token, null);
            if (!REFRESH.equals(claims.getClaim(USE)) || claims.getJWTID() == null
                    || !(claims.getClaim(ACCESS_SECONDS) instanceof Number access)
                    || !(claims.getClaim(IDLE_SECONDS) instanceof Number idle)) {
                return null;
            }
            Object standing = claims.getClaim(STANDING);
            long issued = claims.getClaim(ISSUED_MILLIS) instanceof Number millis ? millis.longValue()
                    : claims.getIssueTime().getTime();
            return new Refresh(new Verified(claims.getSubject(), List.copyOf(strings(claims.getClaim(NAMES))), true,
                    standing == null ? null : standing.toString(), issued), claims.getJWTID(),
                    claims.getExpirationTime().getTime(), access.longValue(), idle.longValue());
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            LOG.debug("refresh token refused: {}", e.getMessage());
            return null;
        }
    }

    long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    /** The token's subject and names if it is valid (signature, issuer, expiry), else null. */
    Verified verify(String token) {
        String issuer;
        try {
            issuer = SignedJWT.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            return null;
        }
        boolean ours = ISSUER.equals(issuer);
        DefaultJWTProcessor<SecurityContext> processor = ours ? own : oidc;
        if (processor == null) {
            LOG.warn("bearer token of issuer {} refused: no such issuer is configured", issuer);
            return null;
        }
        try {
            JWTClaimsSet claims = processor.process(token, null);
            if (ours && claims.getClaim(USE) != null) {
                LOG.warn("a refresh token was sent as a bearer token: refused");
                return null;
            }
            List<String> names = new ArrayList<>();
            if (ours) {
                names.addAll(strings(claims.getClaim(NAMES)));
            } else {
                names.addAll(strings(claims.getClaim(rolesClaim)));
                Object municipality = claims.getClaim("municipality");
                if (municipality != null) {
                    names.add("municipality:" + municipality);
                }
                Object office = claims.getClaim("office");
                if (office != null) {
                    names.add("office:" + office);
                }
            }
            Object standing = ours ? claims.getClaim(STANDING) : null;
            return new Verified(claims.getSubject(), List.copyOf(new java.util.LinkedHashSet<>(names)), ours,
                    standing == null ? null : standing.toString(),
                    claims.getClaim(ISSUED_MILLIS) instanceof Number millis && ours ? millis.longValue()
                            : claims.getIssueTime() == null ? 0 : claims.getIssueTime().getTime());
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            LOG.warn("bearer token of issuer {} refused: {}", issuer, e.getMessage());
            return null;
        }
    }

    private static Set<String> strings(Object claim) {
        Set<String> out = new HashSet<>();
        if (claim instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else if (claim instanceof String text) {
            for (String part : text.split("[ ,]")) {
                if (!part.isBlank()) {
                    out.add(part);
                }
            }
        }
        return out;
    }
}
