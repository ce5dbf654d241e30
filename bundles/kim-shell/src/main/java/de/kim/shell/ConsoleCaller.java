package de.kim.shell;

import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import de.kim.api.access.ForbiddenException;
import java.security.AccessController;
import java.security.Principal;
import java.util.List;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * The caller of a console command: the user logged in to the Karaf console (SSH, bin/client, the
 * local console), with the roles and scope the realm gives them. Commands run as that user, so the
 * core applies the same need-to-know as over REST. Exported, so that the console commands of
 * extension bundles act as the logged-in user too.
 */
public final class ConsoleCaller {
    private ConsoleCaller() {
    }

    @SuppressWarnings("removal")
    /** The logged-in console user as a caller; 403 when the session has none. */
    public static Caller of(Callers callers) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject == null || subject.getPrincipals(UserPrincipal.class).isEmpty()) {
            throw new ForbiddenException("the console session has no logged-in user");
        }
        String user = subject.getPrincipals(UserPrincipal.class).iterator().next().getName();
        List<String> names = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName).toList();
        return callers.caller(user, names);
    }
}
