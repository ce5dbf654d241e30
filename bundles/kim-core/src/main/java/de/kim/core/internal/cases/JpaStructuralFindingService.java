package de.kim.core.internal.cases;

import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.store.StructuralFindingEntity;
import de.kim.api.ConflictException;
import de.kim.api.NotFoundException;
import de.kim.api.StructuralFindingService;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.StructuralFinding;
import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.access.Operation;
import de.kim.core.internal.persistence.Transactions;
import java.util.EnumSet;
import java.util.Set;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StructuralFindingService.class)
public final class JpaStructuralFindingService implements StructuralFindingService {
    /** Findings are structural, not about one person: the case team and the coordinators work on them. */
    private static final Set<Role> ROLES = EnumSet.of(Role.CASE_MANAGER, Role.COORDINATOR);

    private final Clock clock;
    private final Transactions tx;
    private final AccessGuard guard;

    @Activate
    public JpaStructuralFindingService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference(target = PlatformClock.TARGET) Clock clock, @Reference AccessGuard guard) {
        this.clock = clock;
        this.tx = new Transactions(jpa);
        this.guard = guard;
    }

    @Override
    public StructuralFinding report(Caller caller, StructuralFinding finding) {
        check(finding);
        return tx.write(em -> {
            guard.list(em, caller, "finding.report", ROLES, finding.title());
            checkCases(em, caller, finding.caseIds());
            StructuralFindingEntity entity = new StructuralFindingEntity(finding, LocalDate.now(clock));
            em.persist(entity);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public StructuralFinding finding(Caller caller, long id) {
        return tx.read(em -> {
            guard.list(em, caller, "finding.read", ROLES, "finding " + id);
            return existing(em, id).toModel();
        });
    }

    @Override
    public List<StructuralFinding> findings(Caller caller, StructuralFinding.Status status) {
        return tx.read(em -> {
            guard.list(em, caller, "findings.list", ROLES, "status=" + status);
            return (status == null
                ? em.createQuery("SELECT f FROM StructuralFindingEntity f ORDER BY f.id DESC", StructuralFindingEntity.class)
                : em.createQuery("SELECT f FROM StructuralFindingEntity f WHERE f.status = :s ORDER BY f.id DESC",
                        StructuralFindingEntity.class).setParameter("s", status))
                .getResultList().stream().map(StructuralFindingEntity::toModel).toList();
        });
    }

    @Override
    public StructuralFinding update(Caller caller, long id, StructuralFinding finding) {
        check(finding);
        return tx.write(em -> {
            StructuralFindingEntity entity = existing(em, id);
            guard.changeFinding(em, caller, "finding.write", "finding " + id, owners(em, entity));
            Transactions.requireVersion("finding", finding.version(), entity.version());
            checkCases(em, caller, finding.caseIds());
            entity.assign(finding);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public StructuralFinding changeStatus(Caller caller, long id, StructuralFinding.Status status, long version) {
        if (status == null) {
            throw new ValidationException(List.of(new Violation("status", "is required")));
        }
        return tx.write(em -> {
            StructuralFindingEntity entity = existing(em, id);
            guard.changeFinding(em, caller, "finding.status", "finding " + id + " to " + status, owners(em, entity));
            Transactions.requireVersion("finding", version, entity.version());
            if (!entity.status().next().contains(status)) {
                throw new ConflictException("finding " + id + " cannot move from " + entity.status() + " to " + status
                        + "; allowed: " + entity.status().next());
            }
            entity.moveTo(status);
            em.flush();
            return entity.toModel();
        });
    }

    /** The municipalities owning the cases linked to the finding. */
    private static Set<String> owners(EntityManager em, StructuralFindingEntity entity) {
        List<Long> ids = entity.toModel().caseIds();
        return ids.isEmpty() ? Set.of() : Set.copyOf(em.createQuery("SELECT c.ownerMunicipality FROM CaseEntity c"
                + " WHERE c.id IN :ids", String.class).setParameter("ids", ids).getResultList());
    }

    private static StructuralFindingEntity existing(EntityManager em, long id) {
        StructuralFindingEntity entity = em.find(StructuralFindingEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("no structural finding with id " + id);
        }
        return entity;
    }

    private static void check(StructuralFinding f) {
        List<Violation> violations = new ArrayList<>();
        if (f == null || f.title() == null || f.title().isBlank()) {
            violations.add(new Violation("title", "must not be blank"));
        }
        if (f == null || f.topic() == null) {
            violations.add(new Violation("topic", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Linked cases must exist and be readable by the caller (a case outside the scope reads as missing). */
    private void checkCases(EntityManager em, Caller caller, List<Long> caseIds) {
        for (int i = 0; i < caseIds.size(); i++) {
            boolean readable;
            try {
                readable = caseIds.get(i) != null
                        && guard.cases(em, caller).get(caseIds.get(i), Operation.read("finding.link")).access() != null;
            } catch (de.kim.api.NotFoundException e) {
                readable = false;
            }
            if (!readable) {
                throw new ValidationException(List.of(new Violation("caseIds[" + i + "]",
                        "no case with id " + caseIds.get(i))));
            }
        }
    }
}
