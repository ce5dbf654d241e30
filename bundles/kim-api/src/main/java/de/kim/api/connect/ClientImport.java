package de.kim.api.connect;

import de.kim.api.access.Caller;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Imports a list of clients (and their cases) from CSV or XLSX, as a case manager or coordinator
 * whose scope covers every row's municipality. A real run commits in batches and records each row's
 * external key ({@code source} + key column) with its client: a crash loses no committed batch, and a
 * second run of the same list skips what is there.
 */
@ProviderType
public interface ClientImport {

    /** Called while an import runs: rows handled of all rows. */
    @FunctionalInterface
    interface Progress {
        void at(long done, long total);

        static Progress none() {
            return (done, total) -> {
            };
        }
    }

    /**
     * Reads the mapping file (JSON).
     *
     * @throws de.kim.api.ValidationException if it is not a mapping
     */
    ImportMapping mapping(byte[] json);

    /**
     * Runs an import in the caller's thread.
     *
     * @param fileName tells the format: {@code .xlsx} or else CSV
     * @throws de.kim.api.ValidationException if the file or the mapping cannot be read at all (rows are
     *                                        reported in the result, not thrown)
     */
    ImportResult run(Caller caller, String fileName, byte[] content, ImportMapping mapping, boolean dryRun,
            Progress progress);

    /** Starts {@link #run} in the background. */
    ImportJob start(Caller caller, String fileName, byte[] content, ImportMapping mapping, boolean dryRun);

    /** @throws de.kim.api.NotFoundException if there is no such job of the caller */
    ImportJob job(Caller caller, String id);

    /** The caller's jobs since the start (of all users' ended jobs the last 100 are kept), newest first. */
    List<ImportJob> jobs(Caller caller);
}
