package de.kim.core.internal.access;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Only the platform's own bundles see the database: the DataSource, the EntityManagerFactory and the other JDBC
 * and JPA services are hidden from every other bundle (extensions, connectors) by the framework's service-registry
 * hooks, so that such a bundle finds none and hears of none being registered. Which bundles see them is the
 * allow-list {@code database.bundles} in {@code etc/de.kim.access.cfg}.
 */
@Component(service = {}, immediate = true, configurationPid = "de.kim.access")
public final class DatabaseVisibility implements FindHook, EventListenerHook {
    /** The services that reach the database, by interface name. */
    static final Set<String> HIDDEN = Set.of("javax.sql.DataSource", "javax.sql.XADataSource",
            "javax.sql.ConnectionPoolDataSource", "org.osgi.service.jdbc.DataSourceFactory",
            "javax.persistence.EntityManagerFactory", "javax.persistence.EntityManager",
            "org.apache.aries.jpa.template.JpaTemplate", "org.apache.aries.jpa.supplier.EmSupplier",
            "org.osgi.service.jpa.EntityManagerFactoryBuilder", "org.ops4j.pax.jdbc.pool.common.PooledDataSourceFactory");

    @ObjectClassDefinition(name = "KIM database visibility")
    public @interface Config {
        @AttributeDefinition(description = "Bundles that may see the DataSource, the EntityManagerFactory and the"
                + " JDBC/JPA services: symbolic names, or prefixes ending in *")
        String[] database_bundles() default {"kim-core, kim-schema, org.ops4j.pax.jdbc*, org.ops4j.pax.transx*,"
                + " org.apache.aries.jpa*, org.eclipse.persistence*, org.apache.derby*, derby*, org.postgresql*"};
    }

    private volatile PlatformBundles allowed;
    private ServiceRegistration<?> registration;

    @Activate
    void start(BundleContext context, Config config) {
        configure(config);
        registration = context.registerService(new String[] {FindHook.class.getName(),
            EventListenerHook.class.getName()}, this, null);
    }

    @Modified
    void configure(Config config) {
        this.allowed = new PlatformBundles(config.database_bundles());
    }

    @Deactivate
    void stop() {
        registration.unregister();
    }

    static boolean hidden(ServiceReference<?> reference) {
        Object classes = reference.getProperty(Constants.OBJECTCLASS);
        if (classes instanceof String[] names) {
            for (String name : names) {
                if (HIDDEN.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean sees(Bundle bundle, ServiceReference<?> reference) {
        return allowed.contains(bundle) || bundle.equals(reference.getBundle());
    }

    @Override
    public void find(BundleContext context, String name, String filter, boolean allServices,
            Collection<ServiceReference<?>> references) {
        Bundle asking = context.getBundle();
        if (!allowed.contains(asking)) {
            references.removeIf(r -> hidden(r) && !sees(asking, r));
        }
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        ServiceReference<?> reference = event.getServiceReference();
        if (hidden(reference)) {
            listeners.keySet().removeIf(context -> !sees(context.getBundle(), reference));
        }
    }
}
