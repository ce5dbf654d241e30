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
 */
public record Case(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String clientId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[0-9]{8}$") String ownerMunicipality,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String caseManager,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TargetGroup targetGroup,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) CasePhase phase,
        @Schema(description = "office holding the case after an accepted hand-over", accessMode = Schema.AccessMode.READ_ONLY) Long holderOfficeId,
        LocalDate openedOn, @Schema(accessMode = Schema.AccessMode.READ_ONLY) LocalDate closedOn,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) String closureReason,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<Assessment> assessments,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<Goal> goals,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<Activity> activities, Long version) {

    public Case {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        goals = goals == null ? List.of() : List.copyOf(goals);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }
}
