package de.kim.schema.internal;

import java.util.Hashtable;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the database that pax-jdbc configures ({@code osgi.jndi.service.name=kim.database}), migrates it to the
 * newest schema and only then publishes it as {@code osgi.jndi.service.name=kim}, the name the persistence unit and
 * every other user of the database wait for. A failed migration publishes nothing: the platform does not start on
 * a schema it does not know.
 */
@Component(immediate = true)
public final class SchemaGate {

    /** The name under which the configured database arrives (etc/org.ops4j.datasource-kim.cfg, dataSourceName). */
    public static final String SOURCE = "kim.database";
    /** The name under which the migrated database is published. */
    public static final String PUBLISHED = "kim";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaGate.class);

    private final Thread migration;
    private ServiceRegistration<DataSource> published;
    private boolean stopped;

    /**
     * Migrates on a thread of its own: the migrations, and everything that waits for the published database (the
     * persistence unit, the seeds of the directory and the demo data), then run beside the start of the remaining
     * bundles instead of holding up the thread that starts them (Karaf's feature installer or start level).
     */
    @Activate
    public SchemaGate(BundleContext context,
            @Reference(target = "(osgi.jndi.service.name=" + SOURCE + ")") DataSource source) {
        migration = new Thread(() -> migrateAndPublish(context, source), "kim-schema");
        migration.setDaemon(true);
        migration.start();
    }

    private void migrateAndPublish(BundleContext context, DataSource source) {
        long started = System.nanoTime();
        Migrations.Applied applied;
        try {
            applied = Migrations.apply(source);
        } catch (Exception e) {
            LOG.error("The database schema could not be migrated; the platform does not use the database until "
                    + "this is mended: {}", e.getMessage(), e);
            return;
        }
        LOG.info("Database schema ({}) at version {} (found {}, {} migrations applied{}) in {} ms", applied.kind(),
                applied.to(), applied.from(), applied.executed(), applied.flyway() ? "" : ", history up to date",
                (System.nanoTime() - started) / 1_000_000);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jndi.service.name", PUBLISHED);
        properties.put("kim.schema.version", applied.to());
        properties.put("kim.database", applied.kind().name().toLowerCase(java.util.Locale.ROOT));
        ServiceRegistration<DataSource> registration;
        try {
            registration = context.registerService(DataSource.class, source, properties);
        } catch (IllegalStateException e) {
            return; // the bundle stopped meanwhile
        }
        synchronized (this) {
            if (!stopped) {
                published = registration;
                return;
            }
        }
        unregister(registration); // stopped while the users of the database started
    }

    @Deactivate
    void stop() throws InterruptedException {
        migration.join(TimeUnit.MINUTES.toMillis(2)); // a migration is not interrupted halfway
        ServiceRegistration<DataSource> registration;
        synchronized (this) {
            stopped = true;
            registration = published;
            published = null;
        }
        if (registration != null) {
            unregister(registration);
        }
    }

    private static void unregister(ServiceRegistration<DataSource> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException e) {
            // already gone with the bundle
        }
    }
}
