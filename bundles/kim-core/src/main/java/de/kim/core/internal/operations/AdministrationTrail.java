package de.kim.core.internal.operations;

import de.kim.api.access.AuditTrail;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.AccessControlContext;
import java.security.AccessController;
import java.security.Principal;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.security.auth.Subject;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.cm.ConfigurationEvent;
import org.osgi.service.cm.ConfigurationListener;
import org.osgi.service.cm.SynchronousConfigurationListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every administrative change to the audit trail: a configuration created, changed or deleted (any
 * PID, by console, file or REST: the PID and the names of the keys that changed, never their values), a
 * bundle installed, updated or uninstalled (feature installs included), and the users and roles of the realm
 * file {@code etc/users.properties} changed. Who: the logged-in console user where the change ran in a
 * console session, else {@code system:<entry>} (a file changed under etc/). The events are taken where they
 * happen (to know the user) and written by a thread of their own, so that a configuration update never waits
 * for the database.
 */
@Component(service = {}, immediate = true)
public final class AdministrationTrail implements SynchronousConfigurationListener, SynchronousBundleListener {
    private static final Logger LOG = LoggerFactory.getLogger(AdministrationTrail.class);
    private static final int DETAIL = 480;

    private final AuditTrail audit;
    private final ConfigurationAdmin configurations;
    private final BundleContext context;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> daemon(r, "kim-administration-trail"));
    private final ScheduledExecutorService realmWatch =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "kim-realm-watch"));
    /** Per PID the hash of each key's value as last seen: tells which keys changed without keeping values. */
    private final Map<String, Map<String, Integer>> known = new HashMap<>();
    private final Path realmFile;
    private volatile Map<String, String> realm;
    private ServiceRegistration<?> registration;

    @Activate
    public AdministrationTrail(@Reference AuditTrail audit, @Reference ConfigurationAdmin configurations,
            BundleContext context) {
        this.audit = audit;
        this.configurations = configurations;
        this.context = context;
        this.realmFile = Paths.get(System.getProperty("karaf.etc", "etc"), "users.properties");
        try {
            Configuration[] all = configurations.listConfigurations(null);
            if (all != null) {
                for (Configuration c : all) {
                    known.put(c.getPid(), hashes(c.getProperties()));
                }
            }
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            LOG.warn("could not read the configurations to compare later changes with: {}", e.toString());
        }
        this.realm = realmUsers();
        context.addBundleListener(this);
        // as a synchronous listener: called in the thread that changes the configuration, whose console user is known
        this.registration = context.registerService(new String[] {ConfigurationListener.class.getName(),
            SynchronousConfigurationListener.class.getName()}, this, null);
        realmWatch.scheduleWithFixedDelay(this::checkRealm, 2, 2, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        registration.unregister();
        context.removeBundleListener(this);
        realmWatch.shutdownNow();
        writer.shutdown();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.setContextClassLoader(AdministrationTrail.class.getClassLoader());
        return t;
    }

    @Override
    public void configurationEvent(ConfigurationEvent event) {
        String who = who("configuration");
        String pid = event.getPid();
        String what;
        String detail;
        synchronized (known) {
            if (event.getType() == ConfigurationEvent.CM_DELETED) {
                known.remove(pid);
                what = "configuration deleted";
                detail = pid;
            } else if (event.getType() == ConfigurationEvent.CM_UPDATED) {
                Map<String, Integer> now = current(pid);
                Map<String, Integer> before = known.put(pid, now);
                if (before != null && before.equals(now)) {
                    return;
                }
                what = before == null ? "configuration created" : "configuration changed";
                detail = pid + ": " + changedKeys(before == null ? Map.of() : before, now);
            } else {
                return;
            }
        }
        write(who, what, detail);
    }

    private Map<String, Integer> current(String pid) {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + pid + ")");
            return found == null || found.length == 0 ? Map.of() : hashes(found[0].getProperties());
        } catch (IOException | org.osgi.framework.InvalidSyntaxException e) {
            return Map.of();
        }
    }

    private static Map<String, Integer> hashes(Dictionary<String, Object> properties) {
        Map<String, Integer> hashes = new HashMap<>();
        if (properties != null) {
            for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                Object value = properties.get(key);
                hashes.put(key, value instanceof Object[] array ? java.util.Arrays.deepHashCode(array)
                        : Objects.hashCode(value));
            }
        }
        return hashes;
    }

    /** The names of the keys added, removed or changed: {@code keys enabled, seal.batch}. */
    static String changedKeys(Map<String, Integer> before, Map<String, Integer> now) {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, Integer> e : now.entrySet()) {
            if (!Objects.equals(before.get(e.getKey()), e.getValue())) {
                changed.add(e.getKey());
            }
        }
        for (String key : before.keySet()) {
            if (!now.containsKey(key)) {
                changed.add(key + " (removed)");
            }
        }
        changed.remove("felix.fileinstall.filename");
        return changed.isEmpty() ? "no key changed" : "keys " + String.join(", ", changed);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        String what = switch (event.getType()) {
            case BundleEvent.INSTALLED -> "bundle installed";
            case BundleEvent.UPDATED -> "bundle updated";
            case BundleEvent.UNINSTALLED -> "bundle uninstalled";
            default -> null;
        };
        if (what != null) {
            Bundle b = event.getBundle();
            write(who("bundle"), what, b.getSymbolicName() + " " + b.getVersion() + " (id " + b.getBundleId() + ", "
                    + b.getLocation() + ")");
        }
    }

    /** The console user of the thread's session, else {@code system:<entry>}. */
    @SuppressWarnings("removal")
    private static String who(String entry) {
        AccessControlContext acc = AccessController.getContext();
        Subject subject = acc == null ? null : Subject.getSubject(acc);
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p.getClass().getName().equals("org.apache.karaf.jaas.boot.principal.UserPrincipal")) {
                    return p.getName();
                }
            }
        }
        return "system:" + entry;
    }

    private void checkRealm() {
        try {
            Map<String, String> now = realmUsers();
            Map<String, String> before = realm;
            if (now.equals(before)) {
                return;
            }
            realm = now;
            Set<String> added = new TreeSet<>(now.keySet());
            added.removeAll(before.keySet());
            Set<String> removed = new TreeSet<>(before.keySet());
            removed.removeAll(now.keySet());
            Set<String> roles = new TreeSet<>();
            for (String user : now.keySet()) {
                if (before.containsKey(user) && !before.get(user).equals(now.get(user))) {
                    roles.add(user);
                }
            }
            write("system:realm", "realm changed", "etc/users.properties: users added " + added + ", removed "
                    + removed + ", roles or password changed " + roles);
        } catch (RuntimeException e) {
            LOG.warn("could not compare the realm file: {}", e.toString());
        }
    }

    /** User (and group) names with a hash of their entries (password and roles): no secret leaves here. */
    private Map<String, String> realmUsers() {
        Properties users = new Properties();
        if (Files.isRegularFile(realmFile)) {
            try (InputStream in = Files.newInputStream(realmFile)) {
                users.load(in);
            } catch (IOException e) {
                return realm == null ? Map.of() : realm;
            }
        }
        Map<String, String> names = new HashMap<>();
        for (String name : users.stringPropertyNames()) {
            names.put(name, Integer.toHexString(users.getProperty(name).hashCode()));
        }
        return names;
    }

    private void write(String who, String what, String detail) {
        String cut = detail.length() > DETAIL ? detail.substring(0, DETAIL) + " ..." : detail;
        try {
            writer.execute(() -> {
                try {
                    audit.recorded(who, what, cut);
                } catch (RuntimeException e) {
                    LOG.error("could not record '{}' ({}) in the audit trail: {}", what, cut, e.toString());
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("'{}' ({}) not recorded: the platform is stopping", what, cut);
        }
    }
}
