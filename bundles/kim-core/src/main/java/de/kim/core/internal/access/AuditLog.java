package de.kim.core.internal.access;

import de.kim.api.access.AuditEntry;
import de.kim.api.access.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes audit rows: an allowed action in the transaction of the work (so a rolled-back write leaves
 * no row), a denied one in a transaction of its own (so the denial stays when the work is refused).
 * Rows are linked into the hash chain later by the sealer, so writing one takes no lock on the chain.
 */
@Component(service = AuditLog.class, configurationPid = "de.kim.audit")
public final class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final JpaTemplate jpa;
    private final Clock clock;
    private volatile boolean enabled = true;

    @Activate
    public AuditLog(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa, Map<String, Object> config) {
        this(jpa, Clock.systemUTC());
        configure(config);
    }

    /**
     * {@code enabled = false} in {@code etc/de.kim.audit.cfg} switches the audit trail off: only for the
     * benchmark that measures its cost, never on a system with real data.
     */
    @Modified
    void configure(Map<String, Object> config) {
        boolean on = !"false".equalsIgnoreCase(String.valueOf(config.getOrDefault("enabled", "true")).trim());
        if (!on) {
            LOG.warn("The audit trail is switched OFF (de.kim.audit enabled = false): reads and writes of personal"
                    + " data are not recorded. Only for benchmarks; switch it on again.");
        }
        this.enabled = on;
    }

    AuditLog(JpaTemplate jpa, Clock clock) {
        this.jpa = jpa;
        this.clock = clock;
    }

    public void allowed(EntityManager em, Caller caller, String action, String clientId, Long caseId, String detail) {
        if (!enabled) {
            return;
        }
        em.persist(new AuditEntity(entry(caller, action, clientId, caseId, AuditEntry.ALLOWED, detail)));
    }

    public void denied(Caller caller, String action, String clientId, Long caseId, String reason) {
        if (!enabled) {
            return;
        }
        AuditEntity row = new AuditEntity(entry(caller, action, clientId, caseId, AuditEntry.DENIED, reason));
        jpa.tx(TransactionType.RequiresNew, em -> em.persist(row));
    }

    private AuditEntry entry(Caller caller, String action, String clientId, Long caseId, String outcome,
            String detail) {
        return new AuditEntry(0, null, Instant.now(clock), caller.user(), caller.auditRole(), caller.officeId(),
                caller.municipality(), action, clientId, caseId,
                caller.purpose() == null ? null : caller.purpose().name(), outcome, detail);
    }
}
