package de.kim.core.internal.access;

import de.kim.core.internal.clock.PlatformClock;
import de.kim.api.NotFoundException;
import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.api.model.Referral;
import de.kim.core.internal.store.CaseEntity;
import de.kim.core.internal.store.ConsentEntity;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.directory.OfficeEntity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The one place that decides whether a caller may read or change a client or a case, inside the
 * transaction of the work, and records the decision in the audit trail: allowed in the same
 * transaction, denied in one of its own. Records outside the caller's scope are reported as not
 * found, so that their existence is not revealed; a role that never sees case content gets 403.
 * Services reach records through its stores ({@link #clients}, {@link #cases}, {@link #referrals});
 * the single-record decisions and the scope of list queries are for the stores only.
 */
@Component(service = AccessGuard.class)
public final class AccessGuard {
    /** Referral states in which the data are released to the receiving office. */
    static final Set<Referral.Status> RELEASING = EnumSet.of(Referral.Status.SENT, Referral.Status.ACCEPTED,
            Referral.Status.COMPLETED);

    private final AuditLog audit;
    private final Clock clock;

    @Activate
    public AccessGuard(@Reference AuditLog audit, @Reference(target = PlatformClock.TARGET) Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** The clients as {@code caller} may reach them, in the transaction of {@code em}. */
    public ClientStore clients(EntityManager em, Caller caller) {
        return new ClientStore(em, this, issued(caller));
    }

    /** The cases as {@code caller} may reach them, in the transaction of {@code em}. */
    public CaseStore cases(EntityManager em, Caller caller) {
        return new CaseStore(em, this, issued(caller));
    }

    /** The referrals as {@code caller} may reach them, in the transaction of {@code em}. */
    public ReferralStore referrals(EntityManager em, Caller caller) {
        return new ReferralStore(em, this, issued(caller));
    }

    /**
     * The caller if the core issued it; else the attempt is audited and refused (403): a caller constructed by an
     * extension or connector bundle, or one whose roles or scope were changed after the core issued it.
     */
    public Caller issued(Caller caller) {
        if (caller == null || !caller.issued()) {
            String user = caller == null ? "(none)" : caller.user();
            audit.denied(caller == null ? new Caller(user, java.util.Set.of(), null, null, null) : caller,
                    "forged caller", null, null, "a caller the core did not issue, claiming user " + user + " with roles "
                    + (caller == null ? "[]" : caller.claimedRoles()) + " and scope "
                    + (caller == null ? null : caller.claimedMunicipality()));
            throw new ForbiddenException("this caller was not issued by the platform");
        }
        return caller;
    }

    /** The client, if the caller may do {@code operation} on it; audited. */
    Access client(EntityManager em, Caller caller, String clientId, Operation operation) {
        Optional<Access> access = decideClient(em, caller, clientId, operation);
        return granted(em, caller, operation, clientId, null, access, "no client with id " + clientId);
    }

    /**
     * Whether the caller may do {@code operation} on the client, for work that records its own audit
     * row later (with {@link #allowed}); a denial is audited at once.
     */
    Access checkClient(EntityManager em, Caller caller, String clientId, Operation operation) {
        Optional<Access> access = decideClient(em, caller, clientId, operation);
        if (access.isEmpty()) {
            audit.denied(caller, operation.action(), clientId, null, "outside the caller's scope or not found");
            throw new NotFoundException("no client with id " + clientId);
        }
        return access.get();
    }

    private Optional<Access> decideCase(EntityManager em, Caller caller, CaseEntity kimCase, Operation operation) {
        return decide(caller, operation, kimCase == null ? null : kimCase.clientId(), kimCase == null ? null : kimCase.id(),
                () -> kimCase == null ? null : caller.has(Role.CASE_MANAGER) && caller.covers(kimCase.ownerMunicipality())
                        ? new Reach(Set.of(kimCase.ownerMunicipality()), Set.of(), List.of()) : caseReach(em, kimCase));
    }

    private Optional<Access> decideClient(EntityManager em, Caller caller, String clientId, Operation operation) {
        ClientEntity client = clientId == null ? null : em.find(ClientEntity.class, clientId);
        return decide(caller, operation, clientId, null, () -> client == null ? null
                : caller.has(Role.CASE_MANAGER) && caller.covers(client.municipality())
                        ? new Reach(Set.of(client.municipality()), Set.of(), List.of()) : clientReach(em, client));
    }

    /**
     * Whether the caller may do {@code operation} on the case, before work that spans transactions:
     * a denial is audited at once, the allowed action later with {@link #allowed} in the writing one.
     */
    Access checkCase(EntityManager em, Caller caller, long caseId, Operation operation) {
        CaseEntity kimCase = em.find(CaseEntity.class, caseId);
        String clientId = kimCase == null ? null : kimCase.clientId();
        Optional<Access> access = decideCase(em, caller, kimCase, operation);
        if (access.isEmpty()) {
            audit.denied(caller, operation.action(), clientId, caseId, "outside the caller's scope or not found");
            throw new NotFoundException("no case with id " + caseId);
        }
        return access.get();
    }

    /** The case, if the caller may do {@code operation} on it; audited. */
    Access kimCase(EntityManager em, Caller caller, long caseId, Operation operation) {
        CaseEntity kimCase = em.find(CaseEntity.class, caseId);
        String clientId = kimCase == null ? null : kimCase.clientId();
        Optional<Access> access = decideCase(em, caller, kimCase, operation);
        return granted(em, caller, operation, clientId, caseId, access, "no case with id " + caseId);
    }

    /**
     * A list or aggregate that the query itself restricts to the caller's scope: only the role is
     * checked here; audited with {@code detail} (the filters).
     *
     * @throws ForbiddenException if the caller holds none of {@code roles}
     */
    public void list(EntityManager em, Caller caller, String action, Set<Role> roles, String detail) {
        declared(caller, Operation.read(action), null, null);
        if (!caller.hasAny(roles) && !caller.has(Role.SYSTEM)) {
            String reason = "the role " + caller.auditRole() + " of user " + caller.user() + " may not " + action;
            audit.denied(caller, action, null, null, reason);
            throw new ForbiddenException(reason);
        }
        audit.allowed(em, caller, action, null, null, detail);
    }

    /**
     * The caller's scope for a list query, after checking the role; the list is audited with
     * {@code detail} (its filters).
     */
    Scope scope(EntityManager em, Caller caller, String action, String detail) {
        list(em, caller, action, NeedToKnow.CASE_ROLES, detail);
        return new Scope(em, caller, LocalDate.now(clock));
    }

    /** What the caller may see of a client in a list the scope already filtered (not audited again). */
    public Access view(EntityManager em, Caller caller, ClientEntity client) {
        if (caller.has(Role.SYSTEM) || caller.has(Role.CASE_MANAGER) && caller.covers(client.municipality())) {
            return Access.FULL;
        }
        return NeedToKnow.decide(caller, clientReach(em, client), Operation.read("list")).orElse(Access.PSEUDONYMOUS);
    }

    /** What the caller may see of a case in a list the scope already filtered (not audited again). */
    public Access view(EntityManager em, Caller caller, CaseEntity kimCase) {
        if (caller.has(Role.SYSTEM) || caller.has(Role.CASE_MANAGER) && caller.covers(kimCase.ownerMunicipality())) {
            return Access.FULL;
        }
        return NeedToKnow.decide(caller, caseReach(em, kimCase), Operation.read("list")).orElse(Access.PSEUDONYMOUS);
    }

    /**
     * Creating a record for {@code municipality}: only the case team of that municipality; audited
     * when {@code recorded} runs after the record got its id.
     *
     * @throws ForbiddenException if the caller is not a case manager whose scope covers the municipality
     */
    public void requireTeamOf(Caller caller, Operation operation, String municipality) {
        declared(caller, operation, null, null);
        NeedToKnow.requireCaseRole(caller, operation);
        if (!caller.has(Role.SYSTEM) && !(caller.has(Role.CASE_MANAGER) && caller.covers(municipality))) {
            String reason = "user " + caller.user() + " (" + caller.auditRole() + ", scope " + caller.municipality()
                    + ") may not create records for municipality " + municipality;
            audit.denied(caller, operation.action(), null, null, reason);
            throw new ForbiddenException(reason);
        }
    }

    /**
     * A change of a structural finding: the district's coordination, or a case manager whose scope covers the
     * municipality of one of the cases linked to it ({@code owners}); audited either way.
     *
     * @throws ForbiddenException for anybody else
     */
    public void changeFinding(EntityManager em, Caller caller, String action, String detail, Set<String> owners) {
        issued(caller);
        declared(caller, Operation.write(action), null, null);
        if (!caller.has(Role.SYSTEM) && !caller.has(Role.COORDINATOR)
                && !(caller.has(Role.CASE_MANAGER) && owners.stream().anyMatch(caller::covers))) {
            String reason = "user " + caller.user() + " (" + caller.auditRole() + ", scope " + caller.municipality()
                    + ") may change a structural finding only for a municipality of its linked cases "
                    + (owners.isEmpty() ? "(it has none: the district's coordination only)" : owners.toString());
            audit.denied(caller, action, null, null, reason);
            throw new ForbiddenException(reason);
        }
        audit.allowed(em, caller, action, null, null, detail);
    }

    /** An identifying detail for the audit trail, as a keyed hash ({@link AuditLog#keyed}). */
    String keyed(String term) {
        return audit.keyed(term);
    }

    /** Records a refusal that a store decided after the guard let the caller reach the case; not found for it. */
    void refused(Caller caller, Operation operation, String clientId, Long caseId, String reason) {
        audit.denied(caller, operation.action(), clientId, caseId, reason);
    }

    /** Records an allowed action that was decided elsewhere (a receiving office answering a referral). */
    public void allowed(EntityManager em, Caller caller, String action, String clientId, Long caseId) {
        audit.allowed(em, caller, action, clientId, caseId, null);
    }

    private interface ReachLoader {
        Reach load();
    }

    /** Refuses (and audits) an extension's call beyond the data categories it declared. */
    private void declared(Caller caller, Operation operation, String clientId, Long caseId) {
        try {
            NeedToKnow.requireDeclared(caller, operation);
        } catch (ForbiddenException e) {
            audit.denied(caller, operation.action(), clientId, caseId, e.getMessage());
            throw e;
        }
    }

    private Optional<Access> decide(Caller caller, Operation operation, String clientId, Long caseId,
            ReachLoader loader) {
        try {
            NeedToKnow.requireCaseRole(caller, operation);
        } catch (ForbiddenException e) {
            audit.denied(caller, operation.action(), clientId, caseId, e.getMessage());
            throw e;
        }
        Reach reach = loader.load();
        return reach == null ? Optional.empty() : NeedToKnow.decide(caller, reach, operation);
    }

    private Access granted(EntityManager em, Caller caller, Operation operation, String clientId, Long caseId,
            Optional<Access> access, String notFound) {
        if (access.isEmpty()) {
            audit.denied(caller, operation.action(), clientId, caseId, "outside the caller's scope or not found");
            throw new NotFoundException(notFound);
        }
        audit.allowed(em, caller, operation.action(), clientId, caseId,
                access.get().full() ? null : access.get().level().name());
        return access.get();
    }

    /** A client belongs to its home municipality and to the owners of its cases. */
    private Reach clientReach(EntityManager em, ClientEntity client) {
        Set<String> municipalities = new HashSet<>();
        municipalities.add(client.municipality());
        List<CaseEntity> cases = em.createQuery("SELECT c FROM CaseEntity c WHERE c.clientId = :client",
                CaseEntity.class).setParameter("client", client.id()).getResultList();
        Set<Long> holders = new HashSet<>();
        for (CaseEntity c : cases) {
            municipalities.add(c.ownerMunicipality());
            if (c.holderOfficeId() != null) {
                holders.add(c.holderOfficeId());
            }
        }
        return new Reach(municipalities, holders, releases(em, client.id(), null));
    }

    private Reach caseReach(EntityManager em, CaseEntity kimCase) {
        return new Reach(Set.of(kimCase.ownerMunicipality()),
                kimCase.holderOfficeId() == null ? Set.of() : Set.of(kimCase.holderOfficeId()),
                releases(em, kimCase.clientId(), kimCase.id()));
    }

    /** Releases by referrals (of one case, or of all the client's cases) that a consent covers today. */
    private List<Reach.Release> releases(EntityManager em, String clientId, Long caseId) {
        List<Object[]> referrals = em.createQuery("SELECT r.toOfficeId, r.purpose FROM ReferralEntity r"
                + " WHERE r.kimCase.clientId = :client AND r.status IN :releasing"
                + (caseId == null ? "" : " AND r.kimCase.id = :case"), Object[].class)
                .setParameter("client", clientId).setParameter("releasing", RELEASING)
                .setParameter(caseId == null ? "client" : "case", caseId == null ? clientId : caseId)
                .getResultList();
        if (referrals.isEmpty()) {
            return List.of();
        }
        List<ConsentEntity> consents = em.createQuery("SELECT c FROM ConsentEntity c WHERE c.clientId = :client",
                ConsentEntity.class).setParameter("client", clientId).getResultList();
        LocalDate today = LocalDate.now(clock);
        List<Reach.Release> releases = new ArrayList<>();
        for (Object[] referral : referrals) {
            long officeId = (Long) referral[0];
            de.kim.api.model.Purpose purpose = (de.kim.api.model.Purpose) referral[1];
            OfficeEntity office = em.find(OfficeEntity.class, officeId);
            if (office != null && consents.stream().anyMatch(c -> c.covers(officeId, office.kind(), purpose, today))) {
                releases.add(new Reach.Release(officeId, purpose));
            }
        }
        return releases;
    }
}
