package de.kim.core.internal.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The platform's clock, injected into every service that decides by date (deadlines, consents,
 * retention, phases), so that those rules run on German calendar days whatever the server's time
 * zone, and tests and demonstrations can move "today".
 */
@Component(service = Clock.class, configurationPid = "de.kim.clock", property = PlatformClock.TARGET_PROPERTY)
@Designate(ocd = PlatformClock.Config.class)
public final class PlatformClock extends Clock {
    /** The service property that tells this clock from any other {@link Clock} service. */
    static final String TARGET_PROPERTY = "kim.clock=platform";
    /** The reference target for components of kim-core. */
    public static final String TARGET = "(" + TARGET_PROPERTY + ")";

    @ObjectClassDefinition(name = "KIM clock", description = "The time zone of the platform's calendar days")
    public @interface Config {
        @AttributeDefinition(description = "Time zone of calendar days (deadlines, consents, retention)")
        String zone() default "Europe/Berlin";

        @AttributeDefinition(description = "Test systems only: the date the platform takes as today "
                + "(yyyy-MM-dd; time keeps running from there). Empty: the real date.")
        String today() default "";
    }

    private final Clock delegate;

    @Activate
    public PlatformClock(Config config) {
        this(clockOf(config.zone(), config.today()));
    }

    private PlatformClock(Clock delegate) {
        this.delegate = delegate;
    }

    static Clock clockOf(String zone, String today) {
        Clock real = Clock.system(ZoneId.of(zone == null || zone.isBlank() ? "Europe/Berlin" : zone.trim()));
        if (today == null || today.isBlank()) {
            return real;
        }
        LocalDate target = LocalDate.parse(today.trim());
        LocalDate now = LocalDate.now(real);
        return Clock.offset(real, Duration.between(now.atStartOfDay(real.getZone()),
                target.atStartOfDay(real.getZone())));
    }

    @Override
    public ZoneId getZone() {
        return delegate.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new PlatformClock(delegate.withZone(zone));
    }

    @Override
    public Instant instant() {
        return delegate.instant();
    }
}
