package de.kim.rest.internal;

import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Base64;
import java.util.HexFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import de.kim.api.access.AuditTrail;
import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import de.kim.api.access.LoginLockout;
import de.kim.api.access.TokenKeys;
import de.kim.api.access.Role;
import org.osgi.service.component.annotations.Reference;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Authenticates every request except the public ones (the directory of offices and services, the
 * reference data, the OpenAPI description and the health check): HTTP Basic against Karaf's JAAS
 * realm, or a bearer token (the platform's own from {@code POST /auth/token}, or one of the
 * configured OIDC issuer). 401 without or with bad credentials; 429 with Retry-After while a user or
 * a client address is locked after too many wrong passwords. The caller built from the user's roles and scope goes to the core, which
 * decides need-to-know; changes of the directory need the administrator's role.
 */
@Component(service = {RestPart.class, ContainerRequestFilter.class, Authentication.class, TokenKeys.class})
@JaxrsExtension
@JaxrsApplicationSelect(KimApplication.SELECT)
public final class Authentication implements RestPart, ContainerRequestFilter, TokenKeys {
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final Set<String> PUBLIC_READS = Set.of("municipalities", "offices", "services", "legal-domains",
            "office-kinds", "purposes", "openapi.json", "health");
    private static final Set<String> DIRECTORY = Set.of("offices", "services");
    /** Roles that may reach the case-data resources at all; the core decides scope and the rest. */
    private static final Set<Role> CASE_ROLES = EnumSet.of(Role.CASE_MANAGER, Role.ABH_CLERK, Role.COORDINATOR);
    private static final Map<String, Set<Role>> ROLES_BY_RESOURCE = Map.of("clients", CASE_ROLES, "cases", CASE_ROLES,
            "referrals", CASE_ROLES, "due", CASE_ROLES,
            "structural-findings", EnumSet.of(Role.CASE_MANAGER, Role.COORDINATOR),
            "audit", EnumSet.of(Role.DATA_PROTECTION, Role.ADMIN), "operations", EnumSet.of(Role.ADMIN),
            "metrics", EnumSet.of(Role.ADMIN));

    @ObjectClassDefinition(name = "KIM REST", description = "Authentication of the REST API /api/v1")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm that checks the credentials")
        String realm() default "karaf";

        @AttributeDefinition(description = "Seconds a successful login is remembered (0: check every request)")
        int auth_cache_seconds() default 60;

        @AttributeDefinition(description = "Minutes a token from POST /auth/token is valid")
        int token_minutes() default 15;

        @AttributeDefinition(description = "Minutes a web session lasts without activity: its refresh cookie renews"
                + " the tokens while the user works")
        int session_idle_minutes() default 30;

        @AttributeDefinition(description = "File of the key that signs the platform's tokens (JWK, RSA); the nodes of a"
                + " cluster share it. Empty: a new key at each start. Missing: made and written there by the first node")
        String token_key_file() default "";

        // lockout.attempts, lockout.seconds, lockout.address.attempts of this PID configure the core's LoginLockout,
        // which the SSH console and JMX share

        @AttributeDefinition(description = "Addresses of load balancers whose X-Forwarded-For names the client"
                + " (comma-separated, e.g. 127.0.0.1); empty: the header is ignored")
        String trusted_proxies() default "";

        @AttributeDefinition(description = "Issuer (iss) of the district's OIDC identity provider; empty: none")
        String oidc_issuer() default "";

        @AttributeDefinition(description = "URL of the OIDC provider's JSON Web Key Set")
        String oidc_jwks_url() default "";

        @AttributeDefinition(description = "Claim of an OIDC token that lists the user's roles")
        String oidc_roles_claim() default "roles";
    }

    /** Roles and scope names of a successful login and until when they are remembered. */
    private record Login(List<String> names, long expiresAt) {
    }

    private final Callers callers;
    /** The servlet request of the current call (a proxy CXF injects): its client address. */
    @Context
    private HttpServletRequest servletRequest;
    private final AuditTrail audit;
    /** Wrong passwords per user and address, shared with the SSH console. */
    private final LoginLockout lockout;
    private final Map<String, Login> logins = new ConcurrentHashMap<>();
    private volatile String realm;
    private volatile long cacheNanos;
    private volatile Tokens tokens;
    private final TokenStanding standing = TokenStanding.ofKaraf();
    /** Refresh tokens used or logged out, until they expire. */
    private final SpentTokens spent = new SpentTokens();
    /** The signing key and the file it came from: kept across configuration changes that do not name another. */
    private com.nimbusds.jose.jwk.RSAKey tokenKey;
    /** The key before the last rotation: it still verifies the tokens it signed until they expire. */
    private com.nimbusds.jose.jwk.RSAKey previousKey;
    private String tokenKeyFile;
    private Config config;
    private volatile ClientAddress clientAddress = new ClientAddress("");

    private final RestConfiguration configuration;
    private final java.util.function.Consumer<RestConfiguration.Settings> subscriber = s -> configure(s.authentication());

    @Activate
    public Authentication(@Reference Callers callers, @Reference AuditTrail audit, @Reference RestConfiguration configuration,
            @Reference LoginLockout lockout) {
        this.callers = callers;
        this.lockout = lockout;
        this.audit = audit;
        this.configuration = configuration;
        configuration.subscribe(subscriber);
    }

    @Deactivate
    void stop() {
        configuration.unsubscribe(subscriber);
    }

    private synchronized void configure(Config config) {
        this.realm = config.realm();
        this.cacheNanos = TimeUnit.SECONDS.toNanos(Math.max(0, config.auth_cache_seconds()));
        String keyFile = config.token_key_file() == null ? "" : config.token_key_file().strip();
        if (tokenKey == null || !keyFile.equals(tokenKeyFile)) {
            // a new key only for another key file: any other change of the configuration keeps everybody logged in
            tokenKey = TokenKey.of(keyFile);
            previousKey = null;
            tokenKeyFile = keyFile;
        }
        this.config = config;
        this.tokens = new Tokens(tokenKey, previousKey, Duration.ofMinutes(Math.max(1, config.token_minutes())),
                config.oidc_issuer(), config.oidc_jwks_url(), config.oidc_roles_claim());
        this.clientAddress = new ClientAddress(config.trusted_proxies());
        logins.clear();
    }

    Tokens tokens() {
        return tokens;
    }

    @Override
    public synchronized String rotate(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new de.kim.api.access.ForbiddenException("only administrators rotate the token key; user "
                    + caller.user() + " has role " + caller.auditRole());
        }
        com.nimbusds.jose.jwk.RSAKey next = TokenKey.rotate(tokenKeyFile);
        previousKey = tokenKey;
        tokenKey = next;
        tokens = new Tokens(tokenKey, previousKey, Duration.ofMinutes(Math.max(1, config.token_minutes())),
                config.oidc_issuer(), config.oidc_jwks_url(), config.oidc_roles_claim());
        audit.administered(caller, "token.key-rotate", "new token key " + next.getKeyID()
                + "; the previous one verifies until its tokens expire");
        return next.getKeyID();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String first = firstSegment(request.getUriInfo().getPath());
        if (READS.contains(request.getMethod()) && PUBLIC_READS.contains(first)) {
            return;
        }
        if ("POST".equals(request.getMethod()) && AuthResource.COOKIE_PATHS.contains(
                request.getUriInfo().getPath().replaceFirst("^/", ""))) {
            return; // the refresh cookie authenticates these two: AuthResource checks it
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        CallerPrincipal principal;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Tokens.Verified verified = tokens.verify(header.substring(7).trim());
            if (verified == null) {
                refuse(request, null, Response.Status.UNAUTHORIZED, "the token is invalid or expired");
                return;
            }
            String revoked = revoked(verified);
            if (revoked != null) {
                refuse(request, verified.subject(), Response.Status.UNAUTHORIZED, revoked);
                return;
            }
            principal = new CallerPrincipal(callers.caller(verified.subject(), verified.names()), verified.names(),
                    "Bearer");
        } else {
            String[] credentials = basicCredentials(header);
            if (credentials == null) {
                refuse(request, null, Response.Status.UNAUTHORIZED,
                        "this request needs HTTP Basic authentication or a bearer token");
                return;
            }
            String address = servletRequest == null ? null
                    : clientAddress.of(servletRequest.getRemoteAddr(), servletRequest.getHeader("X-Forwarded-For"));
            long lockedFor = lockout.lockedFor(credentials[0], address);
            if (lockedFor > 0) {
                long seconds = Math.max(1, TimeUnit.MILLISECONDS.toSeconds(lockedFor + 999));
                audit.refused(credentials[0], request.getMethod() + " /" + request.getUriInfo().getPath().replaceFirst("^/", ""),
                        "login locked after too many wrong passwords (user or address " + address + ")");
                request.abortWith(Response.fromResponse(refusal(Response.Status.TOO_MANY_REQUESTS,
                        "too many wrong passwords for this user or from this address; try again in " + seconds + " s"))
                        .header(HttpHeaders.RETRY_AFTER, seconds).build());
                return;
            }
            List<String> names = names(credentials[0], credentials[1], address);
            if (names == null) {
                refuse(request, credentials[0], Response.Status.UNAUTHORIZED, "user name or password is wrong");
                return;
            }
            principal = new CallerPrincipal(callers.caller(credentials[0], names), names, SecurityContext.BASIC_AUTH);
        }
        if (DIRECTORY.contains(first) && !principal.caller().has(Role.ADMIN)) {
            refuse(request, principal.getName(), Response.Status.FORBIDDEN,
                    "user " + principal.getName() + " may not change the directory (administrators only)");
            return;
        }
        Set<Role> allowed = ROLES_BY_RESOURCE.get(first);
        boolean subjectAccess = "GET".equals(request.getMethod()) && principal.caller().has(Role.DATA_PROTECTION)
                && request.getUriInfo().getPath().replaceFirst("^/", "").matches("clients/[^/]+/export");
        if (allowed != null && !principal.caller().hasAny(allowed) && !subjectAccess) {
            refuse(request, principal.getName(), Response.Status.FORBIDDEN, "the roles of user " + principal.getName()
                    + " give no access to " + first + " (needs one of " + allowed + ")");
            return;
        }
        request.setSecurityContext(new Authenticated(principal,
                request.getSecurityContext() != null && request.getSecurityContext().isSecure()));
    }

    /**
     * Why a valid token no longer stands for its user, or null: the user is locked, or was removed, or its
     * password or roles changed since the token was issued. Checked at every request; a hash look-up.
     */
    private String revoked(Tokens.Verified verified) {
        String user = verified.subject();
        if (lockout.lockedFor(user, null) > 0 || verified.issuedAt() < lockout.lockedAt(user)) {
            return "the token's user was locked after too many wrong passwords since the token was issued";
        }
        if (verified.own() && !standing.stands(user, verified.standing(), verified.issuedAt())) {
            return "the token was revoked: its user was removed, or the password or roles changed since it was issued";
        }
        return null;
    }

    /**
     * A token for the user, carrying the fingerprint of its realm entry; issued after the entry was read, so that
     * a change seen while reading it is older than the token.
     */
    String token(String user, List<String> names) {
        String fingerprint = standing.fingerprint(user);
        return tokens.issue(user, names, java.time.Instant.now(), fingerprint);
    }

    /** The tokens of a web session: an access token and the refresh token that renews it (its cookie). */
    record Session(String accessToken, long accessSeconds, String refreshToken, long idleSeconds) {
    }

    /**
     * A new web session for a user who logged in: tokens that live {@code accessSeconds} and a refresh token
     * for {@code idleSeconds}, each at most what is configured (a caller may ask for a shorter session).
     */
    Session session(String user, List<String> names, long accessSeconds, long idleSeconds) {
        long access = Math.max(5, Math.min(accessSeconds <= 0 ? Long.MAX_VALUE : accessSeconds, tokens.lifetimeSeconds()));
        long idle = Math.max(access, Math.min(idleSeconds <= 0 ? Long.MAX_VALUE : idleSeconds, idleSeconds()));
        String fingerprint = standing.fingerprint(user);
        java.time.Instant now = java.time.Instant.now();
        return new Session(tokens.issue(user, names, now, fingerprint, access), access,
                tokens.issueRefresh(user, names, now, fingerprint, access, idle), idle);
    }

    /** The configured idle end of a web session, in seconds. */
    long idleSeconds() {
        return TimeUnit.MINUTES.toSeconds(Math.max(1, config.session_idle_minutes()));
    }

    /**
     * The renewed session of a refresh token, or null with the reason in {@code why}: expired, logged out, or its
     * user locked, removed or changed since. The old refresh token is spent (one use each).
     */
    Session renew(String refreshToken, StringBuilder why) {
        Tokens.Refresh refresh = refreshToken == null ? null : tokens.verifyRefresh(refreshToken);
        if (refresh == null) {
            why.append("the session has ended (no valid refresh cookie)");
            return null;
        }
        String revoked = revoked(refresh.who());
        if (revoked == null && !spent.use(refresh.id(), refresh.expiresAt())) {
            revoked = "the session was ended (logged out, or its refresh cookie was used already)";
        }
        if (revoked != null) {
            why.append(revoked);
            audit.refused(refresh.who().subject(), "POST /auth/refresh", revoked);
            return null;
        }
        return session(refresh.who().subject(), refresh.who().names(), refresh.accessSeconds(), refresh.idleSeconds());
    }

    /** Ends the session of a refresh token (logout): it cannot be renewed any more. */
    void end(String refreshToken) {
        Tokens.Refresh refresh = refreshToken == null ? null : tokens.verifyRefresh(refreshToken);
        if (refresh != null) {
            spent.end(refresh.id(), refresh.expiresAt());
        }
    }

    /** Refuses the request and records the refusal in the audit trail. */
    private void refuse(ContainerRequestContext request, String user, Response.Status status, String reason) {
        audit.refused(user, request.getMethod() + " /" + request.getUriInfo().getPath().replaceFirst("^/", ""), reason);
        request.abortWith(refusal(status, reason));
    }

    private static String firstSegment(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        return slash < 0 ? p : p.substring(0, slash);
    }

    /** The authenticated caller as the request's security context. */
    private record Authenticated(CallerPrincipal principal, boolean secure) implements SecurityContext {
        @Override
        public java.security.Principal getUserPrincipal() {
            return principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return principal.names().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return principal.scheme();
        }
    }

    /**
     * The role and scope names of the user if the password is right, else null. A successful login is remembered for
     * a short while under a hash of realm, user and password, so that not every request pays for a
     * JAAS login; a changed password takes effect when that time is up. Failures are never remembered.
     */
    private List<String> names(String user, String password, String address) {
        // the user's realm entry is part of the key: a changed password or role is not answered from memory
        String key = hash(realm + '\0' + user + '\0' + password + '\0' + standing.fingerprint(user));
        long now = System.nanoTime();
        Login known = logins.get(key);
        if (known != null && known.expiresAt() - now > 0) {
            return known.names();
        }
        Subject subject = login(user, password);
        if (subject == null) {
            logins.remove(key);
            lockout.failed(user, address);
            return null;
        }
        lockout.succeeded(user);
        List<String> names = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName).distinct()
                .toList();
        if (cacheNanos > 0) {
            if (logins.size() > 1000) {
                logins.clear();
            }
            logins.put(key, new Login(names, now + cacheNanos));
        }
        return names;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Subject login(String user, String password) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(Authentication.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, subject, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user);
                    } else if (callback instanceof PasswordCallback pass) {
                        pass.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
            return subject;
        } catch (LoginException e) {
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static Response refusal(Response.Status status, String detail) {
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null));
        if (status == Response.Status.UNAUTHORIZED) {
            // Bearer only: a browser shown "Basic" would offer its own login and then send those credentials on its own
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"KIM\"");
        }
        return response.build();
    }
}
