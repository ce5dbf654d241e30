package de.kim.core.internal.operations;

import de.kim.api.access.AuditTrail;
import de.kim.api.access.Caller;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.api.operations.ReadOnlyMode;
import de.kim.api.operations.ReadOnlyState;
import de.kim.core.internal.persistence.Transactions;
import java.time.Instant;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only switch, kept as the setting {@code read-only} in the database (value: the reason,
 * or null when writable) so that it survives a restart. On a switch it tells every write of the core
 * ({@link Transactions}); the switch and its audit row are the only writes while it is on.
 */
@Component(service = ReadOnlyMode.class, immediate = true)
public final class JpaReadOnlyMode implements ReadOnlyMode {
    private static final Logger LOG = LoggerFactory.getLogger(JpaReadOnlyMode.class);
    static final String SETTING = "read-only";
    private static final String ON = "on";

    private final Transactions tx;
    private final AuditTrail audit;
    private volatile ReadOnlyState state;

    @Activate
    public JpaReadOnlyMode(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa, @Reference AuditTrail audit) {
        this.tx = new Transactions(jpa);
        this.audit = audit;
        this.state = tx.maintain(em -> toState(em.find(SettingEntity.class, SETTING)));
        Transactions.readOnly(state);
        if (state.readOnly()) {
            LOG.warn("The platform starts in read-only mode (since {}, by {}): changes are refused", state.since(),
                    state.switchedBy());
        }
    }

    @Override
    public ReadOnlyState state() {
        return state;
    }

    @Override
    public synchronized ReadOnlyState switchTo(Caller caller, boolean readOnly, String reason) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.SYSTEM)) {
            throw new ForbiddenException("only administrators switch the read-only mode");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > 400) {
            why = why.substring(0, 400);
        }
        String value = readOnly ? ON + (why == null ? "" : ":" + why) : null;
        ReadOnlyState next = tx.maintain(em -> {
            SettingEntity setting = em.find(SettingEntity.class, SETTING);
            if (setting == null) {
                setting = new SettingEntity(SETTING);
                em.persist(setting);
            }
            setting.change(value, System.currentTimeMillis(), caller.user());
            return toState(setting);
        });
        state = next;
        Transactions.readOnly(next);
        audit.administered(caller, readOnly ? "operations.read-only.on" : "operations.read-only.off",
                why == null ? null : "reason: " + why);
        LOG.warn("Read-only mode switched {} by {}{}", readOnly ? "on" : "off", caller.user(),
                why == null ? "" : " (" + why + ")");
        return next;
    }

    private static ReadOnlyState toState(SettingEntity setting) {
        if (setting == null) {
            return ReadOnlyState.WRITABLE;
        }
        String value = setting.value();
        boolean on = value != null && value.startsWith(ON);
        String reason = on && value.length() > ON.length() + 1 ? value.substring(ON.length() + 1) : null;
        return new ReadOnlyState(on, Instant.ofEpochMilli(setting.changedAt()), setting.changedBy(), reason);
    }
}
