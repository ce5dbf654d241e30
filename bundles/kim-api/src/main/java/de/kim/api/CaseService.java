package de.kim.api;

import de.kim.api.model.Activity;
import de.kim.api.model.Assessment;
import de.kim.api.model.Case;
import de.kim.api.model.CasePhase;
import de.kim.api.model.Page;
import de.kim.api.model.Goal;
import java.util.List;
import de.kim.api.access.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Cases of KIM case management: phases, assessments, goals and activities.
 */
@ProviderType
public interface CaseService {

    /** Opens a case in phase INTAKE; a second open case of the client in the same target group is refused (409). */
    default Case openCase(Caller caller, Case kimCase) {
        return openCase(caller, kimCase, false);
    }

    /**
     * Opens a case in phase INTAKE with a file number (the given one, else KIM-year-id). While the client has an
     * open case in the same target group, a second one needs {@code secondConfirmed}; else a
     * {@link ConflictException} of code {@code duplicate-case}.
     */
    Case openCase(Caller caller, Case kimCase, boolean secondConfirmed);

    /**
     * Closes a case (phase CLOSED) on {@code on}: today if null, not before the case was opened, not in the
     * future; {@code reason} is required.
     */
    Case closeCase(Caller caller, long id, String reason, java.time.LocalDate on, long version);

    /** All the caller's cases, newest first, for an export of the caseload: audited as {@code cases.export}. */
    List<Case> caseloadExport(Caller caller);

    /** Like {@link #casePage(Caller, String, CasePhase, String, int, int)}, only cases whose file number begins with {@code fileNumber} (if not null). */
    Page<Case> casePage(Caller caller, String clientId, CasePhase phase, String ownerMunicipality, String fileNumber,
            int page, int size);

    /** @throws NotFoundException if there is no such case */
    Case caseById(Caller caller, long id);

    /** All cases matching every non-null filter, newest first (for one client's cases; lists use {@link #casePage}). */
    List<Case> cases(Caller caller, String clientId, CasePhase phase, String ownerMunicipality);

    /** One page ({@code page} from 0, {@code size} cases) of the cases matching every non-null filter, newest first, with the total. */
    Page<Case> casePage(Caller caller, String clientId, CasePhase phase, String ownerMunicipality, int page, int size);

    /**
     * Changes case manager, target group and owner municipality.
     *
     * @throws ConflictException if {@code kimCase.version()} is not the current version
     */
    Case updateCase(Caller caller, long id, Case kimCase);

    /**
     * Moves the case to another phase; CLOSED needs a reason.
     *
     * @throws ConflictException if the transition is not allowed or the version is stale
     */
    Case moveToPhase(Caller caller, long id, CasePhase phase, String reason, long version);

    /** Records (or replaces) the assessment of a topic area. */
    Case assess(Caller caller, long id, Assessment assessment);

    Case addGoal(Caller caller, long id, Goal goal);

    Case updateGoal(Caller caller, long id, long goalId, Goal goal);

    /** Documents an activity; never changes who holds the case. */
    Case addActivity(Caller caller, long id, Activity activity);
}
