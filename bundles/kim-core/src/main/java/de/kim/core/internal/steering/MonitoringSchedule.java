package de.kim.core.internal.steering;

import de.kim.api.access.Caller;
import de.kim.api.steering.MonitoringSnapshot;
import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.clock.Schedules;
import de.kim.core.internal.cluster.Leases;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * Takes the monitoring snapshot of each period once it is over: from the configured day of the following
 * year on (default 31 January, when the year's data are complete), if none was taken for it yet.
 */
@Component(immediate = true, configurationPid = "de.kim.steering")
@Designate(ocd = MonitoringSchedule.Config.class)
public final class MonitoringSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(MonitoringSchedule.class);
    private static final Caller SCHEDULE = de.kim.core.internal.access.CallerSeal.system("monitoring-schedule");

    @ObjectClassDefinition(name = "KIM steering", description = "Monitoring snapshot schedule")
    public @interface Config {
        @AttributeDefinition(description = "Whether the snapshot of each past year is taken on schedule")
        boolean snapshot_enabled() default true;

        @AttributeDefinition(description = "Day of the year (MM-dd) from which the previous year's snapshot is taken")
        String snapshot_day() default "01-31";

        @AttributeDefinition(description = "Minutes between two checks whether a snapshot is due")
        long snapshot_check_minutes() default 60;

        @AttributeDefinition(description = "Seconds after the start until the first check (not during the start itself)")
        long snapshot_first_check_seconds() default 60;
    }

    private final ScheduledExecutorService timer = Schedules.timer("kim-monitoring-schedule");

    @Activate
    public MonitoringSchedule(Config config, @Reference JpaSteeringService steering,
            @Reference(target = PlatformClock.TARGET) Clock clock, @Reference Leases leases) {
        if (!config.snapshot_enabled()) {
            return;
        }
        MonthDay day = MonthDay.parse("--" + config.snapshot_day().strip());
        long minutes = Math.max(1, config.snapshot_check_minutes());
        // the first check a while after the start (default a minute), so that it does not compete with the start
        timer.scheduleWithFixedDelay(() -> {
            if (leases.holds("monitoring-snapshot")) { // once per cluster
                check(steering, clock, day);
            }
        }, Math.max(1, config.snapshot_first_check_seconds()), minutes * 60, TimeUnit.SECONDS);
    }

    private static void check(JpaSteeringService steering, Clock clock, MonthDay day) {
        try {
            Set<Integer> taken = steering.snapshotPeriods();
            Schedules.dueYear(LocalDate.now(clock), day, taken).ifPresent(year -> {
                MonitoringSnapshot s = steering.takeSnapshot(SCHEDULE, year);
                LOG.info("Monitoring snapshot of {} taken on schedule (id {}, sha256 {})", year, s.id(), s.sha256());
            });
        } catch (RuntimeException e) {
            LOG.warn("Monitoring snapshot not taken this time: {}", e.getMessage());
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
