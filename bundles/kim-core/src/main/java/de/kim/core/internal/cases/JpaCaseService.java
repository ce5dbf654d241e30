package de.kim.core.internal.cases;

import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.store.ActivityEntity;
import de.kim.core.internal.store.AssessmentEmbeddable;
import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.GoalEntity;
import de.kim.api.CaseService;
import de.kim.api.ConflictException;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Activity;
import de.kim.api.model.Ags;
import de.kim.api.model.Assessment;
import de.kim.api.model.Case;
import de.kim.api.model.CasePhase;
import de.kim.api.model.Page;
import de.kim.api.model.Goal;
import de.kim.api.access.Caller;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.access.Operation;
import de.kim.core.internal.access.Redaction;
import de.kim.core.internal.access.Guarded;
import de.kim.core.internal.directory.MunicipalityEntity;
import de.kim.core.internal.events.DomainEvents;
import de.kim.core.internal.persistence.Transactions;
import de.kim.core.internal.steering.CaseManagerPosts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import de.kim.core.internal.procedures.CaseEvent;
import de.kim.core.internal.procedures.ProcedureEngine;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CaseService.class)
public final class JpaCaseService implements CaseService {
    private final Transactions tx;
    private final ProcedureEngine procedures;
    private final DomainEvents events;
    private final AccessGuard guard;
    private final Clock clock;

    @Activate
    public JpaCaseService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference(target = PlatformClock.TARGET) Clock clock,
            @Reference ProcedureEngine procedures, @Reference AccessGuard guard, @Reference DomainEvents events) {
        this.clock = clock;
        this.events = events;
        this.tx = new Transactions(jpa);
        this.procedures = procedures;
        this.guard = guard;
    }

    @Override
    public Case openCase(Caller caller, Case kimCase, boolean secondConfirmed) {
        require(kimCase != null, "body", "a case is required");
        require(kimCase.clientId() != null && !kimCase.clientId().isBlank(), "clientId", "is required");
        require(kimCase.fileNumber() == null || kimCase.fileNumber().strip().length() <= 40, "fileNumber",
                "at most 40 characters");
        Operation open = Operation.write("case.open");
        return tx.write(em -> {
            guard.clients(em, caller).checked(kimCase.clientId(), open);
            checkCaseData(em, kimCase);
            checkCaseManager(em, kimCase.caseManager(), kimCase.ownerMunicipality());
            guard.requireTeamOf(caller, open, kimCase.ownerMunicipality());
            if (!secondConfirmed) {
                // within the same municipality only: another town's case is none of this town's business
                List<Long> openCases = em.createQuery("SELECT c.id FROM CaseEntity c WHERE c.clientId = :client"
                        + " AND c.targetGroup = :group AND c.ownerMunicipality = :ags AND c.phase <> :closed", Long.class)
                        .setParameter("client", kimCase.clientId()).setParameter("group", kimCase.targetGroup())
                        .setParameter("ags", kimCase.ownerMunicipality()).setParameter("closed", CasePhase.CLOSED)
                        .getResultList();
                if (!openCases.isEmpty()) {
                    throw new ConflictException("the client has an open case in this target group already (case "
                            + openCases.get(0) + "); confirm to open a second one", "duplicate-case");
                }
            }
            CaseEntity entity = new CaseEntity(kimCase, today());
            em.persist(entity);
            em.flush();
            entity.numberIfUnnumbered();
            em.flush();
            procedures.fire(em, new CaseEvent("case.opened", entity.id(), today(), Map.of()));
            em.flush();
            guard.allowed(em, caller, open.action(), entity.clientId(), entity.id());
            return entity.toModel();
        });
    }

    @Override
    public Case caseById(Caller caller, long id) {
        return tx.read(em -> {
            Guarded<CaseEntity> found = guard.cases(em, caller).get(id, Operation.read("case.read"));
            return CaseNames.named(em, List.of(found)).get(0);
        });
    }

    @Override
    public List<Case> cases(Caller caller, String clientId, CasePhase phase, String ownerMunicipality) {
        return tx.read(em -> CaseNames.named(em, guard.cases(em, caller).list(clientId, phase, ownerMunicipality)));
    }

    @Override
    public Page<Case> casePage(Caller caller, String clientId, CasePhase phase, String ownerMunicipality, int page,
            int size) {
        return casePage(caller, clientId, phase, ownerMunicipality, null, page, size);
    }

    @Override
    public Page<Case> casePage(Caller caller, String clientId, CasePhase phase, String ownerMunicipality,
            String fileNumber, int page, int size) {
        require(page >= 0, "page", "must be 0 or more");
        require(size >= 1, "size", "must be 1 or more");
        require(fileNumber == null || fileNumber.length() <= 40, "fileNumber", "at most 40 characters");
        return tx.read(em -> {
            Page<Guarded<CaseEntity>> found = guard.cases(em, caller).list(clientId, phase, ownerMunicipality,
                    fileNumber == null || fileNumber.isBlank() ? null : fileNumber, page, size);
            return new Page<>(CaseNames.named(em, found.items()), page, size, found.total());
        });
    }

    @Override
    public List<Case> caseloadExport(Caller caller) {
        return tx.read(em -> CaseNames.named(em, guard.cases(em, caller).list("cases.export", null, null, null, null, 0,
                Integer.MAX_VALUE).items()));
    }

    @Override
    public Case closeCase(Caller caller, long id, String reason, LocalDate on, long version) {
        require(reason != null && !reason.isBlank(), "reason", "closing a case needs a reason");
        require(reason == null || reason.length() <= 1000, "reason", "at most 1000 characters");
        LocalDate today = today();
        require(on == null || !on.isAfter(today), "closedOn", "must not be in the future");
        return tx.write(em -> {
            CaseEntity entity = guard.cases(em, caller).get(id, Operation.write("case.phase")).record();
            require(on == null || !on.isBefore(entity.toModel().openedOn()), "closedOn",
                    "must not be before the case was opened (" + entity.toModel().openedOn() + ")");
            return close(em, entity, id, reason.strip(), on == null ? today : on, version);
        });
    }

    @Override
    public Case updateCase(Caller caller, long id, Case kimCase) {
        require(kimCase != null, "body", "a case is required");
        return tx.write(em -> {
            CaseEntity entity = guard.cases(em, caller).get(id, Operation.write("case.write")).record();
            Transactions.requireVersion("case", kimCase.version(), entity.version());
            checkCaseData(em, kimCase);
            if (!kimCase.caseManager().equals(entity.toModel().caseManager())
                    || !kimCase.ownerMunicipality().equals(entity.toModel().ownerMunicipality())) {
                checkCaseManager(em, kimCase.caseManager(), kimCase.ownerMunicipality());
            }
            entity.assign(kimCase);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public Case moveToPhase(Caller caller, long id, CasePhase phase, String reason, long version) {
        require(phase != null, "phase", "is required");
        if (phase == CasePhase.CLOSED) {
            return closeCase(caller, id, reason, null, version);
        }
        return tx.write(em -> {
            CaseEntity entity = guard.cases(em, caller).get(id, Operation.write("case.phase")).record();
            Transactions.requireVersion("case", version, entity.version());
            if (!entity.phase().canMoveTo(phase)) {
                throw new ConflictException("case " + id + " cannot move from " + entity.phase() + " to " + phase
                        + "; allowed: " + entity.phase().next());
            }
            entity.moveTo(phase, reason, today());
            em.flush();
            return entity.toModel();
        });
    }

    private Case close(javax.persistence.EntityManager em, CaseEntity entity, long id, String reason, LocalDate on,
            long version) {
        Transactions.requireVersion("case", version, entity.version());
        if (!entity.phase().canMoveTo(CasePhase.CLOSED)) {
            throw new ConflictException("case " + id + " is closed already");
        }
        entity.moveTo(CasePhase.CLOSED, reason, on);
        em.flush();
        procedures.fire(em, new CaseEvent("case.closed", id, on, Map.of("reason", reason)));
        em.flush();
        Case closed = entity.toModel();
        events.publish(em, "de/kim/case/CLOSED", Map.of("caseId", id, "clientId", closed.clientId(),
                "municipality", closed.ownerMunicipality(), "targetGroup", closed.targetGroup().name(),
                "closedOn", String.valueOf(closed.closedOn())));
        return entity.toModel();
    }

    @Override
    public Case assess(Caller caller, long id, Assessment assessment) {
        require(assessment != null && assessment.area() != null && assessment.need() != null, "assessment",
                "needs area and need");
        return tx.write(em -> {
            CaseEntity entity = guard.cases(em, caller).open(id, Operation.write("case.assess"));
            entity.assessments().removeIf(a -> a.area() == assessment.area());
            entity.assessments().add(new AssessmentEmbeddable(new Assessment(assessment.area(), assessment.need(),
                    assessment.note(), assessment.assessedOn() == null ? today() : assessment.assessedOn())));
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public Case addGoal(Caller caller, long id, Goal goal) {
        checkGoal(goal);
        return tx.write(em -> {
            CaseEntity entity = guard.cases(em, caller).open(id, Operation.write("case.goal"));
            entity.goals().add(new GoalEntity(entity, goal, today()));
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public Case updateGoal(Caller caller, long id, long goalId, Goal goal) {
        checkGoal(goal);
        return tx.write(em -> {
            CaseEntity entity = guard.cases(em, caller).get(id, Operation.write("case.goal")).record();
            GoalEntity existing = entity.goals().stream().filter(g -> g.id() == goalId).findFirst()
                    .orElseThrow(() -> new NotFoundException("case " + id + " has no goal " + goalId));
            existing.assign(goal);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public Case addActivity(Caller caller, long id, Activity activity) {
        List<Violation> violations = new ArrayList<>();
        if (activity == null || activity.date() == null) {
            violations.add(new Violation("date", "is required"));
        } else if (activity.date().isAfter(today())) {
            violations.add(new Violation("date", "must not lie in the future"));
        }
        if (activity == null || activity.kind() == null) {
            violations.add(new Violation("kind", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return tx.write(em -> {
            CaseEntity entity = guard.cases(em, caller).get(id, Operation.write("case.activity")).record();
            entity.activities().add(new ActivityEntity(entity, activity));
            entity.noteContact(activity.date());
            em.flush();
            return entity.toModel();
        });
    }

    private static void checkCaseData(EntityManager em, Case c) {
        List<Violation> violations = new ArrayList<>();
        if (!Ags.isWellFormed(c.ownerMunicipality())) {
            violations.add(new Violation("ownerMunicipality", "must be the AGS (8 digits) of the owning municipality"));
        } else if (em.find(MunicipalityEntity.class, c.ownerMunicipality()) == null) {
            violations.add(new Violation("ownerMunicipality", "no municipality with AGS " + c.ownerMunicipality()));
        }
        if (c.caseManager() == null || c.caseManager().isBlank()) {
            violations.add(new Violation("caseManager", "must not be blank"));
        }
        if (c.targetGroup() == null) {
            violations.add(new Violation("targetGroup", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** The case manager is a person with a case-manager post there (GET /posts), not a free string. */
    private void checkCaseManager(EntityManager em, String user, String ags) {
        if (!CaseManagerPosts.holds(em, user.strip(), ags, today())) {
            throw new ValidationException(List.of(new Violation("caseManager", "'" + user + "' holds no active"
                    + " case-manager post for " + ags + " or its district (see GET /api/v1/steering/posts)")));
        }
    }

    private static void checkGoal(Goal goal) {
        require(goal != null && goal.description() != null && !goal.description().isBlank(), "description",
                "a goal needs a description");
        require(goal.area() != null, "area", "a goal needs a topic area");
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new ValidationException(List.of(new Violation(field, message)));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
