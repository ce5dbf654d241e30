package de.kim.api.access;

import java.util.Collection;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Turns an authenticated user into a {@link Caller}, by the role names and scope configured for the
 * platform. Used by the edges (REST, console) so that both read one configuration.
 */
@ProviderType
public interface Callers {

    /**
     * @param user       the authenticated user name
     * @param principals the names the realm or token gave the user: role names, and the scope as
     *                   {@code municipality:<AGS or district key>} and {@code office:<id>}
     */
    Caller caller(String user, Collection<String> principals);
}
