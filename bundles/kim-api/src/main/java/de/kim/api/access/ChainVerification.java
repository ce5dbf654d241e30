package de.kim.api.access;

/**
 * The result of checking the audit trail's hash chain from its first row.
 *
 * @param checked        sealed rows checked
 * @param unsealed       rows written but not yet linked into the chain
 * @param firstBrokenId  the id of the first row that does not verify, null if all do
 * @param firstBrokenSeal its chain position (or the position where a row is missing)
 * @param problem        what is wrong with it, null if nothing
 * @param millis         how long the check took
 */
public record ChainVerification(long checked, long unsealed, Long firstBrokenId, Long firstBrokenSeal, String problem,
        long millis) {

    public boolean intact() {
        return problem == null;
    }
}
