package de.kim.core.internal.extension;

import de.kim.core.internal.persistence.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The definitions in use (from started extension bundles) and every definition ever declared (in
 * the database). Deactivating never deletes: the stored rows stay for the data made with them.
 */
@Component(service = Definitions.class)
public final class Definitions {
    private final Transactions tx;
    private final Map<Kind, Map<String, Declared>> active = new EnumMap<>(Kind.class);

    @Activate
    public Definitions(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
        for (Kind kind : Kind.values()) {
            active.put(kind, new ConcurrentHashMap<>());
        }
        tx.maintain(em -> em.createQuery("UPDATE DefinitionEntity d SET d.active = FALSE WHERE d.active = TRUE")
                .executeUpdate());
    }

    /**
     * Puts a bundle's definitions in use.
     *
     * @return each definition refused because another bundle's with the same id is in use, with why
     */
    public synchronized Map<Declared, String> activate(List<Declared> declared) {
        Map<Declared, String> refused = new java.util.LinkedHashMap<>();
        List<Declared> accepted = new ArrayList<>();
        for (Declared d : declared) {
            Declared other = active.get(d.kind()).get(d.id());
            if (other != null && other.bundleId() != d.bundleId()) {
                refused.put(d, d.describe() + ": refused, " + other.describe() + " of bundle "
                        + other.provenance().bundle() + " is in use");
            } else {
                accepted.add(d);
            }
        }
        Instant now = Instant.now();
        tx.maintain(em -> {
            for (Declared d : accepted) {
                em.createQuery("UPDATE DefinitionEntity d SET d.active = FALSE WHERE d.kind = :k AND d.definitionId = :id")
                        .setParameter("k", d.kind().name()).setParameter("id", d.id()).executeUpdate();
                List<DefinitionEntity> same = stored(em, d.kind(), d.id()).stream()
                        .filter(e -> e.definitionVersion().equals(d.version()) && e.hash().equals(d.hash())).toList();
                if (same.isEmpty()) {
                    em.persist(new DefinitionEntity(d, now));
                } else {
                    same.get(0).activate(true);
                }
            }
            return null;
        });
        accepted.forEach(d -> active.get(d.kind()).put(d.id(), d));
        return refused;
    }

    /** Takes a bundle's definitions out of use; their stored rows stay. */
    public synchronized void deactivate(long bundleId) {
        List<Declared> gone = new ArrayList<>();
        active.values().forEach(byId -> byId.values().removeIf(d -> d.bundleId() == bundleId && gone.add(d)));
        if (gone.isEmpty()) {
            return;
        }
        tx.maintain(em -> {
            for (Declared d : gone) {
                em.createQuery("UPDATE DefinitionEntity d SET d.active = FALSE WHERE d.kind = :k AND d.definitionId = :id")
                        .setParameter("k", d.kind().name()).setParameter("id", d.id()).executeUpdate();
            }
            return null;
        });
    }

    public Optional<Declared> active(Kind kind, String id) {
        return Optional.ofNullable(active.get(kind).get(id));
    }

    public List<Declared> active(Kind kind) {
        Collection<Declared> all = active.get(kind).values();
        return all.stream().sorted(Comparator.comparing(Declared::id)).toList();
    }

    /** Every stored version of a definition, newest first. */
    public List<DefinitionEntity> stored(Kind kind, String id) {
        return tx.read(em -> stored(em, kind, id));
    }

    /** The newest stored row of every definition of a kind that is not in use. */
    public List<DefinitionEntity> inactive(Kind kind) {
        return tx.read(em -> em.createQuery("SELECT d FROM DefinitionEntity d WHERE d.kind = :k ORDER BY d.definitionId,"
                + " d.declaredAt DESC, d.id DESC", DefinitionEntity.class).setParameter("k", kind.name()).getResultList())
                .stream().filter(d -> !active.get(kind).containsKey(d.definitionId()))
                .filter(distinctBy()).toList();
    }

    private static java.util.function.Predicate<DefinitionEntity> distinctBy() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return d -> seen.add(d.definitionId());
    }

    private static List<DefinitionEntity> stored(javax.persistence.EntityManager em, Kind kind, String id) {
        return em.createQuery("SELECT d FROM DefinitionEntity d WHERE d.kind = :k AND d.definitionId = :id"
                + " ORDER BY d.declaredAt DESC, d.id DESC", DefinitionEntity.class)
                .setParameter("k", kind.name()).setParameter("id", id).getResultList();
    }
}
