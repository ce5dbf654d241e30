package de.kim.core.internal.export;

import de.kim.api.access.Caller;
import de.kim.api.connect.StateExport;
import de.kim.core.internal.clock.PlatformClock;
import de.kim.core.internal.clock.Schedules;
import de.kim.core.internal.cluster.Leases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
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
 * Exports the past year to the state on schedule: from the configured day of the following year on, if
 * the schedule has not exported that year yet, into {@code ${karaf.data}/exports} (recorded like any export).
 */
@Component(immediate = true, configurationPid = "de.kim.export")
@Designate(ocd = StateExportSchedule.Config.class)
public final class StateExportSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(StateExportSchedule.class);
    static final Caller SCHEDULE = de.kim.core.internal.access.CallerSeal.system("state-export-schedule");

    @ObjectClassDefinition(name = "KIM state export", description = "Scheduled export to the state's KIM database")
    public @interface Config {
        @AttributeDefinition(description = "Whether the past year is exported on schedule")
        boolean state_enabled() default true;

        @AttributeDefinition(description = "Day of the year (MM-dd) from which the previous year is exported")
        String state_day() default "02-15";

        @AttributeDefinition(description = "Formats written: json, csv or both (comma-separated)")
        String state_formats() default "json,csv";

        @AttributeDefinition(description = "Minutes between two checks whether an export is due")
        long state_check_minutes() default 60;

        @AttributeDefinition(description = "Seconds after the start of the first check")
        long state_first_check_seconds() default 90;
    }

    private final ScheduledExecutorService timer = Schedules.timer("kim-state-export");

    @Activate
    public StateExportSchedule(Config config, @Reference JpaStateExport export,
            @Reference(target = PlatformClock.TARGET) Clock clock, @Reference Leases leases) {
        if (!config.state_enabled()) {
            return;
        }
        MonthDay day = MonthDay.parse("--" + config.state_day().strip());
        timer.scheduleWithFixedDelay(() -> {
            if (leases.holds("state-export")) { // once per cluster
                check(export, clock, day, config.state_formats());
            }
        },
                Math.max(1, config.state_first_check_seconds()), Math.max(1, config.state_check_minutes()) * 60,
                TimeUnit.SECONDS);
    }

    private static void check(JpaStateExport export, Clock clock, MonthDay day, String formats) {
        try {
            Optional<Integer> due = Schedules.dueYear(LocalDate.now(clock), day, export.periodsExportedBy(SCHEDULE.user()));
            if (due.isEmpty()) {
                return;
            }
            Path folder = Paths.get(System.getProperty("karaf.data", "data"), "exports");
            Files.createDirectories(folder);
            for (String f : formats.split(",")) {
                StateExport.File file = export.export(SCHEDULE, due.get(),
                        StateExport.Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
                Files.write(folder.resolve(file.record().fileName()), file.content());
                LOG.info("State export of {} written on schedule: {} (sha256 {})", due.get(), file.record().fileName(),
                        file.record().sha256());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("State export not made this time: {}", e.toString());
        }
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }
}
