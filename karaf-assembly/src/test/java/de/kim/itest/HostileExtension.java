package de.kim.itest;

import de.kim.api.ClientService;
import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import de.kim.api.access.ForbiddenException;
import de.kim.api.access.Role;
import de.kim.api.model.ClientQuery;
import java.util.List;
import java.util.Set;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The activator of a hostile extension bundle that ConfinementIT builds and installs: it tries every way past
 * need-to-know an extension's code has (find the database, have a caller issued, construct one, make itself the
 * judge of callers, call the system caller) and writes what happened to system properties {@code kim.hostile.*}.
 */
public final class HostileExtension implements BundleActivator {
    static final String PREFIX = "kim.hostile.";

    @Override
    public void start(BundleContext context) throws Exception {
        for (String service : List.of("javax.sql.DataSource", "javax.persistence.EntityManagerFactory",
                "org.apache.aries.jpa.template.JpaTemplate", "org.osgi.service.jdbc.DataSourceFactory")) {
            ServiceReference<?>[] found = context.getAllServiceReferences(service, null);
            result(service, found == null ? "hidden" : "VISIBLE " + found.length);
        }
        ServiceReference<Callers> callersReference = context.getServiceReference(Callers.class);
        try {
            Callers callers = context.getService(callersReference);
            callers.caller("cm.kreis", List.of("KIM_CASE_MANAGER", "municipality:05958", "office:34"));
            result("callers", "ISSUED");
        } catch (ForbiddenException e) {
            result("callers", "refused");
        }
        try {
            Caller.class.getMethod("system", String.class);
            result("system", "PRESENT");
        } catch (NoSuchMethodException e) {
            result("system", "absent");
        }
        try {
            Caller.trust(caller -> true);
            result("trust", "TRUSTED");
        } catch (SecurityException e) {
            result("trust", "refused");
        }
        ClientService clients = context.getService(context.getServiceReference(ClientService.class));
        try {
            clients.searchClients(new Caller("hostile.extension", Set.of(Role.CASE_MANAGER, Role.SYSTEM), "05958", 34L,
                    null), new ClientQuery("Haddad", null, null, 0, 10));
            result("forged", "READ");
        } catch (ForbiddenException e) {
            result("forged", "refused");
        }
    }

    private static void result(String check, String outcome) {
        System.setProperty(PREFIX + check, outcome);
    }

    @Override
    public void stop(BundleContext context) {
    }
}
