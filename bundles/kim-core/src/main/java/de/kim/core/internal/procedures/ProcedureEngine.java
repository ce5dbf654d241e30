package de.kim.core.internal.procedures;

import de.kim.api.ConflictException;
import de.kim.api.model.Case;
import de.kim.api.model.CasePhase;
import de.kim.api.model.CaseTask;
import de.kim.api.model.Client;
import de.kim.api.model.ProcedureInstance;
import de.kim.api.spi.ProcedureAction;
import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.extension.CodeExtensions;
import de.kim.core.internal.extension.Declared;
import de.kim.core.internal.extension.Definitions;
import de.kim.core.internal.extension.Kind;
import de.kim.core.internal.logic.JsonRule;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Runs procedures on cases, inside the transaction of whatever caused the event: an entry criterion
 * that fires attaches the procedure and opens its first stages' tasks; an exit criterion ends it and
 * cancels its open tasks; completing tasks opens later stages, reaches milestones and completes it.
 */
@Component(service = ProcedureEngine.class)
public final class ProcedureEngine {
    private final Definitions definitions;
    private final CodeExtensions code;

    @Activate
    public ProcedureEngine(@Reference Definitions definitions, @Reference CodeExtensions code) {
        this.definitions = definitions;
        this.code = code;
    }

    /**
     * Whether a procedure in use starts or ends on events of this type; when none does, callers skip
     * gathering the event's data (opening a case, recording a status stay as cheap as without procedures).
     */
    public boolean reactsTo(String type) {
        return definitions.active(Kind.PROCEDURE).stream().map(d -> (ProcedureModel) d.compiled())
                .anyMatch(m -> m.entry().on().equals(type) || m.exit() != null && m.exit().on().equals(type));
    }

    /** Applies an event to the procedures of its case. */
    public void fire(EntityManager em, CaseEvent event) {
        if (!reactsTo(event.type())) {
            return;
        }
        CaseEntity kimCase = em.find(CaseEntity.class, event.caseId());
        if (kimCase == null || (kimCase.phase() == CasePhase.CLOSED && !event.type().equals("case.closed"))) {
            return;
        }
        ClientEntity client = em.find(ClientEntity.class, kimCase.clientId());
        Map<String, Object> context = context(event, kimCase.toModel(), client == null ? null : client.toModel());
        List<ProcedureInstanceEntity> instances = instances(em, event.caseId());
        for (ProcedureInstanceEntity instance : instances) {
            if (instance.status() != ProcedureInstance.Status.ACTIVE) {
                continue;
            }
            definitions.active(Kind.PROCEDURE, instance.procedureId()).map(d -> (ProcedureModel) d.compiled())
                    .filter(m -> matches(m.exit(), event, context)).ifPresent(m -> {
                        instance.end(ProcedureInstance.Status.EXITED, event.date());
                        tasks(em, instance.id()).forEach(t -> t.cancel(event.date()));
                    });
        }
        Set<String> running = instances.stream().filter(i -> i.status() == ProcedureInstance.Status.ACTIVE)
                .map(ProcedureInstanceEntity::procedureId).collect(Collectors.toSet());
        for (Declared d : definitions.active(Kind.PROCEDURE)) {
            ProcedureModel model = (ProcedureModel) d.compiled();
            if (!running.contains(d.id()) && matches(model.entry(), event, context)) {
                ProcedureInstanceEntity instance = new ProcedureInstanceEntity(event.caseId(), d.id(), d.version(),
                        event.date());
                em.persist(instance);
                em.flush();
                LocalDate birth = client == null ? null : client.dateOfBirth();
                model.stages().stream().filter(s -> s.after() == null)
                        .forEach(s -> open(em, instance, d.id(), s, event.date(), birth));
            }
        }
    }

    /** Completes a task, runs its action, and moves its procedure on. */
    public CaseTaskEntity complete(EntityManager em, CaseTaskEntity task, de.kim.api.access.Caller by, String note,
            LocalDate today) {
        if (task.status() != CaseTask.Status.OPEN) {
            throw new ConflictException("task " + task.task() + " is " + task.status() + ", not OPEN");
        }
        task.complete(today, by.user(), note);
        CaseEntity kimCase = em.find(CaseEntity.class, task.toModel().caseId());
        if (task.action() != null) {
            var action = code.actionOf(task.action()).orElseThrow(() -> new ConflictException("task "
                    + task.task() + " runs action '" + task.action() + "', which no running bundle provides"));
            // the extension's code acts for the user, within the data categories its bundle declared
            action.service().execute(de.kim.core.internal.access.CallerSeal.narrow(by, action.categories()),
                    task.toModel(), kimCase.toModel());
        }
        ProcedureInstanceEntity instance = task.instanceId() == 0 ? null
                : em.find(ProcedureInstanceEntity.class, task.instanceId());
        if (instance == null || instance.status() != ProcedureInstance.Status.ACTIVE) {
            return task;
        }
        ProcedureModel model = definitions.active(Kind.PROCEDURE, instance.procedureId())
                .map(d -> (ProcedureModel) d.compiled()).orElse(null);
        List<CaseTaskEntity> tasks = tasks(em, instance.id());
        if (model == null) {
            if (tasks.stream().noneMatch(t -> t.status() == CaseTask.Status.OPEN)) {
                instance.end(ProcedureInstance.Status.COMPLETED, today);
            }
            return task;
        }
        ProcedureProgress progress = ProcedureProgress.of(model, tasks.stream()
                .map(t -> new ProcedureProgress.TaskState(t.stage(), t.task(), t.status())).toList(),
                instance.milestones().keySet());
        progress.milestones().forEach(m -> instance.milestones().put(m, today));
        ClientEntity client = em.find(ClientEntity.class, kimCase.clientId());
        progress.stages().forEach(s -> open(em, instance, instance.procedureId(), s, today,
                client == null ? null : client.dateOfBirth()));
        if (progress.completed()) {
            instance.end(ProcedureInstance.Status.COMPLETED, today);
        }
        return task;
    }

    private static void open(EntityManager em, ProcedureInstanceEntity instance, String procedureId,
            ProcedureModel.Stage stage, LocalDate base, LocalDate dateOfBirth) {
        for (ProcedureModel.Task t : stage.tasks()) {
            LocalDate due = t.due() == null ? null : t.due().from(base, dateOfBirth);
            em.persist(new CaseTaskEntity(instance.toModel().caseId(), instance.id(), procedureId, stage.id(), t, due));
        }
        em.flush();
    }

    private static boolean matches(ProcedureModel.Criterion criterion, CaseEvent event, Map<String, Object> context) {
        return criterion != null && criterion.on().equals(event.type()) && JsonRule.test(criterion.rule(), context);
    }

    static Map<String, Object> context(CaseEvent event, Case kimCase, Client client) {
        Map<String, Object> e = new HashMap<>(event.data());
        e.put("type", event.type());
        e.put("date", event.date().toString());
        Map<String, Object> c = new HashMap<>();
        c.put("id", kimCase.id());
        c.put("phase", kimCase.phase().name());
        c.put("ownerMunicipality", kimCase.ownerMunicipality());
        c.put("targetGroup", kimCase.targetGroup() == null ? null : kimCase.targetGroup().name());
        Map<String, Object> k = new HashMap<>();
        if (client != null) {
            k.put("age", Period.between(client.dateOfBirth(), event.date()).getYears());
            k.put("dateOfBirth", client.dateOfBirth().toString());
            k.put("municipality", client.municipality());
            k.put("nationality", client.nationality());
            k.put("employable", client.employable());
        }
        Map<String, Object> context = new HashMap<>();
        context.put("event", e);
        context.put("case", c);
        context.put("client", k);
        return context;
    }

    static List<ProcedureInstanceEntity> instances(EntityManager em, long caseId) {
        return em.createQuery("SELECT i FROM ProcedureInstanceEntity i WHERE i.caseId = :c ORDER BY i.id",
                ProcedureInstanceEntity.class).setParameter("c", caseId).getResultList();
    }

    static List<CaseTaskEntity> tasks(EntityManager em, long instanceId) {
        return em.createQuery("SELECT t FROM CaseTaskEntity t WHERE t.instanceId = :i ORDER BY t.id",
                CaseTaskEntity.class).setParameter("i", instanceId).getResultList();
    }
}
