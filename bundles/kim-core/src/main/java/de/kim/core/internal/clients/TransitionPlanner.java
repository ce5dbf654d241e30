package de.kim.core.internal.clients;

import de.kim.api.DirectoryService;
import de.kim.api.KimException;
import de.kim.api.model.LegalDomain;
import de.kim.api.model.Office;
import de.kim.api.model.PlannedTransition;
import de.kim.api.model.Referral;
import de.kim.core.internal.handover.Handovers;
import de.kim.core.internal.rules.TransitionEngine;
import de.kim.core.internal.store.ClientEntity;
import de.kim.core.internal.store.PlannedTransitionEntity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;

/**
 * Plans a derived Rechtskreiswechsel: stored with its legal basis, and a hand-over referral opened to the office
 * responsible for the new legal domain in the client's municipality (or a note why none was).
 */
final class TransitionPlanner {
    private final DirectoryService directory;

    TransitionPlanner(DirectoryService directory) {
        this.directory = directory;
    }

    PlannedTransition plan(EntityManager em, ClientEntity client, TransitionEngine.Derived derived, LocalDate today,
            List<Referral> opened) {
        Office receiving = responsible(client.municipality(), derived.to()).orElse(null);
        PlannedTransitionEntity planned = new PlannedTransitionEntity(client.id(), derived.rule().id(), derived.from(),
                derived.to(), derived.effective(), receiving == null ? null : receiving.id(), derived.deadline(),
                derived.deadlineMoved(), derived.rule().source() == null ? null : derived.rule().source().citation());
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

    Optional<Office> responsible(String ags, LegalDomain domain) {
        try {
            return Optional.of(directory.responsibleOffice(ags, domain));
        } catch (KimException none) {
            return Optional.empty();
        }
    }
}
