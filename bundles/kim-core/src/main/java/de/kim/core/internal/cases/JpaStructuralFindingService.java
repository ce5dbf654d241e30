package de.kim.core.internal.cases;

import de.kim.api.ConflictException;
import de.kim.api.NotFoundException;
import de.kim.api.StructuralFindingService;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.StructuralFinding;
import de.kim.core.internal.persistence.Transactions;
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
    private final Transactions tx;

    @Activate
    public JpaStructuralFindingService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa) {
        this.tx = new Transactions(jpa);
    }

    @Override
    public StructuralFinding report(StructuralFinding finding) {
        check(finding);
        return tx.write(em -> {
            checkCases(em, finding.caseIds());
            StructuralFindingEntity entity = new StructuralFindingEntity(finding, LocalDate.now());
            em.persist(entity);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public StructuralFinding finding(long id) {
        return tx.read(em -> existing(em, id).toModel());
    }

    @Override
    public List<StructuralFinding> findings(StructuralFinding.Status status) {
        return tx.read(em -> (status == null
                ? em.createQuery("SELECT f FROM StructuralFindingEntity f ORDER BY f.id DESC", StructuralFindingEntity.class)
                : em.createQuery("SELECT f FROM StructuralFindingEntity f WHERE f.status = :s ORDER BY f.id DESC",
                        StructuralFindingEntity.class).setParameter("s", status))
                .getResultList().stream().map(StructuralFindingEntity::toModel).toList());
    }

    @Override
    public StructuralFinding update(long id, StructuralFinding finding) {
        check(finding);
        return tx.write(em -> {
            StructuralFindingEntity entity = existing(em, id);
            Transactions.requireVersion("finding", finding.version(), entity.version());
            checkCases(em, finding.caseIds());
            entity.assign(finding);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public StructuralFinding changeStatus(long id, StructuralFinding.Status status, long version) {
        if (status == null) {
            throw new ValidationException(List.of(new Violation("status", "is required")));
        }
        return tx.write(em -> {
            StructuralFindingEntity entity = existing(em, id);
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

    private static void checkCases(EntityManager em, List<Long> caseIds) {
        for (int i = 0; i < caseIds.size(); i++) {
            if (caseIds.get(i) == null || em.find(CaseEntity.class, caseIds.get(i)) == null) {
                throw new ValidationException(List.of(new Violation("caseIds[" + i + "]",
                        "no case with id " + caseIds.get(i))));
            }
        }
    }
}
