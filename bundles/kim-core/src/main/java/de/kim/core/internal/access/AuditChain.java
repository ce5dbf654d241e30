package de.kim.core.internal.access;

import de.kim.api.access.ChainVerification;
import java.util.List;
import java.util.function.LongConsumer;
import javax.persistence.EntityManager;

/** Links audit rows into the hash chain, and checks the chain, inside a transaction given to it. */
final class AuditChain {
    private static final int PAGE = 20_000;

    private final int batch;

    AuditChain(int batch) {
        this.batch = batch;
    }

    int batch() {
        return batch;
    }

    /** Seals up to {@link #batch()} committed rows in the order of their ids; the number sealed. */
    int sealBatch(EntityManager em) {
        List<AuditEntity> pending = em.createQuery("SELECT a FROM AuditEntity a WHERE a.seal IS NULL ORDER BY a.id",
                AuditEntity.class).setMaxResults(batch).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        List<?> last = em.createNativeQuery("SELECT SEAL, HASH FROM KIM_AUDIT WHERE SEAL = (SELECT MAX(SEAL) FROM KIM_AUDIT)")
                .getResultList();
        long seal = last.isEmpty() ? 0 : ((Number) ((Object[]) last.get(0))[0]).longValue();
        String previous = last.isEmpty() ? ChainHash.GENESIS : (String) ((Object[]) last.get(0))[1];
        ChainHash hash = new ChainHash();
        for (AuditEntity row : pending) {
            seal++;
            String current = hash.of(seal, row.hashedColumns(), previous);
            row.seal(seal, previous, current);
            previous = current;
        }
        em.flush();
        return pending.size();
    }

    /** Checks every sealed row, page by page in chain order, and counts the rows not yet sealed. */
    ChainVerification verify(EntityManager em, LongConsumer progress) {
        long started = System.nanoTime();
        ChainHash hash = new ChainHash();
        String previous = ChainHash.GENESIS;
        long expected = 1;
        long checked = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT SEAL, PREVIOUS_HASH, HASH, " + AuditColumns.SEALED
                    + " FROM KIM_AUDIT WHERE SEAL >= ? ORDER BY SEAL").setParameter(1, expected)
                    .setMaxResults(PAGE).getResultList();
            for (Object[] row : rows) {
                long seal = ((Number) row[0]).longValue();
                Long id = ((Number) row[3]).longValue();
                if (seal != expected) {
                    return broken(id, expected, "row " + expected + " of the chain is missing (deleted)", checked,
                            em, started);
                }
                Object[] columns = java.util.Arrays.copyOfRange(row, 3, row.length);
                if (!previous.equals(row[1]) || !hash.of(seal, columns, previous).equals(row[2])) {
                    return broken(id, seal, "row " + id + " (chain position " + seal
                            + ") does not match its hash: changed, inserted or re-linked", checked, em, started);
                }
                previous = (String) row[2];
                expected++;
                checked++;
                if (checked % 100_000 == 0) {
                    progress.accept(checked);
                }
            }
            if (rows.size() < PAGE) {
                break;
            }
        }
        progress.accept(checked);
        return new ChainVerification(checked, unsealed(em), null, null, null, millis(started));
    }

    private static ChainVerification broken(Long id, long seal, String problem, long checked, EntityManager em,
            long started) {
        return new ChainVerification(checked, unsealed(em), id, seal, problem, millis(started));
    }

    private static long unsealed(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM KIM_AUDIT WHERE SEAL IS NULL").getSingleResult())
                .longValue();
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
