package de.kim.core.internal.access;

import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.api.model.ClientQuery;
import de.kim.api.model.Page;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.store.ClientTaskEntity;
import de.kim.core.internal.store.NameKey;
import de.kim.core.internal.store.PlannedTransitionEntity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

/**
 * The clients (with their timeline) as one caller may reach them: a single client only through the
 * access guard (outside the scope: not found, and the attempt audited), every list with the caller's
 * scope inside its query. Services of kim-core read clients for a caller only through this store.
 */
public final class ClientStore {
    /** The largest page a client search returns. */
    public static final int MAX_PAGE_SIZE = 200;
    /**
     * A search counts its matches up to this many: past it the total says "more than 1,000" (the page is
     * still exact). Counting every "a…" among a million clients would take seconds at each typed letter.
     */
    public static final int COUNT_LIMIT = 1000;

    private final EntityManager em;
    private final AccessGuard guard;
    private final Caller caller;

    ClientStore(EntityManager em, AccessGuard guard, Caller caller) {
        this.em = em;
        this.guard = guard;
        this.caller = caller;
    }

    /** The client, if the caller may do {@code operation} on it; audited. */
    public Guarded<ClientEntity> get(String id, Operation operation) {
        Access access = guard.client(em, caller, id, operation);
        return new Guarded<>(em.find(ClientEntity.class, id), access);
    }

    /** The client for work that records its own audit row later; a refusal is audited at once. */
    public ClientEntity checked(String id, Operation operation) {
        guard.checkClient(em, caller, id, operation);
        return em.find(ClientEntity.class, id);
    }

    /** A page of the caller's clients, by name words (each begins a part of the name) or all; audited. */
    public Page<Guarded<ClientEntity>> search(ClientQuery query) {
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new ValidationException(List.of(new Violation("page",
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE)));
        }
        List<String> words = query.name() == null ? List.of() : NameKey.queryWords(query.name());
        if ((!words.isEmpty() || query.dateOfBirth() != null) && !NeedToKnow.mayUseIdentifiers(caller)
                && caller.hasAny(NeedToKnow.CASE_ROLES)) {
            String reason = "user " + caller.user() + " sees pseudonymised data only and cannot search by "
                    + (words.isEmpty() ? "date of birth" : "name");
            guard.refused(caller, Operation.read("clients.search"), null, null, reason);
            throw new ForbiddenException(reason);
        }
        // names and dates of birth are kept as keyed hashes: the trail must not keep an erased person's name
        Scope scope = guard.scope(em, caller, "clients.search", "name=" + guard.keyed(query.name()) + " dateOfBirth="
                + guard.keyed(query.dateOfBirth() == null ? null : query.dateOfBirth().toString()) + " municipality="
                + query.municipality() + " page=" + query.page() + " size=" + query.size());
        Page<ClientEntity> found = words.isEmpty() ? listAll(query, scope) : searchByName(query, words, scope);
        return new Page<>(found.items().stream().map(c -> new Guarded<>(c, guard.view(em, caller, c))).toList(),
                found.page(), found.size(), found.total(), found.totalCapped());
    }

    /** Planned changes of the caller's clients that take effect by {@code until}; audited. */
    public List<PlannedTransitionEntity> transitionsDue(LocalDate until) {
        Scope scope = guard.scope(em, caller, "transitions.due", "until=" + until);
        return scope.bind(em.createQuery("SELECT t FROM PlannedTransitionEntity t WHERE t.status = :planned"
                + " AND (t.effectiveDate <= :until OR t.deadline <= :until) AND EXISTS (SELECT c FROM ClientEntity c WHERE c.id = t.clientId"
                + " AND " + scope.clients("c") + ") ORDER BY t.deadlineMoved DESC, t.effectiveDate, t.id",
                PlannedTransitionEntity.class))
                .setParameter("planned", PlannedTransitionEntity.PLANNED).setParameter("until", until)
                .getResultList();
    }

    /** Open deadlines of the caller's clients whose warning starts by {@code until}; audited. */
    public List<ClientTaskEntity> deadlinesDue(LocalDate until) {
        Scope scope = guard.scope(em, caller, "deadlines.due", "until=" + until);
        return scope.bind(em.createQuery("SELECT t FROM ClientTaskEntity t WHERE t.done = FALSE"
                + " AND t.warnFrom <= :until AND EXISTS (SELECT c FROM ClientEntity c WHERE c.id = t.clientId"
                + " AND " + scope.clients("c") + ") ORDER BY t.due, t.id", ClientTaskEntity.class))
                .setParameter("until", until).getResultList();
    }

    /**
     * Name search on the name keys alone: the first word's prefix is a range of the covering (token,
     * sort name, client id) index, read in the index's order (the matching word, then the sort name), so
     * the page is the range's first rows and nothing is sorted; further words must begin a word of the
     * sort name; only the clients of the page are read.
     */
    private Page<ClientEntity> searchByName(ClientQuery query, List<String> words, Scope scope) {
        // up to three letters: one short key per client, in name order on the index; else a range of words
        boolean shortWord = words.get(0).length() <= NameKey.SHORT_MAX;
        StringBuilder where = new StringBuilder(shortWord ? " FROM ClientNameKeyEntity k WHERE k.token = :lo"
                : " FROM ClientNameKeyEntity k WHERE k.token >= :lo AND k.token < :hi");
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
        // no DISTINCT: it would sort the whole range; a client two of whose words begin with the prefix is
        // shown once on a page (and may come again on a later one: rare, and never a wrong match)
        TypedQuery<String> page = em.createQuery("SELECT k.clientId" + where
                + " ORDER BY k.token, k.sortName, k.clientId", String.class);
        TypedQuery<String> count = em.createQuery("SELECT k.clientId" + where, String.class);
        for (TypedQuery<?> q : List.of(page, count)) {
            if (shortWord) {
                q.setParameter("lo", NameKey.SHORT + words.get(0));
            } else {
                q.setParameter("lo", words.get(0)).setParameter("hi", NameKey.upperBound(words.get(0)));
            }
            for (int i = 1; i < words.size(); i++) {
                q.setParameter("w" + i, words.get(i) + "%").setParameter("sw" + i, "% " + words.get(i) + "%");
            }
            filters(q, query);
            scope.bind(q);
        }
        List<String> ids = page.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList().stream().distinct().toList();
        Map<String, ClientEntity> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            readOnlyWithCollections(em.createQuery("SELECT c FROM ClientEntity c WHERE c.id IN :ids",
                    ClientEntity.class).setParameter("ids", ids)).getResultList().forEach(c -> byId.put(c.id(), c));
        }
        // a client has a key per name word: where two of its words begin with the prefix, it has two rows in
        // the range; only then (rare) are more rows read to count 1,001 clients
        int rows = COUNT_LIMIT + 1;
        List<String> matches = count.setMaxResults(rows).getResultList();
        long total = shortWord ? matches.size() : new java.util.HashSet<>(matches).size();
        if (!shortWord && matches.size() == rows && total <= COUNT_LIMIT) {
            rows = 4 * (COUNT_LIMIT + 1);
            matches = count.setMaxResults(rows).getResultList();
            total = new java.util.HashSet<>(matches).size();
        }
        boolean capped = total > COUNT_LIMIT || matches.size() == rows;
        return new Page<>(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), query.page(), query.size(),
                capped ? COUNT_LIMIT : total, capped);
    }

    private Page<ClientEntity> listAll(ClientQuery query, Scope scope) {
        StringBuilder where = new StringBuilder(" FROM ClientEntity c WHERE " + scope.clients("c"));
        if (query.dateOfBirth() != null) {
            where.append(" AND c.dateOfBirth = :dob");
        }
        if (query.municipality() != null) {
            where.append(" AND c.municipality = :ags");
        }
        // pseudonymised lists are in the order of the pseudonym: an order by name would reveal the names
        TypedQuery<ClientEntity> select = em.createQuery("SELECT c" + where + (NeedToKnow.mayUseIdentifiers(caller)
                ? " ORDER BY c.familyName, c.givenNames, c.id" : " ORDER BY c.id"), ClientEntity.class);
        TypedQuery<String> count = em.createQuery("SELECT c.id" + where, String.class);
        for (TypedQuery<?> q : List.of(select, count)) {
            filters(q, query);
            scope.bind(q);
        }
        List<ClientEntity> items = readOnlyWithCollections(select.setFirstResult(query.page() * query.size())
                .setMaxResults(query.size())).getResultList();
        int counted = count.setMaxResults(COUNT_LIMIT + 1).getResultList().size();
        return new Page<>(items, query.page(), query.size(), Math.min(counted, COUNT_LIMIT), counted > COUNT_LIMIT);
    }

    private static void filters(TypedQuery<?> q, ClientQuery query) {
        if (query.dateOfBirth() != null) {
            q.setParameter("dob", query.dateOfBirth());
        }
        if (query.municipality() != null) {
            q.setParameter("ags", query.municipality());
        }
    }

    /** Languages and household in one query each for the whole page; not registered for change detection. */
    private static TypedQuery<ClientEntity> readOnlyWithCollections(TypedQuery<ClientEntity> q) {
        return q.setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "c.languages")
                .setHint("eclipselink.batch", "c.household").setHint("eclipselink.read-only", "true");
    }
}
