package de.kim.core.internal.clients;

import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.handover.Periods;
import de.kim.core.internal.handover.Handovers;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.store.ClientTaskEntity;
import de.kim.core.internal.store.OccupationEntity;
import de.kim.core.internal.store.ReferralEntity;
import de.kim.api.model.Occupation;
import de.kim.core.internal.rules.Preconditions;
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
import de.kim.core.internal.rules.TitleGrants;
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
    private final TransitionPlanner planner;
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
        this.planner = new TransitionPlanner(directory);
    }

    @Override
    public StatusChange recordResidenceStatus(Caller caller, String clientId, ResidenceStatus requested) {
        checkStatus(requested);
        RuleSet ruleSet = rules.current();
        ResidenceStatus status = TitleGrants.check(ruleSet, requested);
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
            List<TransitionEngine.Change> planned = Household.planned(em, clientId);
            LocalDate firstIssued = history.stream().filter(h -> h.toModel().title() == status.title())
                    .map(ResidenceStatusEntity::validFrom).findFirst().orElse(status.validFrom());
            List<Household.Member> household = Household.of(em, client);
            TransitionEngine.Situation situation = new TransitionEngine.Situation(status.title(), status.validFrom(),
                    firstIssued, client.arrivalDate(), client.employable(), spans, planned,
                    TransitionEngine.employableInSgb2(household.stream().map(Household.Member::view).toList()),
                    status.decisionFinalOn());
            List<PlannedTransition> transitions = new ArrayList<>();
            for (TransitionEngine.Derived derived : TransitionEngine.derive(ruleSet, situation)) {
                transitions.add(plan(em, client, derived, today, opened));
                for (Household.Member member : household) {
                    for (TransitionEngine.Derived joined : TransitionEngine.forHouseholdMember(ruleSet, derived,
                            client.employable(), member.view())) {
                        if (member.writableBy(guard, em, caller)) {
                            transitions.add(plan(em, member.client(), joined, today, opened));
                        }
                    }
                }
            }
            closeDeadlinesOfOtherTitles(em, clientId, status.title(), ruleSet);
            List<ClientTask> tasks = openDeadlines(em, client, status, Periods.openOn(spans, today), ruleSet, today);
            em.flush();
            if (procedures.reactsTo("residence.recorded")) {
                fireOnOpenCases(em, clientId, status, recorded.previousTitle());
            }
            ReferralEvents.post(events, em, opened);
            return new StatusChange(recorded.toModel(), transitions, tasks);
        });
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
        return planner.plan(em, client, derived, today, opened);
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
        return planner.responsible(ags, domain);
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
                        deadline.due(), deadline.warnFrom(), deadline.rule().checklist());
                em.persist(task);
                em.flush();
                opened.addAll(new Checklists(em, today).attach(List.of(task)));
            }
        }
        return opened;
    }

    /**
     * A deadline opened by titles only (the §25a application of a Duldung holder) no longer applies once
     * another title is recorded: it is closed.
     */
    private static void closeDeadlinesOfOtherTitles(EntityManager em, String clientId, ResidenceTitle title,
            RuleSet ruleSet) {
        for (var rule : ruleSet.deadlines()) {
            boolean byTitleOnly = !rule.titles().isEmpty() && (rule.domains() == null || rule.domains().isEmpty());
            if (byTitleOnly && !rule.titles().contains(title)) {
                em.createQuery("SELECT t FROM ClientTaskEntity t WHERE t.clientId = :c AND t.ruleId = :r"
                        + " AND t.done = FALSE", ClientTaskEntity.class).setParameter("c", clientId)
                        .setParameter("r", rule.id()).getResultList().forEach(ClientTaskEntity::close);
            }
        }
    }

    /** Plans the changes that follow from a birthday (youth services end at 21) unless planned already. */
    private List<PlannedTransition> planAtAge(EntityManager em, ClientEntity client, Periods periods,
            LocalDate continuedUntil, LocalDate today, List<Referral> opened) {
        List<PlannedTransition> planned = new ArrayList<>();
        for (TransitionEngine.Derived derived : TransitionEngine.atAge(rules.current(), periods.spans(),
                client.dateOfBirth(), client.employable(), continuedUntil)) {
            List<PlannedTransitionEntity> existing = plannedByRule(em, client.id(), derived.rule().id());
            if (existing.isEmpty()) {
                planned.add(plan(em, client, derived, today, opened));
            } else {
                for (PlannedTransitionEntity change : existing) {
                    change.moveTo(derived.effective(), derived.deadline(), derived.deadlineMoved());
                    if (change.referralId() != null) {
                        ReferralEntity referral = em.find(ReferralEntity.class, change.referralId());
                        if (referral != null && referral.status() == Referral.Status.PROPOSED) {
                            referral.moveDeadline(derived.deadline());
                        }
                    }
                    planned.add(change.toModel());
                }
            }
        }
        return planned;
    }

    private static List<PlannedTransitionEntity> plannedByRule(EntityManager em, String clientId, String ruleId) {
        return em.createQuery("SELECT t FROM PlannedTransitionEntity t WHERE t.clientId = :c AND t.ruleId = :r"
                + " AND t.status = :planned", PlannedTransitionEntity.class).setParameter("c", clientId)
                .setParameter("r", ruleId).setParameter("planned", PlannedTransitionEntity.PLANNED).getResultList();
    }

    @Override
    public LegalDomainPeriod continueYouthHelp(Caller caller, String clientId, long periodId, LocalDate until) {
        if (until == null) {
            throw new ValidationException(List.of(new Violation("until", "is required")));
        }
        LocalDate today = LocalDate.now(clock);
        List<Referral> opened = new ArrayList<>();
        LegalDomainPeriod result = tx.write(em -> {
            ClientEntity client = guard.clients(em, caller).get(clientId, Operation.write("period.continue")).record();
            Periods periods = new Periods(em, clientId);
            LegalDomainPeriodEntity period = periods.all().stream().filter(p -> p.id() == periodId).findFirst()
                    .orElseThrow(() -> new NotFoundException("client " + clientId + " has no legal-domain period "
                            + periodId));
            if (period.domain() != LegalDomain.SGB8) {
                throw new ConflictException("only help for young adults (SGB VIII) is continued under §41 SGB VIII;"
                        + " period " + periodId + " is " + period.domain().displayName());
            }
            LocalDate birthday21 = client.dateOfBirth().plusYears(21);
            LocalDate last = client.dateOfBirth().plusYears(27).minusDays(1);
            if (until.isBefore(birthday21) || until.isAfter(last)) {
                throw new ValidationException(List.of(new Violation("until", "a continuation under §41 SGB VIII runs"
                        + " from the 21st birthday (" + birthday21 + ") to the day before the 27th (" + last + ")")));
            }
            if (period.to() != null && period.to().isBefore(until)) {
                throw new ConflictException("period " + periodId + " ended on " + period.to()
                        + "; a continuation cannot reach beyond its end");
            }
            period.continueUntil(until);
            planAtAge(em, client, periods, until, today, opened);
            for (var rule : rules.current().deadlines()) {
                if (rule.domains() != null && rule.domains().contains(LegalDomain.SGB8)) {
                    em.createQuery("SELECT t FROM ClientTaskEntity t WHERE t.clientId = :c AND t.ruleId = :r"
                            + " AND t.done = FALSE", ClientTaskEntity.class).setParameter("c", clientId)
                            .setParameter("r", rule.id()).getResultList()
                            .forEach(t -> t.moveDue(until, until.minusDays(rule.warnDaysBefore())));
                }
            }
            ReferralEvents.post(events, em, opened);
            return period.toModel();
        });
        return result;
    }

    @Override
    public Occupation recordOccupation(Caller caller, String clientId, Occupation occupation) {
        checkOccupation(occupation);
        LocalDate today = LocalDate.now(clock);
        return tx.write(em -> {
            ClientEntity client = guard.clients(em, caller).get(clientId, Operation.write("occupation.record")).record();
            OccupationEntity recorded = new OccupationEntity(clientId, occupation);
            em.persist(recorded);
            em.flush();
            watchJobLoss(em, client, recorded, today);
            return recorded.toModel();
        });
    }

    @Override
    public Occupation endOccupation(Caller caller, String clientId, long occupationId, LocalDate to,
            Boolean involuntary) {
        LocalDate today = LocalDate.now(clock);
        return tx.write(em -> {
            ClientEntity client = guard.clients(em, caller).get(clientId, Operation.write("occupation.end")).record();
            OccupationEntity o = em.find(OccupationEntity.class, occupationId);
            if (o == null || !o.clientId().equals(clientId)) {
                throw new NotFoundException("client " + clientId + " has no occupation " + occupationId);
            }
            if (to == null || to.isBefore(o.from())) {
                throw new ValidationException(List.of(new Violation("to", "must be on or after " + o.from())));
            }
            if (o.to() != null) {
                throw new ConflictException("occupation " + occupationId + " already ended on " + o.to());
            }
            o.end(to, involuntary);
            em.flush();
            watchJobLoss(em, client, o, today);
            return o.toModel();
        });
    }

    /**
     * When the employment of an EU citizen ends, the worker status (§2 Abs. 3 FreizügG/EU) decides SGB II
     * and health insurance must be settled: a task with that checklist is opened, due two weeks after.
     */
    private static void watchJobLoss(EntityManager em, ClientEntity client, OccupationEntity o, LocalDate today) {
        if (o.kind() != Occupation.Kind.EMPLOYMENT || o.to() == null) {
            return;
        }
        List<ResidenceStatus> statuses = Checklists.statuses(em, client.id());
        boolean eu = statuses.stream().anyMatch(s -> s.title() == ResidenceTitle.EU_FREIZUEGIGKEIT
                && !s.validFrom().isAfter(o.to()) && (s.validTo() == null || !s.validTo().isBefore(o.to())));
        long open = em.createQuery("SELECT COUNT(t) FROM ClientTaskEntity t WHERE t.clientId = :c AND t.ruleId = :r"
                + " AND t.done = FALSE", Long.class).setParameter("c", client.id())
                .setParameter("r", Preconditions.EU_WORKER_RULE).getSingleResult();
        if (eu && open == 0) {
            em.persist(new ClientTaskEntity(client.id(), Preconditions.EU_WORKER_RULE,
                    "Arbeitsplatz verloren (Unionsbürger/in): Arbeitnehmerstatus, SGB-II-Anspruch und Krankenversicherung"
                            + " prüfen", o.to().plusDays(14), o.to(), Preconditions.EU_WORKER));
        }
    }

    private static void checkOccupation(Occupation o) {
        if (o == null) {
            throw new ValidationException(List.of(new Violation("body", "an occupation is required")));
        }
        List<Violation> violations = new ArrayList<>();
        if (o.kind() == null) {
            violations.add(new Violation("kind", "is required: SCHOOL, TRAINING, QUALIFICATION or EMPLOYMENT"));
        }
        if (o.from() == null) {
            violations.add(new Violation("from", "is required"));
        } else if (o.to() != null && o.to().isBefore(o.from())) {
            violations.add(new Violation("to", "ends (" + o.to() + ") before it begins (" + o.from() + ")"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    @Override
    public LegalDomainPeriod addPeriod(Caller caller, String clientId, LegalDomainPeriod period) {
        if (period == null) {
            throw new ValidationException(List.of(new Violation("body", "a period is required")));
        }
        LocalDate today = LocalDate.now(clock);
        List<Referral> opened = new ArrayList<>();
        LegalDomainPeriod result = tx.write(em -> {
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
            if (added.domain() == LegalDomain.SGB8) {
                planAtAge(em, client, periods, null, today, opened);
            }
            ReferralEvents.post(events, em, opened);
            return added.toModel();
        });
        return result;
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
                    new Checklists(em, LocalDate.now(clock)).attach(em.createQuery("SELECT t FROM ClientTaskEntity t"
                            + " WHERE t.clientId = :c ORDER BY t.due, t.id", ClientTaskEntity.class)
                            .setParameter("c", clientId).getResultList()),
                    Checklists.occupations(em, clientId)), access);
        });
    }

    @Override
    public List<PlannedTransition> transitionsDue(Caller caller, LocalDate until) {
        return tx.read(em -> {
            return guard.clients(em, caller).transitionsDue(until).stream().map(t -> Redaction.transition(t.toModel(),
                    guard.view(em, caller, em.find(ClientEntity.class, t.clientId())))).toList();
        });
    }

    @Override
    public List<ClientTask> tasksDue(Caller caller, LocalDate until) {
        return tx.read(em -> {
            return new Checklists(em, LocalDate.now(clock)).attach(guard.clients(em, caller).deadlinesDue(until));
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
