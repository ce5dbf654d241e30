package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A case of KIM case management: one client, one owner municipality, one case manager.
 *
 * @param id                  assigned by the platform
 * @param clientId            the client
 * @param ownerMunicipality   AGS of the municipality that owns the case
 * @param caseManager         user name of the case manager
 * @param targetGroup         the target group
 * @param phase               the DGCC phase
 * @param holderOfficeId      the office that holds the case after an accepted hand-over, null while
 *                            the KIM case management holds it
 * @param openedOn            when the case was opened
 * @param closedOn            when it was closed, null while open
 * @param closureReason       why it was closed
 * @param assessments         assessments per topic area
 * @param goals               agreed goals
 * @param activities          contacts and activities, newest first
 * @param version             for optimistic locking: send back the version you read
 * @param fileNumber          the file number (Aktenzeichen); assigned by the platform if none is given
 * @param client              the client's name and date of birth, for callers who may see them; read only
 */
public record Case(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String clientId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[0-9]{8}$") String ownerMunicipality,
        @Schema(description = "required to open a case; null for a caller who sees the case but not its casework")
        String caseManager,
        @Schema(description = "required to open a case; null for a caller who sees the case but not its casework")
        TargetGroup targetGroup,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) CasePhase phase,
        @Schema(description = "office holding the case after an accepted hand-over", accessMode = Schema.AccessMode.READ_ONLY) Long holderOfficeId,
        LocalDate openedOn, @Schema(accessMode = Schema.AccessMode.READ_ONLY) LocalDate closedOn,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String closureReason,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<Assessment> assessments,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<Goal> goals,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<Activity> activities, Long version,
        @Schema(maxLength = 40) String fileNumber,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) ClientName client) {

    public Case {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        goals = goals == null ? List.of() : List.copyOf(goals);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** A case without file number and client name (the form before release 1.7 of the model). */
    public Case(Long id, String clientId, String ownerMunicipality, String caseManager, TargetGroup targetGroup,
            CasePhase phase, Long holderOfficeId, LocalDate openedOn, LocalDate closedOn, String closureReason,
            List<Assessment> assessments, List<Goal> goals, List<Activity> activities, Long version) {
        this(id, clientId, ownerMunicipality, caseManager, targetGroup, phase, holderOfficeId, openedOn, closedOn,
                closureReason, assessments, goals, activities, version, null, null);
    }

    /** This case with the client's name as the caller may see it (null: not shown). */
    public Case withClient(ClientName name) {
        return new Case(id, clientId, ownerMunicipality, caseManager, targetGroup, phase, holderOfficeId, openedOn,
                closedOn, closureReason, assessments, goals, activities, version, fileNumber, name);
    }
}
