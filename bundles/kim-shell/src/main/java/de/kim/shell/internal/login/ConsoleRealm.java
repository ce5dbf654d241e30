package de.kim.shell.internal.login;

import de.kim.api.access.AuditTrail;
import de.kim.api.access.LoginLockout;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The JAAS realm {@code kim} of the SSH console and JMX ({@code sshRealm} in etc/org.apache.karaf.shell.cfg,
 * {@code jmxRealm} in etc/org.apache.karaf.management.cfg): one {@link ConsoleLoginModule} that checks the
 * password in the realm {@code karaf} (users.properties), shares the REST lockout and records every login,
 * failure and lockout in the audit trail. JAAS creates login modules itself, so the module finds the
 * services through the realm that is active.
 */
@Component(service = JaasRealm.class, property = "org.apache.karaf.jaas.realm=kim")
public final class ConsoleRealm implements JaasRealm {
    static final String NAME = "kim";
    /** The realm whose modules check the password. */
    static final String DELEGATE = "karaf";

    private static volatile ConsoleRealm active;

    private final LoginLockout lockout;
    private final AuditTrail audit;
    private final long bundleId;

    @Activate
    public ConsoleRealm(@Reference LoginLockout lockout, @Reference AuditTrail audit, BundleContext context) {
        this.lockout = lockout;
        this.audit = audit;
        this.bundleId = context.getBundle().getBundleId();
        active = this;
    }

    @Deactivate
    void stop() {
        if (active == this) {
            active = null;
        }
    }

    /** The realm now registered, null while there is none (the console then refuses every login). */
    static ConsoleRealm active() {
        return active;
    }

    LoginLockout lockout() {
        return lockout;
    }

    AuditTrail audit() {
        return audit;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                Map.of(ProxyLoginModule.PROPERTY_MODULE, ConsoleLoginModule.class.getName(),
                        ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(bundleId)))};
    }
}
