package de.kim.core.internal.clients;

import de.kim.api.ClientService;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Client;
import de.kim.api.model.ClientQuery;
import de.kim.api.model.HouseholdLink;
import de.kim.api.model.Page;
import de.kim.core.internal.directory.MunicipalityEntity;
import de.kim.core.internal.persistence.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ClientService.class)
public final class JpaClientService implements ClientService {
    static final int MAX_PAGE_SIZE = 200;

    private final Transactions tx;
    private final ClientIds ids = new ClientIds();
    private final Clock clock = Clock.systemDefaultZone();

    @Activate
    public JpaClientService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    /** The client with this id, or a NotFoundException. For the other services of kim-core. */
    public static ClientEntity existing(EntityManager em, String id) {
        ClientEntity client = id == null ? null : em.find(ClientEntity.class, id);
        if (client == null) {
            throw new NotFoundException("no client with id " + id);
        }
        return client;
    }

    @Override
    public Client createClient(Client client) {
        return tx.write(em -> {
            check(em, client);
            String id = ids.next();
            while (em.find(ClientEntity.class, id) != null) {
                id = ids.next();
            }
            ClientEntity entity = new ClientEntity(id, client);
            em.persist(entity);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public Client client(String id) {
        return tx.read(em -> existing(em, id).toModel());
    }

    @Override
    public Client updateClient(String id, Client client) {
        return tx.write(em -> {
            ClientEntity entity = existing(em, id);
            Transactions.requireVersion("client", client.version(), entity.version());
            check(em, client);
            entity.assign(client);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public Page<Client> searchClients(ClientQuery query) {
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new ValidationException(List.of(new Violation("page",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE)));
        }
        List<String> words = query.name() == null ? List.of() : NameKey.queryWords(query.name());
        StringBuilder from = new StringBuilder(" FROM ClientEntity c");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        for (int i = 0; i < words.size(); i++) {
            from.append(" JOIN c.nameTokens t").append(i);
            where.append(" AND t").append(i).append(" LIKE :w").append(i);
        }
        if (query.dateOfBirth() != null) {
            where.append(" AND c.dateOfBirth = :dob");
        }
        if (query.municipality() != null) {
            where.append(" AND c.municipality = :ags");
        }
        return tx.read(em -> {
            TypedQuery<ClientEntity> select = em.createQuery(
                    "SELECT DISTINCT c" + from + where + " ORDER BY c.familyName, c.givenNames, c.id",
                    ClientEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(DISTINCT c.id)" + from + where, Long.class);
            for (TypedQuery<?> q : List.of(select, count)) {
                for (int i = 0; i < words.size(); i++) {
                    q.setParameter("w" + i, words.get(i) + "%");
                }
                if (query.dateOfBirth() != null) {
                    q.setParameter("dob", query.dateOfBirth());
                }
                if (query.municipality() != null) {
                    q.setParameter("ags", query.municipality());
                }
            }
            List<Client> items = select.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                    .getResultList().stream().map(ClientEntity::toModel).toList();
            return new Page<>(items, query.page(), query.size(), count.getSingleResult());
        });
    }

    @Override
    public Client link(String id, HouseholdLink link) {
        if (link == null || link.clientId() == null || link.relation() == null) {
            throw new ValidationException(List.of(new Violation("link", "needs clientId and relation")));
        }
        if (link.clientId().equals(id)) {
            throw new ValidationException(List.of(new Violation("clientId", "a client cannot be linked to itself")));
        }
        return tx.write(em -> {
            ClientEntity client = existing(em, id);
            ClientEntity other = existing(em, link.clientId());
            client.household().removeIf(h -> h.otherClientId().equals(other.id()));
            other.household().removeIf(h -> h.otherClientId().equals(client.id()));
            client.household().add(new HouseholdLinkEmbeddable(other.id(), link.relation()));
            other.household().add(new HouseholdLinkEmbeddable(client.id(), link.relation().inverse()));
            em.flush();
            return client.toModel();
        });
    }

    @Override
    public Client unlink(String id, String otherClientId) {
        return tx.write(em -> {
            ClientEntity client = existing(em, id);
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
