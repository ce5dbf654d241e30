package de.kim.core.internal.clients;

import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.store.ClientNameKeyEntity;
import de.kim.core.internal.store.HouseholdLinkEmbeddable;
import de.kim.api.ClientService;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Client;
import de.kim.api.model.ClientQuery;
import de.kim.api.model.HouseholdLink;
import de.kim.api.model.Page;
import de.kim.api.access.Caller;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.access.Operation;
import de.kim.core.internal.access.Redaction;
import de.kim.core.internal.access.ClientStore;
import de.kim.core.internal.access.Guarded;
import de.kim.core.internal.directory.MunicipalityEntity;
import de.kim.core.internal.persistence.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ClientService.class)
public final class JpaClientService implements ClientService {
    private final Transactions tx;
    private final ClientIds ids = new ClientIds();
    private final AccessGuard guard;
    private final Clock clock;

    @Activate
    public JpaClientService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference(target = PlatformClock.TARGET) Clock clock, @Reference AccessGuard guard) {
        this.clock = clock;
        this.tx = new Transactions(jpa);
        this.guard = guard;
        int added = tx.maintain(ShortNameKeys::backfill);
        if (added > 0) {
            org.slf4j.LoggerFactory.getLogger(JpaClientService.class).info("Added {} short name keys for the person search",
                    added);
        }
    }

    @Override
    public Client createClient(Caller caller, Client client) {
        Operation create = Operation.write("client.create");
        return tx.write(em -> {
            check(em, client);
            guard.requireTeamOf(caller, create, client.municipality());
            String id = ids.next();
            while (em.find(ClientEntity.class, id) != null) {
                id = ids.next();
            }
            ClientEntity entity = new ClientEntity(id, client);
            em.persist(entity);
            entity.nameKeys().forEach(em::persist);
            em.flush();
            guard.allowed(em, caller, create.action(), id, null);
            return entity.toModel();
        });
    }

    @Override
    public Client client(Caller caller, String id) {
        return tx.read(em -> {
            Guarded<ClientEntity> found = guard.clients(em, caller).get(id, Operation.read("client.read"));
            return Redaction.client(found.record().toModel(), found.access());
        });
    }

    @Override
    public Client updateClient(Caller caller, String id, Client client) {
        return tx.write(em -> {
            ClientEntity entity = guard.clients(em, caller).get(id, Operation.write("client.write")).record();
            Transactions.requireVersion("client", client.version(), entity.version());
            check(em, client);
            if (client.municipality() != null && !client.municipality().equals(entity.municipality())) {
                // a move: into a municipality the caller may create records for, as for a new client
                guard.requireTeamOf(caller, Operation.write("client.write"), client.municipality());
            }
            entity.assign(client);
            em.createQuery("DELETE FROM ClientNameKeyEntity k WHERE k.clientId = :c").setParameter("c", id)
                    .executeUpdate();
            entity.nameKeys().forEach(em::persist);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public Page<Client> searchClients(Caller caller, ClientQuery query) {
        return tx.read(em -> {
            Page<Guarded<ClientEntity>> found = guard.clients(em, caller).search(query);
            return new Page<>(found.items().stream().map(c -> Redaction.client(c.record().toModel(), c.access()))
                    .toList(), found.page(), found.size(), found.total(), found.totalCapped());
        });
    }

    @Override
    public Client link(Caller caller, String id, HouseholdLink link) {
        if (link == null || link.clientId() == null || link.relation() == null) {
            throw new ValidationException(List.of(new Violation("link", "needs clientId and relation")));
        }
        if (link.clientId().equals(id)) {
            throw new ValidationException(List.of(new Violation("clientId", "a client cannot be linked to itself")));
        }
        return tx.write(em -> {
            ClientStore clients = guard.clients(em, caller);
            ClientEntity client = clients.get(id, Operation.write("household.link")).record();
            ClientEntity other = clients.get(link.clientId(), Operation.write("household.link")).record();
            client.household().removeIf(h -> h.otherClientId().equals(other.id()));
            other.household().removeIf(h -> h.otherClientId().equals(client.id()));
            client.household().add(new HouseholdLinkEmbeddable(other.id(), link.relation()));
            other.household().add(new HouseholdLinkEmbeddable(client.id(), link.relation().inverse()));
            em.flush();
            return client.toModel();
        });
    }

    @Override
    public Client unlink(Caller caller, String id, String otherClientId) {
        return tx.write(em -> {
            ClientEntity client = guard.clients(em, caller).get(id, Operation.write("household.unlink")).record();
            if (!client.household().removeIf(h -> h.otherClientId().equals(otherClientId))) {
                throw new NotFoundException("client " + id + " has no household link to " + otherClientId);
            }
            ClientEntity other = em.find(ClientEntity.class, otherClientId);
            if (other != null) {
                other.household().removeIf(h -> h.otherClientId().equals(id));
            }
            em.flush();
            return client.toModel();
        });
    }

    private void check(EntityManager em, Client client) {
        List<Violation> violations = ClientRules.check(client,
                ags -> em.find(MunicipalityEntity.class, ags) != null, LocalDate.now(clock));
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
