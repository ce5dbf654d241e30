package de.kim.rest.internal;

import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import java.security.Principal;
import java.util.List;
import javax.ws.rs.core.SecurityContext;

/**
 * The authenticated caller of a request, as the security context's principal.
 *
 * @param caller the caller the core sees
 * @param names  the role and scope names the realm or token gave the user
 * @param scheme how the user authenticated: Basic or Bearer
 */
record CallerPrincipal(Caller caller, List<String> names, String scheme) implements Principal {

    @Override
    public String getName() {
        return caller.user();
    }

    /** The caller the authentication filter put on the request. */
    static Caller of(SecurityContext security) {
        return principal(security).caller();
    }

    static CallerPrincipal principal(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return principal;
        }
        throw new ForbiddenException("this request is not authenticated");
    }
}
