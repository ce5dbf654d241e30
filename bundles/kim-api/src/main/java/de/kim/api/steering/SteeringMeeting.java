package de.kim.api.steering;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A meeting of the steering group (Steuerungsgruppe) with its agenda, drawn from the open structural
 * findings when it is scheduled, and the decisions recorded against them.
 *
 * @param id        assigned by the platform
 * @param date      the day of the meeting
 * @param title     e.g. "3. Sitzung der Steuerungsgruppe KIM 2025"
 * @param agenda    the findings on the agenda (read only: drawn from the open and raised findings)
 * @param decisions the decisions recorded
 * @param version   for optimistic locking
 */
public record SteeringMeeting(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<AgendaItem> agenda,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) List<Decision> decisions, Long version) {

    public SteeringMeeting {
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** A structural finding on the agenda. */
    public record AgendaItem(long findingId, String topic, String title, String status) {
    }

    /**
     * A decision of the steering group on a finding of the agenda.
     *
     * @param findingId   the finding decided on
     * @param text        what was decided
     * @param responsible who carries it out (an office or role, no personal data of clients)
     * @param dueDate     by when, may be null
     * @param resolves    whether the decision resolves the finding (it is then marked RESOLVED); default false
     */
    public record Decision(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long findingId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000) String text,
            @Schema(maxLength = 200) String responsible, LocalDate dueDate, Boolean resolves) {

        public boolean resolvesFinding() {
            return Boolean.TRUE.equals(resolves);
        }
    }
}
