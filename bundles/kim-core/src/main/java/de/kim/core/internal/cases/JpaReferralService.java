package de.kim.core.internal.cases;

import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.handover.ReferralEvents;
import de.kim.core.internal.handover.Referrals;
import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ConsentEntity;
import de.kim.core.internal.store.ReferralEntity;
import de.kim.api.ConflictException;
import de.kim.api.DirectoryService;
import de.kim.api.NotFoundException;
import de.kim.api.ReferralService;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Consent;
import de.kim.api.model.Office;
import de.kim.api.model.Referral;
import de.kim.api.access.Caller;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.access.Operation;
import de.kim.core.internal.access.ReferralStore;
import de.kim.core.internal.handover.Handovers;
import de.kim.core.internal.handover.Periods;
import de.kim.core.internal.store.PlannedTransitionEntity;
import de.kim.core.internal.persistence.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import de.kim.core.internal.procedures.CaseEvent;
import de.kim.core.internal.procedures.ProcedureEngine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import de.kim.core.internal.events.DomainEvents;

@Component(service = ReferralService.class)
public final class JpaReferralService implements ReferralService {
    /** The steps that pass data to the receiving office, each checked against the consents of its day. */
    private static final Map<Referral.Status, String> STEP = Map.of(Referral.Status.SENT, "sending",
            Referral.Status.ACCEPTED, "accepting", Referral.Status.COMPLETED, "completing");
    private static final java.util.Set<Referral.Status> RELEASING = STEP.keySet();
    private final Transactions tx;
    private final DirectoryService directory;
    private final ProcedureEngine procedures;
    private final Clock clock;

    private final DomainEvents events;
    private final AccessGuard guard;

    @Activate
    public JpaReferralService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference(target = PlatformClock.TARGET) Clock clock,
            @Reference DirectoryService directory, @Reference ProcedureEngine procedures,
            @Reference DomainEvents events, @Reference AccessGuard guard) {
        this.clock = clock;
        this.events = events;
        this.guard = guard;
        this.tx = new Transactions(jpa);
        this.procedures = procedures;
        this.directory = directory;
    }

    @Override
    public Consent recordConsent(Caller caller, String clientId, Consent consent) {
        List<Violation> violations = new ArrayList<>();
        if (consent == null) {
            throw new ValidationException(List.of(new Violation("body", "a consent is required")));
        }
        if ((consent.recipientOfficeId() == null) == (consent.recipientKind() == null)) {
            violations.add(new Violation("recipientOfficeId", "name either one office or one kind of office"));
        }
        if (consent.purpose() == null) {
            violations.add(new Violation("purpose", "is required"));
        }
        if (consent.givenOn() == null) {
            violations.add(new Violation("givenOn", "is required"));
        } else if (consent.givenOn().isAfter(today())) {
            violations.add(new Violation("givenOn", "must not lie in the future"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return tx.write(em -> {
            guard.clients(em, caller).get(clientId, Operation.write("consent.record"));
            if (consent.recipientOfficeId() != null) {
                directory.office(consent.recipientOfficeId());
            }
            ConsentEntity entity = new ConsentEntity(clientId, consent);
            em.persist(entity);
            em.flush();
            return entity.toModel();
        });
    }

    @Override
    public List<Consent> consents(Caller caller, String clientId) {
        return tx.read(em -> {
            if (!guard.clients(em, caller).get(clientId, Operation.read("consents.read")).access().full()) {
                return List.of();
            }
            return em.createQuery("SELECT c FROM ConsentEntity c WHERE c.clientId = :client ORDER BY c.givenOn, c.id",
                    ConsentEntity.class).setParameter("client", clientId).getResultList().stream()
                    .map(ConsentEntity::toModel).toList();
        });
    }

    @Override
    public Consent withdrawConsent(Caller caller, String clientId, long consentId, LocalDate on) {
        LocalDate day = on == null ? today() : on;
        return tx.write(em -> {
            guard.clients(em, caller).get(clientId, Operation.write("consent.withdraw"));
            ConsentEntity consent = em.find(ConsentEntity.class, consentId);
            if (consent == null || !consent.clientId().equals(clientId)) {
                throw new NotFoundException("client " + clientId + " has no consent " + consentId);
            }
            if (consent.withdrawnOn() != null) {
                throw new ConflictException("consent " + consentId + " was already withdrawn on " + consent.withdrawnOn());
            }
            if (day.isBefore(consent.givenOn())) {
                throw new ValidationException(List.of(new Violation("withdrawnOn",
                        "must not lie before the day the consent was given (" + consent.givenOn() + ")")));
            }
            consent.withdraw(day);
            em.flush();
            return consent.toModel();
        });
    }

    @Override
    public Referral refer(Caller caller, long caseId, Referral referral) {
        if (referral == null || referral.toOfficeId() == null) {
            throw new ValidationException(List.of(new Violation("toOfficeId", "name the receiving office")));
        }
        Referral opened = tx.write(em -> {
            CaseEntity kimCase = guard.cases(em, caller).get(caseId, Operation.write("referral.open")).record();
            Referrals referrals = new Referrals(em);
            Office office = directory.office(referral.toOfficeId());
            PlannedTransitionEntity transition = transitionFor(em, kimCase, referral);
            ReferralEntity entity = referrals.open(kimCase, office, new Referral(null, caseId, office.id(),
                    referral.kind(), referral.purpose(), referral.note(), null, null, referral.deadline(), null,
                    referral.transitionId(), null), today());
            if (transition != null) {
                transition.attach(entity.id(), null);
            }
            Referral model = entity.toModel();
            ReferralEvents.post(events, em, List.of(model));
            return model;
        });
        return opened;
    }

    /** The planned change a hand-over carries out, checked: the case's client's, planned, not yet handed over. */
    private static PlannedTransitionEntity transitionFor(EntityManager em, CaseEntity kimCase, Referral referral) {
        if (referral.transitionId() == null) {
            return null;
        }
        PlannedTransitionEntity transition = em.find(PlannedTransitionEntity.class, referral.transitionId());
        if (transition == null || !transition.clientId().equals(kimCase.clientId())) {
            throw new ValidationException(List.of(new Violation("transitionId",
                    "the client of case " + kimCase.id() + " has no planned change " + referral.transitionId())));
        }
        if (referral.kind() != Referral.Kind.HANDOVER || !PlannedTransitionEntity.PLANNED.equals(transition.status())
                || transition.referralId() != null) {
            throw new ConflictException("planned change " + transition.id()
                    + " is applied or handed over already, or the referral is not a HANDOVER");
        }
        return transition;
    }

    @Override
    public Referral referral(Caller caller, long id) {
        return tx.read(em -> {
            return guard.referrals(em, caller).read(id, Operation.read("referral.read"));
        });
    }

    @Override
    public List<Referral> referrals(Caller caller, long caseId) {
        return tx.read(em -> {
            return guard.referrals(em, caller).ofCase(caseId, Operation.read("referrals.read"));
        });
    }

    @Override
    public List<de.kim.api.model.IncomingReferral> incoming(Caller caller) {
        return tx.read(em -> guard.referrals(em, caller).incoming(Operation.read("referrals.incoming")));
    }

    @Override
    public Referral changeStatus(Caller caller, long id, Referral.Status status, String outcome, long version) {
        if (status == null) {
            throw new ValidationException(List.of(new Violation("status", "is required")));
        }
        return tx.write(em -> {
            // the receiving office answers (accepts, rejects, completes); sending and withdrawing stay with the case
            boolean answer = status != Referral.Status.SENT && status != Referral.Status.WITHDRAWN;
            ReferralStore store = guard.referrals(em, caller);
            ReferralEntity referral = store.forAnswer(id, Operation.write("referral.status"), answer);
            Transactions.requireVersion("referral", version, referral.version());
            if (!referral.status().next().contains(status)) {
                throw new ConflictException("referral " + id + " cannot move from " + referral.status() + " to "
                        + status + "; allowed: " + referral.status().next());
            }
            CaseEntity kimCase = referral.kimCase();
            if (RELEASING.contains(status)) {
                // every step that passes data on needs a consent in force today, not only the sending
                Office office = directory.office(referral.toOfficeId());
                Optional<String> refusal = new Referrals(em).uncovered(kimCase.clientId(), office, referral.purpose(),
                        today());
                if (refusal.isPresent()) {
                    throw new ConflictException(STEP.get(status) + " refused: " + refusal.get());
                }
            }
            if (status == Referral.Status.ACCEPTED && referral.kind() == Referral.Kind.HANDOVER) {
                kimCase.handTo(referral.toOfficeId());
            }
            referral.moveTo(status, outcome);
            em.flush();
            String type = "referral." + status.name().toLowerCase();
            if (procedures.reactsTo(type)) {
                Office receiving = directory.office(referral.toOfficeId());
                procedures.fire(em, new CaseEvent(type, kimCase.id(), today(), Map.of("kind", referral.kind().name(),
                        "purpose", referral.purpose().name(), "officeKind", receiving.kind().name(),
                        "officeId", receiving.id())));
                em.flush();
            }
            List<Referral> posted = new ArrayList<>(List.of(referral.toModel()));
            if (status == Referral.Status.COMPLETED && referral.transitionId() != null) {
                PlannedTransitionEntity transition = em.find(PlannedTransitionEntity.class, referral.transitionId());
                if (transition != null) {
                    new Periods(em, transition.clientId()).apply(transition);
                    posted.addAll(openNextHandover(em, transition.clientId()));
                }
            }
            ReferralEvents.post(events, em, posted);
            // what the caller sees of it now: an office that rejects after a withdrawal gets no note back
            return store.shapedForCaller(referral);
        });
    }

    /** After a hand-over, the next planned change of the client gets its hand-over, if it can. */
    private List<Referral> openNextHandover(EntityManager em, String clientId) {
        Handovers handovers = new Handovers(em);
        for (PlannedTransitionEntity next : handovers.withoutReferral(clientId)) {
            Optional<Referral> opened = handovers.open(next, directory.office(next.receivingOfficeId()), today());
            if (opened.isPresent()) {
                return List.of(opened.get());
            }
        }
        return List.of();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
