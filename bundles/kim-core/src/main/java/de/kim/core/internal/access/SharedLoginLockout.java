package de.kim.core.internal.access;

import de.kim.api.access.LoginLockout;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The one lockout of every entry that takes a password: REST and the SSH console (and JMX) count in the
 * same {@link LoginThrottle}, so that 20 wrong passwords on SSH lock the user on REST as well, and the
 * other way round. Configured where the REST settings are, {@code etc/de.kim.rest.cfg}
 * ({@code lockout.attempts}, {@code lockout.address.attempts}, {@code lockout.seconds}).
 */
@Component(service = LoginLockout.class, configurationPid = "de.kim.rest")
public final class SharedLoginLockout implements LoginLockout {

    @ObjectClassDefinition(name = "KIM login lockout")
    public @interface Config {
        @AttributeDefinition(description = "Wrong passwords in a row after which a user is locked")
        int lockout_attempts() default 5;

        @AttributeDefinition(description = "Wrong passwords in a row from one client address after which it is locked")
        int lockout_address_attempts() default 50;

        @AttributeDefinition(description = "Seconds a user or an address stays locked")
        int lockout_seconds() default 300;
    }

    private volatile LoginThrottle throttle;

    @Activate
    @Modified
    void configure(Config config) {
        // a new configuration starts with new counters, as a restart would
        this.throttle = new LoginThrottle(config.lockout_attempts(), config.lockout_address_attempts(),
                TimeUnit.SECONDS.toMillis(config.lockout_seconds()));
    }

    @Override
    public long lockedFor(String user, String address) {
        return throttle.lockedFor(user, address, System.currentTimeMillis());
    }

    @Override
    public void failed(String user, String address) {
        throttle.failed(user, address, System.currentTimeMillis());
    }

    @Override
    public long lockedAt(String user) {
        return throttle.lockedAt(user);
    }

    @Override
    public void succeeded(String user) {
        throttle.succeeded(user);
    }
}
