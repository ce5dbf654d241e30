package de.kim.api;

import de.kim.api.model.Client;
import de.kim.api.model.ClientQuery;
import de.kim.api.model.HouseholdLink;
import de.kim.api.model.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Clients' master data, search and household links.
 */
@ProviderType
public interface ClientService {

    /** @throws ValidationException if the data break a rule */
    Client createClient(Client client);

    /** @throws NotFoundException if there is no such client */
    Client client(String id);

    /**
     * Replaces the master data (not the household, see {@link #link}).
     *
     * @throws ConflictException if {@code client.version()} is not the current version
     */
    Client updateClient(String id, Client client);

    Page<Client> searchClients(ClientQuery query);

    /** Links two clients of one household, in both directions. */
    Client link(String id, HouseholdLink link);

    /** Removes the link between two clients, in both directions. */
    Client unlink(String id, String otherClientId);
}
