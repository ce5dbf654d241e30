package de.kim.core.internal.clients;

import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.handover.Periods;
import de.kim.core.internal.handover.Handovers;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.store.ClientTaskEntity;
import de.kim.core.internal.store.LegalDomainPeriodEntity;
import de.kim.core.internal.store.PlannedTransitionEntity;
import de.kim.core.internal.store.ResidenceStatusEntity;
import de.kim.api.ConflictException;
import de.kim.api.DirectoryService;
import de.kim.api.KimException;
import de.kim.api.NotFoundException;
import de.kim.api.TimelineService;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.ClientTask;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.LegalDomainPeriod;
import de.kim.api.model.Office;
import de.kim.api.model.PlannedTransition;
import de.kim.api.model.Referral;
import de.kim.api.model.ResidenceStatus;
import de.kim.api.model.ResidenceTitle;
import de.kim.api.model.StatusChange;
import de.kim.api.model.Timeline;
import de.kim.core.internal.handover.ReferralEvents;
import de.kim.api.access.Caller;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.access.Access;
import de.kim.core.internal.access.Operation;
import de.kim.core.internal.access.Redaction;
import de.kim.core.internal.persistence.Transactions;
import de.kim.core.internal.rules.RuleSet;
import de.kim.core.internal.rules.TransitionEngine;
import de.kim.core.internal.rules.TransitionRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import de.kim.api.model.CasePhase;
import de.kim.core.internal.procedures.CaseEvent;
import de.kim.core.internal.procedures.ProcedureEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import de.kim.core.internal.events.DomainEvents;

@Component(service = TimelineService.class)
public final class JpaTimelineService implements TimelineService {
    private final Transactions tx;
    private final TransitionRules rules;
    private final DirectoryService directory;
    private final ProcedureEngine procedures;
    private final Clock clock;

    private final DomainEvents events;
    private final AccessGuard guard;

    @Activate
    public JpaTimelineService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference(target = PlatformClock.TARGET) Clock clock,
            @Reference TransitionRules rules, @Reference DirectoryService directory,
            @Reference ProcedureEngine procedures, @Reference DomainEvents events, @Reference AccessGuard guard) {
        this.clock = clock;
        this.events = events;
        this.guard = guard;
        this.tx = new Transactions(jpa);
        this.procedures = procedures;
        this.rules = rules;
        this.directory = directory;
    }

    @Override
    public StatusChange recordResidenceStatus(Caller caller, String clientId, ResidenceStatus status) {
        checkStatus(status);
        RuleSet ruleSet = rules.current();
        LocalDate today = LocalDate.now(clock);
        List<Referral> opened = new ArrayList<>();
        StatusChange change = tx.write(em -> {
            ClientEntity client = guard.clients(em, caller).get(clientId, Operation.write("residence-status.record"))
                    .record();
            if (status.issuingOfficeId() != null) {
                requireOffice(status.issuingOfficeId(), "issuingOfficeId");
            }
            List<ResidenceStatusEntity> history = statuses(em, clientId);
            for (ResidenceStatusEntity earlier : history) {
                if (!earlier.validFrom().isBefore(status.validFrom())) {
                    throw new ConflictException("client " + clientId + " already has a status from "
                            + earlier.validFrom() + "; record statuses in the order they were granted");
                }
                if (earlier.validTo() == null || !earlier.validTo().isBefore(status.validFrom())) {
                    earlier.endOn(status.validFrom().minusDays(1));
                }
            }
            ResidenceStatusEntity recorded = new ResidenceStatusEntity(clientId, status,
                    history.isEmpty() ? null : history.get(history.size() - 1).toModel().title());
            em.persist(recorded);
            List<TransitionEngine.Span> spans = new Periods(em, clientId).spans();
            List<TransitionEngine.Change> planned = em.createQuery("SELECT t FROM PlannedTransitionEntity t"
                    + " WHERE t.clientId = :c AND t.status = :planned", PlannedTransitionEntity.class)
                    .setParameter("c", clientId).setParameter("planned", PlannedTransitionEntity.PLANNED)
                    .getResultList().stream()
                    .map(t -> new TransitionEngine.Change(t.from(), t.to(), t.effectiveDate())).toList();
            TransitionEngine.Situation situation = new TransitionEngine.Situation(status.title(), status.validFrom(),
                    client.arrivalDate(), client.employable(), spans, planned);
            List<PlannedTransition> transitions = new ArrayList<>();
            for (TransitionEngine.Derived derived : TransitionEngine.derive(ruleSet, situation)) {
                transitions.add(plan(em, client, derived, today, opened));
            }
            List<ClientTask> tasks = openDeadlines(em, client, status, Periods.openOn(spans, today), ruleSet, today);
            em.flush();
            if (procedures.reactsTo("residence.recorded")) {
                fireOnOpenCases(em, clientId, status, recorded.previousTitle());
            }
            return new StatusChange(recorded.toModel(), transitions, tasks);
        });
        ReferralEvents.post(events, opened);
        return change;
    }

    /** Tells the procedures of the client's open cases that a residence status was recorded. */
    private void fireOnOpenCases(EntityManager em, String clientId, ResidenceStatus status, ResidenceTitle previous) {
        Map<String, Object> event = new HashMap<>();
        event.put("title", status.title().name());
        event.put("validFrom", status.validFrom().toString());
        event.put("previousTitle", previous == null ? null : previous.name());
        for (Long caseId : em.createQuery("SELECT c.id FROM CaseEntity c WHERE c.clientId = :c AND c.phase <> :closed",
                Long.class).setParameter("c", clientId).setParameter("closed", CasePhase.CLOSED).getResultList()) {
            procedures.fire(em, new CaseEvent("residence.recorded", caseId, status.validFrom(), event));
        }
        em.flush();
    }

    private PlannedTransition plan(EntityManager em, ClientEntity client, TransitionEngine.Derived derived,
            LocalDate today, List<Referral> opened) {
        Office receiving = responsible(client.municipality(), derived.to()).orElse(null);
        PlannedTransitionEntity planned = new PlannedTransitionEntity(client.id(), derived.rule().id(), derived.from(),
                derived.to(), derived.effective(), receiving == null ? null : receiving.id(), derived.deadline());
        em.persist(planned);
        em.flush();
        if (receiving == null) {
            planned.attach(null, "no office is responsible for " + derived.to().displayName()
                    + " in the client's municipality; no hand-over opened");
            return planned.toModel();
        }
        new Handovers(em).open(planned, receiving, today).ifPresent(opened::add);
        return planned.toModel();
    }

    /** An office named in a request must exist: otherwise the request is invalid (422), not unknown (404). */
    private void requireOffice(long id, String field) {
        try {
            directory.office(id);
        } catch (NotFoundException e) {
            throw new ValidationException(List.of(new Violation(field, "no office with id " + id)));
        }
    }

    private Optional<Office> responsible(String ags, LegalDomain domain) {
        try {
            return Optional.of(directory.responsibleOffice(ags, domain));
        } catch (KimException none) {
            return Optional.empty();
        }
    }

    private List<ClientTask> openDeadlines(EntityManager em, ClientEntity client, ResidenceStatus status,
            Set<LegalDomain> openDomains, RuleSet ruleSet, LocalDate today) {
        List<ClientTask> opened = new ArrayList<>();
        for (TransitionEngine.Deadline deadline : TransitionEngine.deadlines(ruleSet,
                status == null ? null : status.title(), openDomains, client.dateOfBirth(), today)) {
            long existing = em.createQuery("SELECT COUNT(t) FROM ClientTaskEntity t WHERE t.clientId = :c"
                    + " AND t.ruleId = :r AND t.done = FALSE", Long.class)
                    .setParameter("c", client.id()).setParameter("r", deadline.rule().id()).getSingleResult();
            if (existing == 0) {
                ClientTaskEntity task = new ClientTaskEntity(client.id(), deadline.rule().id(), deadline.rule().title(),
                        deadline.due(), deadline.warnFrom());
                em.persist(task);
                em.flush();
                opened.add(task.toModel());
            }
        }
        return opened;
    }

    @Override
    public LegalDomainPeriod addPeriod(Caller caller, String clientId, LegalDomainPeriod period) {
        if (period == null) {
            throw new ValidationException(List.of(new Violation("body", "a period is required")));
        }
        LocalDate today = LocalDate.now(clock);
        return tx.write(em -> {
            ClientEntity client = guard.clients(em, caller).get(clientId, Operation.write("period.add")).record();
            Long officeId = period.officeId();
            if (officeId == null && period.domain() != null && Periods.TIMELINE_DOMAINS.contains(period.domain())) {
                officeId = responsible(client.municipality(), period.domain()).map(Office::id).orElse(null);
            } else if (officeId != null) {
                requireOffice(officeId, "officeId");
            }
            Periods periods = new Periods(em, clientId);
            LegalDomainPeriodEntity added = periods.add(period.domain(), period.from(), period.to(), officeId);
            openDeadlines(em, client, null, Periods.openOn(periods.spans(), today), rules.current(), today);
            return added.toModel();
        });
    }

    @Override
    public LegalDomainPeriod endPeriod(Caller caller, String clientId, long periodId, LocalDate to) {
        return tx.write(em -> {
            guard.clients(em, caller).get(clientId, Operation.write("period.end"));
            return new Periods(em, clientId).end(periodId, to).toModel();
        });
    }

    @Override
    public Timeline timeline(Caller caller, String clientId) {
        return tx.read(em -> {
            Access access = guard.clients(em, caller).get(clientId, Operation.read("timeline.read")).access();
            return Redaction.timeline(new Timeline(clientId,
                    statuses(em, clientId).stream().map(ResidenceStatusEntity::toModel).toList(),
                    new Periods(em, clientId).all().stream().map(LegalDomainPeriodEntity::toModel).toList(),
                    em.createQuery("SELECT t FROM PlannedTransitionEntity t WHERE t.clientId = :c"
                            + " ORDER BY t.effectiveDate, t.id", PlannedTransitionEntity.class)
                            .setParameter("c", clientId).getResultList().stream()
                            .map(PlannedTransitionEntity::toModel).toList(),
                    em.createQuery("SELECT t FROM ClientTaskEntity t WHERE t.clientId = :c ORDER BY t.due, t.id",
                            ClientTaskEntity.class).setParameter("c", clientId).getResultList().stream()
                            .map(ClientTaskEntity::toModel).toList()), access);
        });
    }

    @Override
    public List<PlannedTransition> transitionsDue(Caller caller, LocalDate until) {
        return tx.read(em -> {
            return guard.clients(em, caller).transitionsDue(until).stream().map(PlannedTransitionEntity::toModel)
                    .toList();
        });
    }

    @Override
    public List<ClientTask> tasksDue(Caller caller, LocalDate until) {
        return tx.read(em -> {
            return guard.clients(em, caller).deadlinesDue(until).stream().map(ClientTaskEntity::toModel).toList();
        });
    }

    private static List<ResidenceStatusEntity> statuses(EntityManager em, String clientId) {
        return em.createQuery("SELECT s FROM ResidenceStatusEntity s WHERE s.clientId = :c ORDER BY s.validFrom",
                ResidenceStatusEntity.class).setParameter("c", clientId).getResultList();
    }

    private static void checkStatus(ResidenceStatus status) {
        List<Violation> violations = new ArrayList<>();
        if (status == null) {
            throw new ValidationException(List.of(new Violation("body", "a residence status is required")));
        }
        if (status.title() == null) {
            violations.add(new Violation("title", "is required"));
        }
        if (status.validFrom() == null) {
            violations.add(new Violation("validFrom", "is required"));
        } else if (status.validTo() != null && status.validTo().isBefore(status.validFrom())) {
            violations.add(new Violation("validTo", "ends (" + status.validTo() + ") before it begins ("
                    + status.validFrom() + ")"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
