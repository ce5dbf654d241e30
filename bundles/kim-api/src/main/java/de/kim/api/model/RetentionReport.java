package de.kim.api.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a retention run deleted (or, in a dry run, would delete), by rule.
 *
 * @param day     the day the run counted from
 * @param dryRun  whether nothing was deleted
 * @param deleted one entry per deleted record
 * @param held    cases whose period passed but that are on legal hold
 */
public record RetentionReport(LocalDate day, boolean dryRun, List<Deletion> deleted, List<Long> held) {

    /**
     * One deleted record.
     *
     * @param record   {@code CASE} or {@code CLIENT}
     * @param clientId the client
     * @param caseId   the case, null for a client
     * @param rule     the retention rule that let it go
     * @param expired  the day its period ended
     */
    public record Deletion(String record, String clientId, Long caseId, String rule, LocalDate expired) {
    }
}
