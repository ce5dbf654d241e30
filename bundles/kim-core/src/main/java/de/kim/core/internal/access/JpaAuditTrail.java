package de.kim.core.internal.access;

import de.kim.api.access.AuditEntry;
import de.kim.api.model.Page;
import de.kim.api.access.AuditQuery;
import de.kim.api.access.AuditTrail;
import de.kim.api.access.Caller;
import de.kim.api.access.ChainVerification;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.core.internal.persistence.Transactions;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import javax.persistence.TypedQuery;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import java.io.IOException;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail: queries for the data-protection officer, the sealer that links committed rows
 * into the hash chain in batches (every {@code seal.interval.ms}, in the order they committed), and the
 * check of the whole chain.
 */
@Component(service = AuditTrail.class, configurationPid = "de.kim.audit")
@Designate(ocd = JpaAuditTrail.Config.class)
public final class JpaAuditTrail implements AuditTrail {
    private static final Logger LOG = LoggerFactory.getLogger(JpaAuditTrail.class);
    private static final int MAX_ROWS = 10_000;

    @ObjectClassDefinition(name = "KIM audit trail", description = "Sealing of the audit trail's hash chain")
    public @interface Config {
        @AttributeDefinition(description = "Milliseconds between two runs of the sealer")
        long seal_interval_ms() default 2000;

        @AttributeDefinition(description = "Rows linked into the chain per transaction of the sealer")
        int seal_batch() default 4000;

        @AttributeDefinition(description = "File of the audit keys (HMAC), outside the database; created at the first"
                + " start; read at start (default etc/kim-audit.keys)")
        String key_file() default "";

        @AttributeDefinition(description = "Append-only file of the signed checkpoints of the chain (default"
                + " data/kim-audit-checkpoints.log)")
        String checkpoint_file() default "";

        @AttributeDefinition(description = "Milliseconds between two checkpoints (when the chain grew); one more when"
                + " the platform stops")
        long checkpoint_interval_ms() default 60000;
    }

    private final Transactions tx;
    private final AuditLog log;
    private final AuditChain chain;
    private final AuditCheckpoints checkpoints;
    private final long checkpointNanos;
    private volatile long lastCheckpoint;
    private final ScheduledExecutorService sealer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kim-audit-sealer");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public JpaAuditTrail(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa, @Reference AuditLog log,
            @Reference(target = "(osgi.jndi.service.name=kim)") DataSource data, Config config) {
        this.tx = new Transactions(jpa);
        // deploy the persistence unit now (creates or extends the tables), before the sealer reads them
        jpa.txExpr(TransactionType.Supports, em -> em.getMetamodel());
        this.log = log;
        this.chain = new AuditChain(data, Math.max(1, Math.min(4000, config.seal_batch())), log.keys());
        this.checkpoints = new AuditCheckpoints(java.nio.file.Paths.get(config.checkpoint_file().isBlank()
                ? System.getProperty("karaf.data", "data") + "/kim-audit-checkpoints.log" : config.checkpoint_file()),
                log.keys());
        this.checkpointNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(1000, config.checkpoint_interval_ms()));
        this.lastCheckpoint = System.nanoTime();
        try {
            chain.prepare();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit table cannot be prepared for sealing: " + e.getMessage(), e);
        }
        if (!checkpoints.exists()) {
            try {
                if (chain.head() != null) {
                    LOG.warn("The audit trail has no checkpoint file ({}): it starts anew (after a restore, or the file was"
                            + " deleted); a cut-off tail before now cannot be detected", checkpoints.file());
                    log.recorded(CallerSeal.system("audit"), "audit checkpoints started anew", "no checkpoint file "
                            + checkpoints.file() + " for a chain of rows (restored, or the file was deleted)");
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warn("could not look at the audit chain's end: {}", e.toString());
            }
        }
        long interval = Math.max(50, config.seal_interval_ms());
        sealer.scheduleWithFixedDelay(this::sealQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Configuration changes take effect at the next start (so that a change does not restart every service). */
    @Modified
    void modified(Config config) {
        LOG.info("de.kim.audit changed: the sealer's and the checkpoints' settings take effect at the next start");
    }

    @Deactivate
    void stop() {
        sealer.shutdownNow();
        try {
            sealer.awaitTermination(10, TimeUnit.SECONDS);
            // the last rows and a checkpoint of the chain's end: rows cut off while the platform is stopped show
            sealCommitted();
            checkpoints.write(chain.head());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warn("the audit trail's last checkpoint could not be written: {}", e.toString());
        }
    }

    private void sealQuietly() {
        try {
            sealCommitted();
            if (System.nanoTime() - lastCheckpoint >= checkpointNanos) {
                lastCheckpoint = System.nanoTime();
                checkpoints.write(chain.head());
            }
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warn("sealing the audit trail failed, trying again: {}", e.toString());
        }
    }

    /** Writes a checkpoint of the chain's end now (after sealing what is committed). */
    void checkpoint() throws IOException, SQLException {
        sealCommitted();
        checkpoints.write(chain.head());
    }

    /**
     * Links the rows committed since the last run, as the audit log queued them, and sweeps the table
     * when rows may have missed the queue (first run after a start, an overflow, a failed batch).
     */
    private synchronized int sealCommitted() {
        int total = 0;
        try {
            List<Object[]> rows;
            do {
                rows = log.takeCommitted(chain.batch());
                try {
                    total += chain.link(rows);
                } catch (SQLException | RuntimeException e) {
                    log.markMissed();
                    throw e;
                }
            } while (rows.size() == chain.batch());
            if (log.takeMissed()) {
                try {
                    total += chain.sweep();
                } catch (SQLException | RuntimeException e) {
                    log.markMissed();
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sealing the audit trail failed: " + e.getMessage(), e);
        }
        return total;
    }

    /** Links every committed row not linked yet, including rows written by other processes (a sweep). */
    @Override
    public synchronized int seal() {
        log.markMissed();
        return sealCommitted();
    }

    @Override
    public void refused(String user, String action, String reason) {
        log.denied(new Caller(user == null ? "(anonymous)" : user, java.util.Set.of(), null, null, null),
                action.length() > 40 ? action.substring(0, 40) : action, null, null, reason);
    }

    @Override
    public String rotateKey(Caller caller) {
        require(caller, EnumSet.of(Role.ADMIN), "rotate the audit key");
        String before = log.keys().currentId();
        try {
            checkpoint();
        } catch (IOException | SQLException e) {
            LOG.warn("no checkpoint before the key rotation: {}", e.toString());
        }
        String id = log.keys().rotate();
        log.recorded(caller, "audit key rotated", "from " + before + " to " + id + " in " + log.keys().file());
        return id;
    }

    @Override
    public void recorded(String user, String action, String detail) {
        log.recorded(new Caller(user == null ? "(anonymous)" : user, java.util.Set.of(), null, null, null),
                action.length() > 40 ? action.substring(0, 40) : action, detail);
    }

    @Override
    public void administered(Caller caller, String action, String detail) {
        tx.maintain(em -> {
            log.allowed(em, caller, action, null, null, detail);
            return null;
        });
    }

    @Override
    public List<AuditEntry> entries(Caller caller, AuditQuery query) {
        int limit = query.limit() < 1 ? 1000 : Math.min(query.limit(), MAX_ROWS);
        return entryPage(caller, query, 0, limit).items();
    }

    @Override
    public Page<AuditEntry> entryPage(Caller caller, AuditQuery query, int page, int size) {
        require(caller, EnumSet.of(Role.DATA_PROTECTION, Role.SYSTEM), "read the audit trail");
        int rows = Math.max(1, Math.min(size, MAX_ROWS));
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.clientId() != null) {
            where.append(" AND a.clientId = :client");
        }
        if (query.user() != null) {
            where.append(" AND a.user = :user");
        }
        if (query.from() != null) {
            where.append(" AND a.at >= :from");
        }
        if (query.to() != null) {
            where.append(" AND a.at < :to");
        }
        List<String> hashes = query.searched() == null || query.searched().isBlank() ? List.of()
                : log.keyedUnderEveryKey(query.searched());
        if (query.searched() != null && !query.searched().isBlank()) {
            where.append(" AND (1 = 0");
            for (int i = 0; i < hashes.size(); i++) {
                where.append(" OR a.detail LIKE :searched").append(i);
            }
            where.append(")");
        }
        return tx.read(em -> {
            List<AuditEntity> found = bind(em.createQuery("SELECT a FROM AuditEntity a" + where + " ORDER BY a.id DESC",
                    AuditEntity.class), query, hashes).setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * rows))
                    .setMaxResults(rows).getResultList();
            long total = found.size() < rows && (page == 0 || !found.isEmpty()) ? (long) page * rows + found.size()
                    : bind(em.createQuery("SELECT COUNT(a) FROM AuditEntity a" + where, Long.class), query, hashes)
                            .getSingleResult();
            Map<Long, Long> seals;
            try {
                seals = chain.seals(found.stream().map(AuditEntity::id).toList());
            } catch (SQLException e) {
                throw new IllegalStateException("reading the audit chain failed: " + e.getMessage(), e);
            }
            return new Page<>(found.stream().map(a -> a.toModel(seals.get(a.id()))).toList(), page, rows, total);
        });
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, AuditQuery query, List<String> hashes) {
        for (int i = 0; i < hashes.size(); i++) {
            q.setParameter("searched" + i, "%" + hashes.get(i) + "%");
        }
        if (query.clientId() != null) {
            q.setParameter("client", query.clientId());
        }
        if (query.user() != null) {
            q.setParameter("user", query.user());
        }
        if (query.from() != null) {
            q.setParameter("from", query.from().toEpochMilli());
        }
        if (query.to() != null) {
            q.setParameter("to", query.to().toEpochMilli());
        }
        return q;
    }

    @Override
    public ChainVerification verify(Caller caller, LongConsumer progress) {
        require(caller, EnumSet.of(Role.DATA_PROTECTION, Role.ADMIN, Role.SYSTEM), "verify the audit trail");
        sealCommitted();
        try {
            return checkpoints.verify(chain, progress);
        } catch (IOException e) {
            throw new IllegalStateException("the audit checkpoints cannot be read: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("checking the audit trail failed: " + e.getMessage(), e);
        }
    }

    private static void require(Caller caller, EnumSet<Role> roles, String what) {
        if (!caller.hasAny(roles)) {
            throw new ForbiddenException("only the roles " + roles + " may " + what + "; user " + caller.user()
                    + " has role " + caller.auditRole());
        }
    }
}
