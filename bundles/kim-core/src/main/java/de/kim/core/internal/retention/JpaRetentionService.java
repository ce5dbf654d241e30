package de.kim.core.internal.retention;

import de.kim.api.CaseService;
import de.kim.api.ClientService;
import de.kim.api.ConflictException;
import de.kim.api.FormService;
import de.kim.api.ProcedureService;
import de.kim.api.ReferralService;
import de.kim.api.TimelineService;
import de.kim.api.DataSubjectService;
import de.kim.api.NotFoundException;
import de.kim.api.RetentionService;
import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.api.model.CasePhase;
import de.kim.api.model.ClientRecord;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.RetentionReport;
import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.access.CallerSeal;
import de.kim.core.internal.access.Operation;
import de.kim.core.internal.documents.DocumentEntity;
import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.persistence.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Retention and the data subject's rights: the run that deletes expired case files (and clients left
 * without a case) with a deletion record each, legal holds, the export of everything on a person,
 * and erasure where no retention duty forbids it. Rules come from {@code etc/de.kim.retention.cfg}.
 */
@Component(service = {RetentionService.class, DataSubjectService.class}, configurationPid = "de.kim.retention")
public final class JpaRetentionService implements RetentionService, DataSubjectService {
    private static final Set<Role> OPERATORS = EnumSet.of(Role.ADMIN, Role.DATA_PROTECTION, Role.SYSTEM);

    private final Transactions tx;
    private final AccessGuard guard;
    private final SubjectExport export;
    private final Clock clock;
    private volatile List<RetentionRule> rules;

    private final FileCompaction compaction;

    @Activate
    public JpaRetentionService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference(target = PlatformClock.TARGET) Clock clock,
            @Reference AccessGuard guard, @Reference ClientService clients, @Reference TimelineService timelines,
            @Reference ReferralService referrals, @Reference CaseService cases, @Reference FormService forms,
            @Reference ProcedureService procedures, @Reference FileCompaction compaction, Map<String, Object> config) {
        this.compaction = compaction;
        this.clock = clock;
        this.tx = new Transactions(jpa);
        this.guard = guard;
        this.export = new SubjectExport(clients, timelines, referrals, cases, forms, procedures);
        configure(config);
    }

    @Modified
    void configure(Map<String, Object> config) {
        this.rules = RetentionRule.parse(config);
    }

    @Override
    public RetentionReport run(Caller caller, boolean dryRun) {
        if (!caller.hasAny(OPERATORS)) {
            throw new ForbiddenException("only administrators and the data-protection officer run retention; user "
                    + caller.user() + " has role " + caller.auditRole());
        }
        LocalDate today = LocalDate.now(clock);
        RetentionReport report = tx.write(em -> {
            guard.list(em, caller, dryRun ? "retention.dry-run" : "retention.run", OPERATORS, "rules " + rules);
            List<RetentionReport.Deletion> deleted = new ArrayList<>();
            List<Long> held = new ArrayList<>();
            Erasure erasure = new Erasure(em);
            for (CaseEntity c : em.createQuery("SELECT c FROM CaseEntity c WHERE c.phase = :closed ORDER BY c.id",
                    CaseEntity.class).setParameter("closed", CasePhase.CLOSED).getResultList()) {
                Optional<RetentionRule> rule = RetentionRule.governing(rules, domains(em, c.clientId()));
                if (rule.isEmpty() || c.closedOn() == null || !rule.get().keptUntil(c.closedOn()).isBefore(today)) {
                    continue;
                }
                if (c.legalHold() != null) {
                    held.add(c.id());
                    continue;
                }
                deleted.add(new RetentionReport.Deletion("CASE", c.clientId(), c.id(), rule.get().name(),
                        rule.get().keptUntil(c.closedOn())));
                if (!dryRun) {
                    record(em, caller, "CASE", c.clientId(), c.id(), rule.get().name(), rule.get().keptUntil(c.closedOn()));
                    erasure.deleteCase(c);
                }
            }
            Set<String> touched = new HashSet<>();
            deleted.forEach(d -> touched.add(d.clientId()));
            for (String clientId : touched) {
                long left = em.createQuery("SELECT COUNT(c) FROM CaseEntity c WHERE c.clientId = :id", Long.class)
                        .setParameter("id", clientId).getSingleResult();
                long leftAfterRun = dryRun ? left - deleted.stream().filter(d -> d.clientId().equals(clientId)).count()
                        : left;
                ClientEntity client = em.find(ClientEntity.class, clientId);
                if (leftAfterRun == 0 && client != null) {
                    RetentionReport.Deletion last = deleted.stream().filter(d -> d.clientId().equals(clientId))
                            .reduce((a, b) -> b).orElseThrow();
                    deleted.add(new RetentionReport.Deletion("CLIENT", clientId, null, last.rule(), last.expired()));
                    if (!dryRun) {
                        record(em, caller, "CLIENT", clientId, null, last.rule(), last.expired());
                        erasure.deleteClient(client);
                    }
                }
            }
            return new RetentionReport(today, dryRun, deleted, held);
        });
        if (!dryRun && !report.deleted().isEmpty()) {
            compaction.afterErasure();
        }
        return report;
    }

    @Override
    public void legalHold(Caller caller, long caseId, boolean hold, String reason) {
        if (hold && (reason == null || reason.isBlank())) {
            throw new de.kim.api.ValidationException(List.of(new de.kim.api.Violation("reason",
                    "a legal hold needs a reason (e.g. the court case)")));
        }
        tx.write(em -> {
            Operation operation = Operation.write(hold ? "case.legal-hold" : "case.legal-hold-lifted");
            guard.cases(em, caller).get(caseId, operation);
            em.find(CaseEntity.class, caseId).hold(hold ? reason : null);
            return null;
        });
    }

    @Override
    public ClientRecord export(Caller caller, String clientId) {
        return tx.read(em -> {
            Caller reader = caller;
            boolean documents = true;
            if (caller.has(Role.DATA_PROTECTION) && !caller.has(Role.CASE_MANAGER)) {
                // the data-protection officer answers a request under Art. 15 for the whole installation
                guard.list(em, caller, "client.export", EnumSet.of(Role.DATA_PROTECTION), "client " + clientId);
                if (em.find(ClientEntity.class, clientId) == null) {
                    throw new NotFoundException("no client with id " + clientId);
                }
                reader = CallerSeal.system("subject-access for " + caller.user());
            } else {
                de.kim.core.internal.access.Access access = guard.clients(em, caller).get(clientId,
                        Operation.read("client.export")).access();
                if (!access.full()) {
                    throw new NotFoundException("no client with id " + clientId);
                }
                documents = access.sees(de.kim.api.model.DataCategory.DOCUMENTS);
            }
            ClientRecord record = export.of(reader, clientId, Instant.now(clock));
            List<CaseEntity> all = SubjectAccessLog.cases(em, clientId);
            return new ClientRecord(record.exportedAt(), record.client(), record.timeline(), record.consents(),
                    record.cases(), SubjectAccessLog.elsewhere(em, all, record), SubjectAccessLog.of(em, clientId, all),
                    documents ? DocumentEntity.keptFor(em, clientId) : List.of());
        });
    }

    @Override
    public void erase(Caller caller, String clientId) {
        LocalDate today = LocalDate.now(clock);
        tx.write(em -> {
            guard.clients(em, caller).get(clientId, Operation.write("client.erase"));
            Set<LegalDomain> domains = domains(em, clientId);
            for (CaseEntity c : em.createQuery("SELECT c FROM CaseEntity c WHERE c.clientId = :id", CaseEntity.class)
                    .setParameter("id", clientId).getResultList()) {
                if (c.legalHold() != null) {
                    throw new ConflictException("case " + c.id() + " is on legal hold (" + c.legalHold()
                            + "); the client cannot be erased");
                }
                if (c.phase() != CasePhase.CLOSED) {
                    throw new ConflictException("case " + c.id() + " is open; close it before erasing the client");
                }
                Optional<RetentionRule> rule = RetentionRule.governing(rules, domains);
                if (rule.isPresent() && !rule.get().keptUntil(c.closedOn()).isBefore(today)) {
                    throw new ConflictException("retention rule " + rule.get().name() + " keeps case " + c.id()
                            + " until " + rule.get().keptUntil(c.closedOn()) + " (" + rule.get().years()
                            + " years after closure" + (rule.get().legalDomain() == null ? ""
                                    : ", " + rule.get().legalDomain().code()) + ")");
                }
            }
            record(em, caller, "CLIENT", clientId, null, "DSGVO Art. 17", today);
            new Erasure(em).deleteClient(em.find(ClientEntity.class, clientId));
            return null;
        });
        compaction.afterErasure();
    }

    private void record(EntityManager em, Caller caller, String record, String clientId, Long caseId, String rule,
            LocalDate keptUntil) {
        em.persist(new DeletionEntity(Instant.now(clock), record, clientId, caseId, rule, keptUntil, caller.user()));
        guard.allowed(em, caller, "retention.delete", clientId, caseId);
    }

    private static Set<LegalDomain> domains(EntityManager em, String clientId) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT p.domain FROM LegalDomainPeriodEntity p"
                + " WHERE p.clientId = :id", LegalDomain.class).setParameter("id", clientId).getResultList());
    }
}
