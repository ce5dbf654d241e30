package de.kim.core.internal.access;

import de.kim.api.access.AuditEntry;
import de.kim.api.access.Caller;
import de.kim.api.operations.HealthCheck;
import de.kim.api.operations.HealthState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.transaction.RollbackException;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes audit rows: an allowed action in the transaction of the work (so a rolled-back write leaves
 * no row), a denied one in a transaction of its own (so the denial stays when the work is refused).
 * Rows are linked into the hash chain later by the sealer, so writing one takes no lock on the chain:
 * once a row's transaction has committed, its columns wait here for the sealer, which therefore never
 * searches the table for unsealed rows. Rows that cannot reach this queue (a crash before sealing, rows
 * written by another process, a queue overflowing while the database is unavailable) make
 * {@link #takeMissed()} true, and the sealer then sweeps the table for them.
 */
@Component(service = {AuditLog.class, HealthCheck.class}, configurationPid = "de.kim.audit")
public final class AuditLog implements HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final EntityManagerFactory units;
    private final TransactionManager transactions;
    private final Clock clock;
    private final AuditKeys keys;
    /** Committed audit rows waiting to be linked into the chain (the sealer's backlog). */
    int waiting() {
        return waiting.get();
    }

    /** Committed rows held for the sealer at most; beyond, they wait in the table for a sweep. */
    private static final int MAX_WAITING = 200_000;
    private final Queue<Object[]> committed = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    /** True at start: rows of an earlier run may not be sealed yet. */
    private final AtomicBoolean missed = new AtomicBoolean(true);
    private volatile boolean enabled = true;
    /** The system property without which the audit trail cannot be switched off. */
    public static final String BENCHMARK = "kim.benchmark";

    @Activate
    public AuditLog(@Reference(target = "(osgi.unit.name=kim)") EntityManagerFactory units,
            @Reference TransactionManager transactions, Map<String, Object> config) {
        this.units = units;
        this.transactions = transactions;
        this.clock = Clock.systemUTC();
        Object file = config.get("key.file");
        this.keys = AuditKeys.open(java.nio.file.Paths.get(file == null || String.valueOf(file).isBlank()
                ? System.getProperty("karaf.etc", "etc") + "/kim-audit.keys" : String.valueOf(file).trim()));
        configure(config);
    }

    /**
     * {@code enabled = false} in {@code etc/de.kim.audit.cfg} switches the audit trail off, but only while the
     * platform runs with the benchmark setting {@code -Dkim.benchmark=true} (bin/setenv or EXTRA_JAVA_OPTS): for
     * the benchmark that measures the audit trail's cost, never on a system with real data. Without it the
     * switch is refused and the trail stays on. Switching it off or on is itself recorded first.
     */
    @Modified
    void configure(Map<String, Object> config) {
        boolean on = !"false".equalsIgnoreCase(String.valueOf(config.getOrDefault("enabled", "true")).trim());
        boolean before = enabled;
        if (!on && !Boolean.getBoolean(BENCHMARK)) {
            LOG.error("The audit trail cannot be switched off (de.kim.audit enabled = false): the platform does not run"
                    + " with the benchmark setting -D" + BENCHMARK + "=true. It stays ON.");
            if (units != null) {
                recordQuietly("audit switch-off refused", "enabled = false in de.kim.audit without -D" + BENCHMARK
                        + "=true: the audit trail stays on");
            }
            on = true;
        }
        if (!on) {
            LOG.warn("The audit trail is switched OFF (de.kim.audit enabled = false): reads and writes of personal"
                    + " data are not recorded. Only for benchmarks; switch it on again.");
        }
        if (before && !on) {
            recordQuietly("audit trail switched off", "benchmark setting -D" + BENCHMARK + "=true");
        }
        this.enabled = on;
        if (!before && on) {
            recordQuietly("audit trail switched on", null);
        }
    }

    /** Whether rows are written; false only under the benchmark setting. */
    public boolean enabled() {
        return enabled;
    }

    private void recordQuietly(String action, String detail) {
        try {
            recorded(new Caller("system:audit", java.util.Set.of(), null, null, null), action, detail);
        } catch (RuntimeException e) {
            LOG.error("could not record '{}' in the audit trail: {}", action, e.toString());
        }
    }

    @Override
    public List<HealthState> check() {
        return List.of(new HealthState("audit trail", enabled, enabled ? "on"
                : "OFF under the benchmark setting -D" + BENCHMARK + "=true: reads and writes of personal data are not"
                        + " recorded; not for production"));
    }

    public void allowed(EntityManager em, Caller caller, String action, String clientId, Long caseId, String detail) {
        if (!enabled) {
            return;
        }
        AuditEntity row = new AuditEntity(entry(caller, action, clientId, caseId, AuditEntry.ALLOWED, detail));
        em.persist(row);
        authenticate(em, row);
        try {
            Transaction work = transactions.getTransaction();
            if (work == null) {
                missed.set(true);
                return;
            }
            work.registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        committed(row);
                    }
                }
            });
        } catch (RollbackException | SystemException | IllegalStateException e) {
            missed.set(true);
        }
    }

    /** Signs the row before it is inserted: its id comes from the sequence at persist (flushed if it did not). */
    private void authenticate(EntityManager em, AuditEntity row) {
        if (row.id() == null) {
            em.flush();
        }
        row.authenticate(keys);
    }

    /**
     * An identifying request detail (a searched name, a date of birth) as the audit trail keeps it: a keyed hash
     * ({@link AuditKeys#term}), never the clear text, so that an erased person's name does not stay in the trail.
     */
    public String keyed(String term) {
        return term == null ? null : keys.term(null, term);
    }

    /** The keyed hashes of {@code term} under every key held: what a row of a search for it may carry. */
    public java.util.List<String> keyedUnderEveryKey(String term) {
        return keys.ids().stream().map(id -> keys.term(id, term)).filter(java.util.Objects::nonNull).toList();
    }

    /** The keys rows, links and checkpoints are signed with. */
    AuditKeys keys() {
        return keys;
    }

    private void committed(AuditEntity row) {
        if (row.id() == null || waiting.incrementAndGet() > MAX_WAITING) {
            if (row.id() != null) {
                waiting.decrementAndGet();
            }
            missed.set(true);
            return;
        }
        committed.add(row.hashedColumns());
    }

    /** Up to {@code max} rows committed since the last call, in the order they committed. */
    List<Object[]> takeCommitted(int max) {
        List<Object[]> rows = new ArrayList<>(Math.min(max, Math.max(1, waiting.get())));
        Object[] row;
        while (rows.size() < max && (row = committed.poll()) != null) {
            rows.add(row);
            waiting.decrementAndGet();
        }
        return rows;
    }

    /** Whether committed rows may be missing from the queue since the last call (then sweep the table). */
    boolean takeMissed() {
        return missed.getAndSet(false);
    }

    /** Makes the sealer sweep the table: rows were taken from the queue but not sealed, or written elsewhere. */
    void markMissed() {
        missed.set(true);
    }

    /**
     * Records a refusal in a transaction of its own, with an entity manager of its own: the work's
     * transaction is suspended meanwhile and rolls back afterwards without taking the row with it (the
     * entity manager of the work is bound to the work's transaction even in a nested RequiresNew).
     */
    public void denied(Caller caller, String action, String clientId, Long caseId, String reason) {
        separately(caller, action, clientId, caseId, AuditEntry.DENIED, reason);
    }

    /** Records an allowed event of an administrative entry (no personal data) in a transaction of its own. */
    public void recorded(Caller caller, String action, String detail) {
        separately(caller, action, null, null, AuditEntry.ALLOWED, detail);
    }

    private void separately(Caller caller, String action, String clientId, Long caseId, String outcome, String detail) {
        if (!enabled) {
            return;
        }
        AuditEntity row = new AuditEntity(entry(caller, action, clientId, caseId, outcome, detail));
        Transaction work = null;
        try {
            work = transactions.suspend();
            transactions.begin();
            EntityManager em = units.createEntityManager();
            try {
                em.joinTransaction();
                em.persist(row);
                authenticate(em, row);
                em.flush();
            } finally {
                em.close();
            }
            transactions.commit();
            committed(row);
        } catch (Exception e) {
            rollbackQuietly();
            throw new IllegalStateException("the event could not be recorded in the audit trail: " + e.getMessage(), e);
        } finally {
            if (work != null) {
                try {
                    transactions.resume(work);
                } catch (Exception e) {
                    LOG.error("the refused work's transaction could not be resumed", e);
                }
            }
        }
    }

    private void rollbackQuietly() {
        try {
            if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.warn("rolling back the audit row's transaction failed: {}", e.toString());
        }
    }

    private AuditEntry entry(Caller caller, String action, String clientId, Long caseId, String outcome,
            String detail) {
        return new AuditEntry(0, null, Instant.now(clock), caller.user(), caller.auditRole(), caller.officeId(),
                caller.municipality(), action, clientId, caseId,
                caller.purpose() == null ? null : caller.purpose().name(), outcome, detail);
    }
}
