package de.kim.api.connect;

import java.time.Instant;

/**
 * One export to the state's KIM database, as recorded.
 *
 * @param id         the record
 * @param period     the year exported
 * @param format     json or csv
 * @param createdAt  when
 * @param createdBy  who (a user, or {@code system:state-export-schedule})
 * @param fileName   the file's name
 * @param sha256     hash of the file
 * @param bytes      its size
 * @param cells      figures in it
 * @param suppressed figures withheld by small-cell suppression (exported as null)
 */
public record StateExportRecord(long id, int period, String format, Instant createdAt, String createdBy,
        String fileName, String sha256, long bytes, int cells, int suppressed) {
}
