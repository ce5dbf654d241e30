package de.kim.core.internal.outbox;

import de.kim.api.ConflictException;
import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.api.connect.ExternalKeys;
import de.kim.core.internal.persistence.Transactions;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * External keys of imported clients. Only who may create clients (case managers) reads and
 * writes them; the keys are the lists' row numbers and say nothing about a person.
 */
@Component(service = ExternalKeys.class)
public final class JpaExternalKeys implements ExternalKeys {
    private final Transactions tx;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public JpaExternalKeys(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public Set<String> keys(Caller caller, String source) {
        allowed(caller);
        return tx.read(em -> new HashSet<>(em.createQuery("SELECT k.key FROM ExternalKeyEntity k WHERE k.source = :s",
                String.class).setParameter("s", source).getResultList()));
    }

    @Override
    public void record(Caller caller, String source, String key, String clientId, Long caseId) {
        allowed(caller);
        tx.write(em -> {
            boolean known = !em.createQuery("SELECT k.id FROM ExternalKeyEntity k WHERE k.source = :s AND k.key = :k")
                    .setParameter("s", source).setParameter("k", key).setMaxResults(1).getResultList().isEmpty();
            if (known) {
                throw new ConflictException("key " + key + " of " + source + " was imported before");
            }
            em.persist(new ExternalKeyEntity(source, key, clientId, caseId, clock.instant(), caller.user()));
            return null;
        });
    }

    private static void allowed(Caller caller) {
        if (caller == null || !caller.hasAny(Set.of(Role.CASE_MANAGER, Role.SYSTEM))) {
            throw new ForbiddenException("only case managers import clients");
        }
    }
}
