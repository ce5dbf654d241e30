package de.kim.core.internal.clients;

import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.store.ClientNameKeyEntity;
import de.kim.core.internal.store.HouseholdLinkEmbeddable;
import de.kim.core.internal.store.NameKey;
import de.kim.api.ClientService;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Client;
import de.kim.api.model.ClientQuery;
import de.kim.api.model.HouseholdLink;
import de.kim.api.model.Page;
import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.access.Operation;
import de.kim.core.internal.access.Redaction;
import de.kim.core.internal.access.Scope;
import de.kim.core.internal.directory.MunicipalityEntity;
import de.kim.core.internal.persistence.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final AccessGuard guard;
    private final Clock clock;

    @Activate
    public JpaClientService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference(target = PlatformClock.TARGET) Clock clock, @Reference AccessGuard guard) {
        this.clock = clock;
        this.tx = new Transactions(jpa);
        this.guard = guard;
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
        return tx.read(em -> Redaction.client(existing(em, id).toModel(),
                guard.client(em, caller, id, Operation.read("client.read"))));
    }

    @Override
    public Client updateClient(Caller caller, String id, Client client) {
        return tx.write(em -> {
            guard.client(em, caller, id, Operation.write("client.write"));
            ClientEntity entity = existing(em, id);
            Transactions.requireVersion("client", client.version(), entity.version());
            check(em, client);
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
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new ValidationException(List.of(new Violation("page",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE)));
        }
        List<String> words = query.name() == null ? List.of() : NameKey.queryWords(query.name());
        return tx.read(em -> {
            Scope scope = guard.scope(em, caller, "clients.search", query.toString());
            if (!words.isEmpty() && scope.pseudonymous()) {
                throw new ForbiddenException("user " + caller.user() + " sees pseudonymised data only and cannot"
                        + " search by name");
            }
            Page<ClientEntity> found = words.isEmpty() ? listAll(em, query, scope) : searchByName(em, query, words, scope);
            return new Page<>(found.items().stream().map(c -> Redaction.client(c.toModel(), guard.view(em, caller, c)))
                    .toList(), found.page(), found.size(), found.total());
        });
    }

    /**
     * Name search on the name keys alone: the first word's prefix is a range of the covering (token,
     * sort name, client id) index, further words must begin a word of the sort name; only the clients
     * of the page are read.
     */
    private static Page<ClientEntity> searchByName(EntityManager em, ClientQuery query, List<String> words,
            Scope scope) {
        StringBuilder where = new StringBuilder(" FROM ClientNameKeyEntity k WHERE k.token >= :lo AND k.token < :hi");
        for (int i = 1; i < words.size(); i++) {
            where.append(" AND (k.sortName LIKE :w").append(i).append(" OR k.sortName LIKE :sw").append(i).append(")");
        }
        String inScope = scope.clients("c");
        if (query.dateOfBirth() != null || query.municipality() != null || !"1 = 1".equals(inScope)) {
            where.append(" AND EXISTS (SELECT c FROM ClientEntity c WHERE c.id = k.clientId")
                    .append(query.dateOfBirth() != null ? " AND c.dateOfBirth = :dob" : "")
                    .append(query.municipality() != null ? " AND c.municipality = :ags" : "")
                    .append(" AND ").append(inScope).append(")");
        }
        TypedQuery<Object[]> page = em.createQuery("SELECT DISTINCT k.sortName, k.clientId" + where
                + " ORDER BY k.sortName", Object[].class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(DISTINCT k.clientId)" + where, Long.class);
        for (TypedQuery<?> q : List.of(page, count)) {
            q.setParameter("lo", words.get(0)).setParameter("hi", NameKey.upperBound(words.get(0)));
            for (int i = 1; i < words.size(); i++) {
                q.setParameter("w" + i, words.get(i) + "%").setParameter("sw" + i, "% " + words.get(i) + "%");
            }
            if (query.dateOfBirth() != null) {
                q.setParameter("dob", query.dateOfBirth());
            }
            if (query.municipality() != null) {
                q.setParameter("ags", query.municipality());
            }
            scope.bind(q);
        }
        List<String> ids = page.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList().stream().map(row -> (String) row[1]).toList();
        Map<String, ClientEntity> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT c FROM ClientEntity c WHERE c.id IN :ids", ClientEntity.class)
                    .setParameter("ids", ids)
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "c.languages")
                    .setHint("eclipselink.batch", "c.household")
                    // a list is only read: not registered for change detection at the read's commit
                    .setHint("eclipselink.read-only", "true")
                    .getResultList().forEach(c -> byId.put(c.id(), c));
        }
        return new Page<>(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), query.page(), query.size(),
                count.getSingleResult());
    }

    private static Page<ClientEntity> listAll(EntityManager em, ClientQuery query, Scope scope) {
        StringBuilder where = new StringBuilder(" FROM ClientEntity c WHERE " + scope.clients("c"));
        if (query.dateOfBirth() != null) {
            where.append(" AND c.dateOfBirth = :dob");
        }
        if (query.municipality() != null) {
            where.append(" AND c.municipality = :ags");
        }
        TypedQuery<ClientEntity> select = em.createQuery("SELECT c" + where
                + " ORDER BY c.familyName, c.givenNames, c.id", ClientEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c)" + where, Long.class);
        for (TypedQuery<?> q : List.of(select, count)) {
            if (query.dateOfBirth() != null) {
                q.setParameter("dob", query.dateOfBirth());
            }
            if (query.municipality() != null) {
                q.setParameter("ags", query.municipality());
            }
            scope.bind(q);
        }
        List<ClientEntity> items = select.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "c.languages")
                .setHint("eclipselink.batch", "c.household").setHint("eclipselink.read-only", "true")
                .getResultList();
        return new Page<>(items, query.page(), query.size(), count.getSingleResult());
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
            guard.client(em, caller, id, Operation.write("household.link"));
            guard.client(em, caller, link.clientId(), Operation.write("household.link"));
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
    public Client unlink(Caller caller, String id, String otherClientId) {
        return tx.write(em -> {
            guard.client(em, caller, id, Operation.write("household.unlink"));
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
