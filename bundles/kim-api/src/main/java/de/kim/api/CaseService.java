package de.kim.api;

import de.kim.api.model.Activity;
import de.kim.api.model.Assessment;
import de.kim.api.model.Case;
import de.kim.api.model.CasePhase;
import de.kim.api.model.Goal;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Cases of KIM case management: phases, assessments, goals and activities.
 */
@ProviderType
public interface CaseService {

    /** Opens a case in phase INTAKE. */
    Case openCase(Case kimCase);

    /** @throws NotFoundException if there is no such case */
    Case caseById(long id);

    /** Cases matching every non-null filter, newest first. */
    List<Case> cases(String clientId, CasePhase phase, String ownerMunicipality);

    /**
     * Changes case manager, target group and owner municipality.
     *
     * @throws ConflictException if {@code kimCase.version()} is not the current version
     */
    Case updateCase(long id, Case kimCase);

    /**
     * Moves the case to another phase; CLOSED needs a reason.
     *
     * @throws ConflictException if the transition is not allowed or the version is stale
     */
    Case moveToPhase(long id, CasePhase phase, String reason, long version);

    /** Records (or replaces) the assessment of a topic area. */
    Case assess(long id, Assessment assessment);

    Case addGoal(long id, Goal goal);

    Case updateGoal(long id, long goalId, Goal goal);

    /** Documents an activity; never changes who holds the case. */
    Case addActivity(long id, Activity activity);
}
