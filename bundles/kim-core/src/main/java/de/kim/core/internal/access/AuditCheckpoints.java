package de.kim.core.internal.access;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Signed checkpoints of the audit chain outside the database: an append-only file (by default
 * {@code data/kim-audit-checkpoints.log}) to which the platform adds, at intervals and when it stops, the chain's
 * last position and hash, the time and an HMAC under the audit key. Whoever cuts rows off the end of the chain
 * in the database (or rewrites it) cannot make the chain agree with a checkpoint written before: the check names
 * the first position a checkpoint saw that is missing or different now.
 */
final class AuditCheckpoints {
    private final Path file;
    private final AuditKeys keys;
    private long lastSeal = -1;

    AuditCheckpoints(Path file, AuditKeys keys) {
        this.file = file;
        this.keys = keys;
    }

    Path file() {
        return file;
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Appends a checkpoint of {@code head} unless the last one written here saw the same position. */
    synchronized void write(AuditChain.Head head) throws IOException {
        if (head == null || head.seal() == lastSeal) {
            return;
        }
        String body = head.seal() + " " + head.hash() + " " + Instant.now();
        String line = body + " " + keys.sign("checkpoint " + body) + "\n";
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, line.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        lastSeal = head.seal();
    }

    /**
     * Checks the chain in the database ({@link AuditChain#verify}) and against the checkpoints; the first problem
     * in chain order of either.
     */
    de.kim.api.access.ChainVerification verify(AuditChain chain, java.util.function.LongConsumer progress)
            throws IOException, SQLException {
        de.kim.api.access.ChainVerification result = chain.verify(progress);
        AuditChain.Break outside = check(chain);
        if (outside == null || result.problem() != null && result.firstBrokenSeal() != null
                && result.firstBrokenSeal() <= outside.seal()) {
            return result;
        }
        return new de.kim.api.access.ChainVerification(Math.min(result.checked(), Math.max(0, outside.seal() - 1)),
                result.unsealed(), outside.id(), outside.seal() == Long.MAX_VALUE ? null : outside.seal(),
                outside.problem(), result.millis());
    }

    /**
     * The first problem the checkpoints show in {@code chain}: a line that does not verify (the file was changed),
     * a position a checkpoint saw that is missing now (the tail was cut off) or whose hash differs (rewritten);
     * null if every checkpoint agrees.
     */
    AuditChain.Break check(AuditChain chain) throws IOException, SQLException {
        if (!exists()) {
            return null;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        AuditChain.Head head = chain.head();
        long end = head == null ? 0 : head.seal();
        AuditChain.Break first = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] part = line.split(" ");
            int cut = line.lastIndexOf(' ');
            if (part.length != 4 || !keys.verifies("checkpoint " + line.substring(0, cut), line.substring(cut + 1))) {
                return new AuditChain.Break(Long.MAX_VALUE, null, "line " + (i + 1) + " of the checkpoint file " + file
                        + " does not verify with the audit key: the file was changed");
            }
            long seal = Long.parseLong(part[0]);
            String hash = chain.hashAt(seal);
            AuditChain.Break found = null;
            if (hash == null) {
                found = new AuditChain.Break(end + 1, null, "chain position " + (end + 1) + " is missing: the chain ends at"
                        + " position " + end + " but the checkpoint of " + part[2] + " saw position " + seal
                        + " (rows were cut off the end)");
            } else if (!hash.equals(part[1])) {
                found = new AuditChain.Break(seal, null, "chain position " + seal + " differs from the checkpoint of "
                        + part[2] + ": the chain was rewritten");
            }
            if (found != null) {
                first = found.earlier(first);
            }
        }
        return first;
    }
}
