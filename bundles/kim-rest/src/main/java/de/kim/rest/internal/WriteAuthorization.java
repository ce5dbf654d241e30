package de.kim.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
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

        @AttributeDefinition(description = "Roles that may create, change and delete directory entries")
        String[] write_roles() default {"admin"};
    }

    private volatile String realm;
    private volatile Set<String> writeRoles;

    @Activate
    @Modified
    void configure(Config config) {
        this.realm = config.realm();
        this.writeRoles = Set.copyOf(Arrays.asList(config.write_roles()));
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
        Subject subject = login(credentials[0], credentials[1]);
        if (subject == null) {
            request.abortWith(refusal(Response.Status.UNAUTHORIZED, "user name or password is wrong"));
            return;
        }
        Set<String> roles = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
        if (roles.stream().noneMatch(writeRoles::contains)) {
            request.abortWith(refusal(Response.Status.FORBIDDEN,
                    "user " + credentials[0] + " lacks a role that may write: " + writeRoles));
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
