package de.kim.api.connect;

import java.util.List;

/**
 * What an import did, or in a dry run would do.
 *
 * @param source      the mapping's source name
 * @param dryRun      whether nothing was written
 * @param sha256      hash of the file
 * @param rows        data rows read
 * @param imported    clients created (in a dry run: that would be created)
 * @param casesOpened cases opened with them
 * @param unchanged   rows whose key an earlier run imported: skipped
 * @param errors      the rows that cannot be imported, in file order (at most 1,000 listed)
 * @param errorCount  all of them
 */
public record ImportResult(String source, boolean dryRun, String sha256, long rows, long imported, long casesOpened,
        long unchanged, List<RowError> errors, long errorCount) {

    public ImportResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
