package de.kim.api.steering;

import java.time.Instant;
import java.util.List;

/**
 * The figures of a period as published: computed once (by the schedule or on demand) and kept unchanged,
 * so later corrections of the data do not rewrite what the steering group saw.
 *
 * @param id       assigned by the platform
 * @param period   the year
 * @param takenAt  when it was computed
 * @param takenBy  user, or "system" for the schedule
 * @param sha256   hash of the stored figures
 * @param figures  the indicators side by side, as computed then
 * @param caseloads the caseloads, as computed then
 */
public record MonitoringSnapshot(Long id, int period, Instant takenAt, String takenBy, String sha256,
        List<SteeringFigures> figures, List<Caseload> caseloads) {
}
