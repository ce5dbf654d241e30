package de.kim.api;

import de.kim.api.model.Client;
import de.kim.api.model.ClientQuery;
import de.kim.api.model.HouseholdLink;
import de.kim.api.model.Page;
import de.kim.api.access.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Clients' master data, search and household links.
 */
@ProviderType
public interface ClientService {

    /** @throws ValidationException if the data break a rule */
    Client createClient(Caller caller, Client client);

    /** @throws NotFoundException if there is no such client */
    Client client(Caller caller, String id);

    /**
     * Replaces the master data (not the household, see {@link #link}).
     *
     * @throws ConflictException if {@code client.version()} is not the current version
     */
    Client updateClient(Caller caller, String id, Client client);

    Page<Client> searchClients(Caller caller, ClientQuery query);

    /** Links two clients of one household, in both directions. */
    Client link(Caller caller, String id, HouseholdLink link);

    /** Removes the link between two clients, in both directions. */
    Client unlink(Caller caller, String id, String otherClientId);
}
