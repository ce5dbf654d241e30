package de.kim.core.internal.clients;

import de.kim.api.model.LegalDomain;
import de.kim.api.model.ResidenceStatus;
import de.kim.core.internal.handover.Periods;
import de.kim.core.internal.rules.RuleSet;
import de.kim.core.internal.rules.TransitionEngine;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.store.LegalDomainPeriodEntity;
import de.kim.core.internal.store.ResidenceStatusEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javax.persistence.EntityManager;

/**
 * What a rule set derives for one client from what is recorded today: the changes its latest residence status
 * leads to, the change at a birthday, and the open deadlines. Two rule sets are compared by these lines (the dry
 * run of a change of law).
 */
record RuleOutcome(String municipality, ResidenceStatus latest, LocalDate firstIssued, TransitionEngine.Situation base,
        List<TransitionEngine.Span> spans, LocalDate birthDate, boolean employable, LocalDate continuedUntil,
        LocalDate today) {

    /** What is recorded about the client, or null if nothing a rule reads. */
    static RuleOutcome of(EntityManager em, String clientId, LocalDate today) {
        ClientEntity client = em.find(ClientEntity.class, clientId);
        if (client == null) {
            return null;
        }
        List<ResidenceStatus> statuses = em.createQuery("SELECT s FROM ResidenceStatusEntity s WHERE s.clientId = :c"
                + " ORDER BY s.validFrom", ResidenceStatusEntity.class).setParameter("c", clientId).getResultList()
                .stream().map(ResidenceStatusEntity::toModel).toList();
        ResidenceStatus latest = statuses.isEmpty() ? null : statuses.get(statuses.size() - 1);
        LocalDate firstIssued = latest == null ? null : statuses.stream().filter(s -> s.title() == latest.title())
                .map(ResidenceStatus::validFrom).findFirst().orElse(latest.validFrom());
        List<LegalDomainPeriodEntity> periods = new Periods(em, clientId).all();
        List<TransitionEngine.Span> spans = periods.stream().map(LegalDomainPeriodEntity::toSpan).toList();
        LocalDate continued = periods.stream().filter(p -> p.domain() == LegalDomain.SGB8)
                .map(LegalDomainPeriodEntity::continuedUntil).filter(Objects::nonNull).findFirst().orElse(null);
        Predicate<LocalDate> household = TransitionEngine.employableInSgb2(Household.of(em, client).stream()
                .map(Household.Member::view).toList());
        TransitionEngine.Situation base = latest == null ? null : new TransitionEngine.Situation(latest.title(),
                latest.validFrom(), firstIssued, client.arrivalDate(), client.employable(), spans, List.of(), household,
                latest.decisionFinalOn());
        return new RuleOutcome(client.municipality(), latest, firstIssued, base, spans, client.dateOfBirth(),
                client.employable(), continued, today);
    }

    /** The changes of legal domain {@code rules} derive. */
    List<TransitionEngine.Derived> derived(RuleSet rules) {
        List<TransitionEngine.Derived> derived = new ArrayList<>();
        if (base != null) {
            derived.addAll(TransitionEngine.derive(rules, base));
        }
        derived.addAll(TransitionEngine.atAge(rules, spans, birthDate, employable, continuedUntil));
        return derived;
    }

    /** The changes and deadlines {@code rules} derive, one line each. */
    List<String> lines(RuleSet rules) {
        List<String> lines = new ArrayList<>();
        for (TransitionEngine.Derived d : derived(rules)) {
            lines.add(d.from().displayName() + " → " + d.to().displayName() + " ab " + d.effective() + ", Übergabe bis "
                    + d.deadline() + " [" + d.rule().id() + "]");
        }
        for (TransitionEngine.Deadline d : TransitionEngine.deadlines(rules, latest == null ? null : latest.title(),
                Periods.openOn(spans, today), birthDate, today)) {
            lines.add("Frist " + d.due() + " (Hinweis ab " + d.warnFrom() + "): " + d.rule().title() + " ["
                    + d.rule().id() + "]");
        }
        return lines;
    }
}
