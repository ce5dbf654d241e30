package de.kim.core.internal.outbox;

import de.kim.api.model.Referral;
import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.clock.Schedules;
import de.kim.core.internal.cluster.Leases;
import de.kim.core.internal.events.DomainEvents;
import de.kim.core.internal.persistence.Transactions;
import de.kim.core.internal.store.ReferralEntity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the event {@code handover.deadline-due} once for every open hand-over whose deadline is within
 * the warning days (or passed): looked for at the start and then regularly. The event's key is the
 * referral and its deadline, so a moved deadline is announced again and an unchanged one never twice.
 */
@Component(immediate = true, configurationPid = "de.kim.webhooks")
public final class HandoverDeadlines {
    private static final Logger LOG = LoggerFactory.getLogger(HandoverDeadlines.class);
    static final String TOPIC = "de/kim/handover/DEADLINE_DUE";
    private static final EnumSet<Referral.Status> OPEN = EnumSet.of(Referral.Status.PROPOSED, Referral.Status.SENT,
            Referral.Status.ACCEPTED);

    /** Read from etc/de.kim.webhooks.cfg (described there; the metatype is the outbox worker's). */
    public @interface Config {
        /** Days before a hand-over deadline from which it is announced as due. */
        int deadline_warn_days() default 14;

        /** Minutes between two looks for due deadlines. */
        long deadline_check_minutes() default 60;

        /** Seconds after the start of the first look. */
        long deadline_first_check_seconds() default 30;
    }

    private final ScheduledExecutorService timer = Schedules.timer("kim-handover-deadlines");

    @Activate
    public HandoverDeadlines(Config config, @Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference DomainEvents events, @Reference(target = PlatformClock.TARGET) Clock clock,
            @Reference Leases leases) {
        Transactions tx = new Transactions(jpa);
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (!leases.holds("handover-deadlines")) {
                    return; // another node of the cluster looks
                }
                int written = announce(tx, events, LocalDate.now(clock).plusDays(Math.max(0, config.deadline_warn_days())));
                if (written > 0) {
                    LOG.info("{} hand-over deadline(s) announced as due", written);
                }
            } catch (RuntimeException e) {
                LOG.debug("Hand-over deadlines not looked at this time: {}", e.toString());
            }
        }, Math.max(1, config.deadline_first_check_seconds()), Math.max(1, config.deadline_check_minutes()) * 60,
                TimeUnit.SECONDS);
    }

    static int announce(Transactions tx, DomainEvents events, LocalDate until) {
        return tx.write(em -> {
            List<ReferralEntity> due = em.createQuery("SELECT r FROM ReferralEntity r WHERE r.kind = :handover"
                    + " AND r.deadline IS NOT NULL AND r.deadline <= :until AND r.status IN :open",
                    ReferralEntity.class).setParameter("handover", Referral.Kind.HANDOVER)
                    .setParameter("until", until).setParameter("open", OPEN).getResultList();
            int written = 0;
            for (ReferralEntity entity : due) {
                Referral r = entity.toModel();
                Map<String, Object> data = new HashMap<>();
                data.put("referralId", r.id());
                data.put("caseId", r.caseId());
                data.put("officeId", r.toOfficeId());
                data.put("purpose", r.purpose().name());
                data.put("status", r.status().name());
                data.put("deadline", r.deadline().toString());
                if (events.publishOnce(em, "deadline-due:" + r.id() + ":" + r.deadline(), TOPIC, data)) {
                    written++;
                }
            }
            return written;
        });
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
