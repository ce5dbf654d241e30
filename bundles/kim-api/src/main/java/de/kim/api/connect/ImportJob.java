package de.kim.api.connect;

import java.time.Instant;

/**
 * An import running in the background (started over REST), to be polled.
 *
 * @param id       the job
 * @param user     who started it
 * @param fileName the file's name
 * @param dryRun   whether it only checks
 * @param state    running, done or failed
 * @param done     rows handled so far (committed, in a real run)
 * @param total    rows in the file
 * @param started  when it started
 * @param finished when it ended, null while running
 * @param result   the outcome once done
 * @param problem  why it failed, if it did
 */
public record ImportJob(String id, String user, String fileName, boolean dryRun, State state, long done, long total,
        Instant started, Instant finished, ImportResult result, String problem) {

    public enum State {
        RUNNING, DONE, FAILED
    }
}
