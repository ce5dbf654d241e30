package de.kim.core.internal.clients;

import de.kim.api.access.AuditTrail;
import de.kim.api.ConflictException;
import de.kim.api.access.ForbiddenException;
import de.kim.api.DirectoryService;
import de.kim.api.NotFoundException;
import de.kim.core.internal.events.DomainEvents;
import de.kim.core.internal.rules.TransitionEngine;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.store.PlannedTransitionEntity;
import de.kim.api.RuleSetReview;
import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import de.kim.api.model.OfferedRuleSet;
import de.kim.api.model.RuleSetDiff;
import de.kim.api.model.TransitionRuleSet;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.persistence.Transactions;
import de.kim.core.internal.rules.RuleSet;
import de.kim.core.internal.rules.RuleSetOffers;
import de.kim.core.internal.rules.TransitionRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Offered rule sets: listed, compared with the rules in force over every timeline (a dry run), activated.
 */
@Component(service = RuleSetReview.class)
public final class JpaRuleSetReview implements RuleSetReview {
    private static final Set<Role> REVIEWERS = Set.of(Role.COORDINATOR, Role.ADMIN);

    private final Transactions tx;
    private final RuleSetOffers offers;
    private final TransitionRules rules;
    private final AccessGuard guard;
    private final AuditTrail audit;
    private final Clock clock;
    private final DirectoryService directory;
    private final DomainEvents events;

    @Activate
    public JpaRuleSetReview(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa, @Reference RuleSetOffers offers,
            @Reference TransitionRules rules, @Reference AccessGuard guard, @Reference AuditTrail audit,
            @Reference(target = PlatformClock.TARGET) Clock clock, @Reference DirectoryService directory,
            @Reference DomainEvents events) {
        this.directory = directory;
        this.events = events;
        this.tx = new Transactions(jpa);
        this.offers = offers;
        this.rules = rules;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<OfferedRuleSet> offered(Caller caller) {
        require(caller, REVIEWERS, "rules.offered", null);
        return offers.all().stream().map(o -> new OfferedRuleSet(o.name(), o.bundle(), o.bundleVersion(), o.file(),
                o.rules() == null ? 0 : o.rules().transitions().size(), o.rules() == null ? 0 : o.rules().deadlines().size(),
                o.rules() == null ? 0 : o.rules().grants().size(),
                o.problem() == null ? List.of() : List.of(o.problem()))).toList();
    }

    @Override
    public RuleSetDiff diff(Caller caller, String name) {
        require(caller, REVIEWERS, "rules.diff", "rule set " + name);
        RuleSet offered = usable(name).rules();
        RuleSet current = rules.current();
        LocalDate today = LocalDate.now(clock);
        // the coordination sees pseudonymised data of the district: the clients; an administrator sees no case
        // content: only how many clients (no municipality, no figure a small town's client could be found by)
        boolean perClient = caller.has(Role.COORDINATOR) || caller.has(Role.SYSTEM);
        return tx.read(em -> {
            List<String> all = clientsWithTimelines(em);
            List<RuleSetDiff.Client> differing = new ArrayList<>();
            int affected = 0;
            for (String id : all) {
                RuleOutcome outcome = RuleOutcome.of(em, id, today);
                if (outcome == null) {
                    continue;
                }
                List<String> before = outcome.lines(current);
                List<String> after = outcome.lines(offered);
                if (!before.equals(after)) {
                    affected++;
                    if (perClient) {
                        differing.add(new RuleSetDiff.Client(id, outcome.municipality(), before, after));
                    }
                }
            }
            return new RuleSetDiff(name, today, ids(offered, current), ids(current, offered), changed(current, offered),
                    all.size(), affected, differing);
        });
    }

    @Override
    public TransitionRuleSet activate(Caller caller, String name) {
        require(caller, Set.of(Role.ADMIN), "rules.activate", "rule set " + name);
        RuleSetOffers.Offer offer = usable(name);
        RuleSet before = rules.current();
        Path kept;
        try {
            kept = rules.replace(offer.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int planned = planWhatTheNewRulesDerive(caller, before, rules.current());
        audit.administered(caller, "rules.activate", "rule set \"" + name + "\" of " + offer.bundle() + " "
                + offer.bundleVersion() + " in force; the rules before kept as " + kept + "; " + planned
                + " transitions planned for existing timelines");
        return rules.rules();
    }

    /**
     * A new law reaches the timelines recorded before it: each change the new rules derive and the old did not is
     * planned, with its hand-over (changes planned under the old rules stay; the case managers cancel what no longer
     * applies). Each client's plan is audited.
     */
    private int planWhatTheNewRulesDerive(Caller caller, RuleSet before, RuleSet after) {
        LocalDate today = LocalDate.now(clock);
        List<de.kim.api.model.Referral> opened = new ArrayList<>();
        int planned = tx.write(em -> {
            int n = 0;
            for (String id : clientsWithTimelines(em)) {
                RuleOutcome outcome = RuleOutcome.of(em, id, today);
                if (outcome == null) {
                    continue;
                }
                List<TransitionEngine.Derived> old = outcome.derived(before);
                List<PlannedTransitionEntity> existing = em.createQuery("SELECT t FROM PlannedTransitionEntity t"
                        + " WHERE t.clientId = :c AND t.status = :p", PlannedTransitionEntity.class)
                        .setParameter("c", id).setParameter("p", PlannedTransitionEntity.PLANNED).getResultList();
                for (TransitionEngine.Derived d : outcome.derived(after)) {
                    boolean known = old.stream().anyMatch(o -> o.rule().id().equals(d.rule().id())
                            && o.effective().equals(d.effective())) || existing.stream().anyMatch(t -> t.from() == d.from()
                            && t.to() == d.to() && t.effectiveDate().equals(d.effective()));
                    if (!known) {
                        new TransitionPlanner(directory).plan(em, em.find(ClientEntity.class, id), d, today, opened);
                        guard.allowed(em, caller, "transition.plan-by-law", id, null);
                        n++;
                    }
                }
            }
            de.kim.core.internal.handover.ReferralEvents.post(events, em, opened);
            return n;
        });
        return planned;
    }

    private static List<String> clientsWithTimelines(javax.persistence.EntityManager em) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(em.createQuery(
                "SELECT DISTINCT s.clientId FROM ResidenceStatusEntity s", String.class).getResultList());
        all.addAll(em.createQuery("SELECT DISTINCT p.clientId FROM LegalDomainPeriodEntity p", String.class)
                .getResultList());
        return List.copyOf(all);
    }

    /** The offer named {@code name} that can be put in force. */
    private RuleSetOffers.Offer usable(String name) {
        RuleSetOffers.Offer offer = offers.named(name)
                .orElseThrow(() -> new NotFoundException("no deployed bundle offers a rule set named \"" + name + "\""));
        if (offer.rules() == null) {
            throw new ConflictException("rule set \"" + name + "\" is refused: " + offer.problem());
        }
        return offer;
    }

    /** The role check, audited (allowed or denied) like any list of the guard. */
    private void require(Caller caller, Set<Role> roles, String action, String detail) {
        if (caller == null) {
            throw new ForbiddenException("no caller may " + action);
        }
        tx.read(em -> {
            guard.list(em, caller, action, roles, detail);
            return null;
        });
    }

    /** Ids of the rules of {@code a} that {@code b} does not have. */
    private static List<String> ids(RuleSet a, RuleSet b) {
        Set<String> inB = allIds(b);
        return allIds(a).stream().filter(id -> !inB.contains(id)).sorted().toList();
    }

    private static List<String> changed(RuleSet current, RuleSet offered) {
        List<String> changed = new ArrayList<>();
        current.transitions().forEach(r -> offered.transitions().stream().filter(o -> o.id().equals(r.id()))
                .filter(o -> !o.equals(r)).findFirst().ifPresent(o -> changed.add(r.id())));
        current.deadlines().forEach(r -> offered.deadlines().stream().filter(o -> o.id().equals(r.id()))
                .filter(o -> !o.equals(r)).findFirst().ifPresent(o -> changed.add(r.id())));
        current.grants().forEach(r -> offered.grants().stream().filter(o -> o.id().equals(r.id()))
                .filter(o -> !Objects.equals(o, r)).findFirst().ifPresent(o -> changed.add(r.id())));
        return changed.stream().sorted().toList();
    }

    private static Set<String> allIds(RuleSet rules) {
        Set<String> ids = new java.util.HashSet<>();
        rules.transitions().forEach(r -> ids.add(r.id()));
        rules.deadlines().forEach(r -> ids.add(r.id()));
        rules.grants().forEach(r -> ids.add(r.id()));
        return ids;
    }
}
