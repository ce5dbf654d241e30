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
    }

    private final Transactions tx;
    private final AuditLog log;
    private final AuditChain chain;
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
        this.chain = new AuditChain(data, Math.max(1, Math.min(4000, config.seal_batch())));
        try {
            chain.prepare();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit table cannot be prepared for sealing: " + e.getMessage(), e);
        }
        long interval = Math.max(50, config.seal_interval_ms());
        sealer.scheduleWithFixedDelay(this::sealQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Deactivate
    void stop() {
        sealer.shutdownNow();
    }

    private void sealQuietly() {
        try {
            sealCommitted();
        } catch (RuntimeException e) {
            LOG.warn("sealing the audit trail failed, trying again: {}", e.toString());
        }
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
        return tx.read(em -> {
            List<AuditEntity> found = bind(em.createQuery("SELECT a FROM AuditEntity a" + where + " ORDER BY a.id DESC",
                    AuditEntity.class), query).setFirstResult((int) Math.min(Integer.MAX_VALUE, (long) page * rows))
                    .setMaxResults(rows).getResultList();
            long total = found.size() < rows && (page == 0 || !found.isEmpty()) ? (long) page * rows + found.size()
                    : bind(em.createQuery("SELECT COUNT(a) FROM AuditEntity a" + where, Long.class), query)
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

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, AuditQuery query) {
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
            return chain.verify(progress);
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
