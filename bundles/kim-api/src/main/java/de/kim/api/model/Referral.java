package de.kim.api.model;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * A referral or hand-over of a case to another office.
 *
 * @param id           assigned by the platform
 * @param caseId       the case
 * @param toOfficeId   the receiving office
 * @param kind         HANDOVER passes the case to the receiving office when accepted; SERVICE asks it for a service
 * @param purpose      what for; a consent must cover it
 * @param note         the message to the receiving office
 * @param status       where it stands
 * @param outcome      the result, when completed or rejected
 * @param deadline     by when it must be dealt with, may be null
 * @param createdOn    when it was opened
 * @param transitionId the planned legal-domain change it carries out, may be null
 * @param version      for optimistic locking
 */
public record Referral(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long caseId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long toOfficeId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Kind kind,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Purpose purpose, String note,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Status status, String outcome, LocalDate deadline,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) LocalDate createdOn,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long transitionId, Long version) {

    /** Kinds of referral. */
    public enum Kind {
        HANDOVER, SERVICE
    }

    /** Where a referral stands, with the allowed transitions. */
    public enum Status {
        PROPOSED, SENT, ACCEPTED, REJECTED, COMPLETED, WITHDRAWN;

        public Set<Status> next() {
            return switch (this) {
                case PROPOSED -> EnumSet.of(SENT, WITHDRAWN);
                case SENT -> EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN);
                case ACCEPTED -> EnumSet.of(COMPLETED);
                default -> EnumSet.noneOf(Status.class);
            };
        }
    }
}
