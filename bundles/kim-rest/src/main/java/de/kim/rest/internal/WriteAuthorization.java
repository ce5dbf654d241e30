package de.kim.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Requests that change data need HTTP Basic credentials of a user of Karaf's JAAS realm who holds
 * one of the write roles. Reads are open for now; scoped access comes with the case data.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "de.kim.rest")
@Designate(ocd = WriteAuthorization.Config.class)
@JaxrsExtension
@JaxrsApplicationSelect(KimApplication.SELECT)
public final class WriteAuthorization implements ContainerRequestFilter {
    private static final Set<String> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @ObjectClassDefinition(name = "KIM REST", description = "Authentication of the REST API /api/v1")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm that checks the credentials")
        String realm() default "karaf";

        @AttributeDefinition(description = "Roles that may create, change and delete records")
        String[] write_roles() default {"admin"};

        @AttributeDefinition(description = "Seconds a successful login is remembered (0: check every request)")
        int auth_cache_seconds() default 60;
    }

    /** Roles of a successful login and until when they are remembered. */
    private record Login(Set<String> roles, long expiresAt) {
    }

    private final Map<String, Login> logins = new ConcurrentHashMap<>();
    private volatile String realm;
    private volatile Set<String> writeRoles;
    private volatile long cacheNanos;

    @Activate
    @Modified
    void configure(Config config) {
        this.realm = config.realm();
        this.writeRoles = Set.copyOf(Arrays.asList(config.write_roles()));
        this.cacheNanos = TimeUnit.SECONDS.toNanos(Math.max(0, config.auth_cache_seconds()));
        logins.clear();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        String[] credentials = basicCredentials(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials == null) {
            request.abortWith(refusal(Response.Status.UNAUTHORIZED, "this request needs HTTP Basic authentication"));
            return;
        }
        Set<String> roles = roles(credentials[0], credentials[1]);
        if (roles == null) {
            request.abortWith(refusal(Response.Status.UNAUTHORIZED, "user name or password is wrong"));
            return;
        }
        if (roles.stream().noneMatch(writeRoles::contains)) {
            request.abortWith(refusal(Response.Status.FORBIDDEN,
                    "user " + credentials[0] + " lacks a role that may write: " + writeRoles));
            return;
        }
        request.setSecurityContext(new Authenticated(credentials[0], roles,
                request.getSecurityContext() != null && request.getSecurityContext().isSecure()));
    }

    /** The name of the user a write was authenticated as, or null. */
    static String user(SecurityContext security) {
        return security == null || security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
    }

    /** The user a write was authenticated as, for resources that record who did something. */
    private record Authenticated(String user, Set<String> roles, boolean secure) implements SecurityContext {
        @Override
        public java.security.Principal getUserPrincipal() {
            return () -> user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return roles.contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }

    /**
     * The roles of the user if the password is right, else null. A successful login is remembered for
     * a short while under a hash of realm, user and password, so that not every request pays for a
     * JAAS login; a changed password takes effect when that time is up. Failures are never remembered.
     */
    private Set<String> roles(String user, String password) {
        String key = hash(realm + '\0' + user + '\0' + password);
        long now = System.nanoTime();
        Login known = logins.get(key);
        if (known != null && known.expiresAt() - now > 0) {
            return known.roles();
        }
        Subject subject = login(user, password);
        if (subject == null) {
            logins.remove(key);
            return null;
        }
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toUnmodifiableSet());
        if (cacheNanos > 0) {
            if (logins.size() > 1000) {
                logins.clear();
            }
            logins.put(key, new Login(roles, now + cacheNanos));
        }
        return roles;
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
        thread.setContextClassLoader(WriteAuthorization.class.getClassLoader());
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

    private static Response refusal(Response.Status status, String detail) {
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null));
        if (status == Response.Status.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"KIM\"");
        }
        return response.build();
    }
}
