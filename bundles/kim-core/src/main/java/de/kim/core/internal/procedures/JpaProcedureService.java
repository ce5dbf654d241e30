package de.kim.core.internal.procedures;

import de.kim.api.NotFoundException;
import de.kim.api.ProcedureService;
import de.kim.api.model.CaseTask;
import de.kim.api.model.ProcedureDefinition;
import de.kim.api.model.ProcedureInstance;
import de.kim.api.model.Provenance;
import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.extension.DefinitionEntity;
import de.kim.core.internal.extension.Definitions;
import de.kim.core.internal.extension.Kind;
import de.kim.core.internal.extension.StoredJson;
import de.kim.api.access.Caller;
import de.kim.api.model.DataCategory;
import de.kim.core.internal.access.Access;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.access.Operation;
import de.kim.core.internal.persistence.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ProcedureService.class)
public final class JpaProcedureService implements ProcedureService {
    private final Transactions tx;
    private final Definitions definitions;
    private final ProcedureEngine engine;
    private final AccessGuard guard;
    private final Clock clock;

    @Activate
    public JpaProcedureService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference(target = PlatformClock.TARGET) Clock clock,
            @Reference Definitions definitions, @Reference ProcedureEngine engine, @Reference AccessGuard guard) {
        this.clock = clock;
        this.tx = new Transactions(jpa);
        this.guard = guard;
        this.definitions = definitions;
        this.engine = engine;
    }

    @Override
    public List<ProcedureDefinition> procedures(boolean includeInactive) {
        List<ProcedureDefinition> all = new ArrayList<>(definitions.active(Kind.PROCEDURE).stream()
                .map(d -> new ProcedureDefinition(d.id(), d.version(), d.label(), d.raw(), d.provenance(), true)).toList());
        if (includeInactive) {
            definitions.inactive(Kind.PROCEDURE).forEach(e -> all.add(stored(e)));
        }
        all.sort(Comparator.comparing(ProcedureDefinition::id));
        return all;
    }

    @Override
    public ProcedureDefinition procedure(String id) {
        return definitions.active(Kind.PROCEDURE, id)
                .map(d -> new ProcedureDefinition(d.id(), d.version(), d.label(), d.raw(), d.provenance(), true))
                .orElseGet(() -> definitions.stored(Kind.PROCEDURE, id).stream().findFirst().map(JpaProcedureService::stored)
                        .orElseThrow(() -> new NotFoundException("no procedure " + id)));
    }

    @SuppressWarnings("unchecked")
    private static ProcedureDefinition stored(DefinitionEntity e) {
        Map<String, Object> raw = StoredJson.parse(e.content());
        return new ProcedureDefinition(e.definitionId(), e.definitionVersion(), (Map<String, String>) raw.get("label"),
                raw, new Provenance(e.bundle(), e.bundleVersion()), false);
    }

    @Override
    public List<ProcedureInstance> instances(Caller caller, long caseId) {
        return tx.read(em -> {
            Access access = guard.cases(em, caller).get(caseId, Operation.read("procedures.read")).access();
            if (!access.sees(DataCategory.FORMS)) {
                return List.of();
            }
            return ProcedureEngine.instances(em, caseId).stream().map(ProcedureInstanceEntity::toModel).toList();
        });
    }

    @Override
    public List<CaseTask> tasks(Caller caller, long caseId) {
        return tx.read(em -> {
            Access access = guard.cases(em, caller).get(caseId, Operation.read("tasks.read")).access();
            if (!access.sees(DataCategory.FORMS)) {
                return List.of();
            }
            return em.createQuery("SELECT t FROM CaseTaskEntity t WHERE t.caseId = :c ORDER BY t.id",
                    CaseTaskEntity.class).setParameter("c", caseId).getResultList().stream()
                    .map(CaseTaskEntity::toModel)
                    .sorted(Comparator.comparing(CaseTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(CaseTask::id)).toList();
        });
    }

    @Override
    public CaseTask complete(Caller caller, long caseId, long taskId, String note) {
        return tx.write(em -> {
            guard.cases(em, caller).get(caseId, Operation.write("task.complete"));
            CaseTaskEntity task = em.find(CaseTaskEntity.class, taskId);
            if (task == null || task.toModel().caseId() != caseId) {
                throw new NotFoundException("case " + caseId + " has no task " + taskId);
            }
            CaseTaskEntity done = engine.complete(em, task, caller, note, LocalDate.now(clock));
            em.flush();
            return done.toModel();
        });
    }

    @Override
    public CaseTask followUp(Caller caller, long caseId, String text, LocalDate due, String note) {
        List<de.kim.api.Violation> wrong = new java.util.ArrayList<>();
        if (text == null || text.isBlank()) {
            wrong.add(new de.kim.api.Violation("text", "is required"));
        } else if (text.strip().length() > 500) {
            wrong.add(new de.kim.api.Violation("text", "at most 500 characters"));
        }
        if (due == null) {
            wrong.add(new de.kim.api.Violation("due", "is required"));
        }
        if (note != null && note.length() > 2000) {
            wrong.add(new de.kim.api.Violation("note", "at most 2000 characters"));
        }
        if (!wrong.isEmpty()) {
            throw new de.kim.api.ValidationException(wrong);
        }
        return tx.write(em -> {
            guard.cases(em, caller).open(caseId, Operation.write("task.followup"));
            CaseTaskEntity task = CaseTaskEntity.followUp(caseId, text.strip(), due,
                    note == null || note.isBlank() ? null : note.strip());
            em.persist(task);
            em.flush();
            return task.toModel();
        });
    }

    @Override
    public List<CaseTask> overdue(Caller caller, LocalDate day) {
        return tx.read(em -> {
            return guard.cases(em, caller).onCases("tasks.overdue", "before=" + day, CaseTaskEntity.class,
                    "t.status = :open AND t.due < :day", Map.of("open", CaseTask.Status.OPEN, "day", day),
                    "t.due, t.id")
                    .stream().map(CaseTaskEntity::toModel).toList();
        });
    }
}
