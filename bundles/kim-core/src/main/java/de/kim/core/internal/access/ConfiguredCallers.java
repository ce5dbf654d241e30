package de.kim.core.internal.access;

import de.kim.api.access.Caller;
import de.kim.api.access.Callers;
import de.kim.api.access.ForbiddenException;
import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import de.kim.api.access.Role;
import de.kim.api.model.Ags;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Builds callers from the names a realm or token gives a user: the role names configured in
 * {@code etc/de.kim.access.cfg} and the scope entries {@code municipality:<AGS>} and {@code office:<id>}.
 */
@Component(service = Callers.class, configurationPid = "de.kim.access", scope = ServiceScope.BUNDLE)
@Designate(ocd = ConfiguredCallers.Config.class)
public final class ConfiguredCallers implements Callers {
    static final String MUNICIPALITY = "municipality:";
    static final String OFFICE = "office:";

    @ObjectClassDefinition(name = "KIM access", description = "Names of the KIM roles in the realm or token")
    public @interface Config {
        @AttributeDefinition(description = "Case manager: own municipality, and what referrals released to the office")
        String[] role_case_manager() default {"KIM_CASE_MANAGER"};

        @AttributeDefinition(description = "Coordinator (KI): pseudonymised lists and aggregates of the district")
        String[] role_coordinator() default {"KIM_COORDINATOR"};

        @AttributeDefinition(description = "Clerk of a foreigners' or naturalisation office: only released data")
        String[] role_abh_clerk() default {"KIM_ABH_CLERK"};

        @AttributeDefinition(description = "Steering group: aggregates only")
        String[] role_steering() default {"KIM_STEERING"};

        @AttributeDefinition(description = "Administrator: directory, extensions, configuration; no case content")
        String[] role_admin() default {"KIM_ADMIN", "admin"};

        @AttributeDefinition(description = "Data-protection officer: the audit trail; no case content")
        String[] role_data_protection() default {"KIM_DPO"};

        @AttributeDefinition(description = "Bundles that may have callers issued (the platform's edges): symbolic"
                + " names, or prefixes ending in *")
        String[] caller_bundles() default {"kim-core, kim-rest, kim-shell, kim-import, kim-report"};
    }

    private volatile Map<String, Role> roles = Map.of();
    private final AuditLog audit;
    /** The bundle this instance serves (the service is per bundle), null outside a framework. */
    private final Bundle using;
    private volatile boolean allowed;

    @Activate
    public ConfiguredCallers(@Reference AuditLog audit, ComponentContext context, Config config) {
        this.audit = audit;
        this.using = context.getUsingBundle();
        CallerSeal.register();
        configure(config);
    }

    @Modified
    void configure(Config config) {
        PlatformBundles platform = new PlatformBundles(config.caller_bundles());
        this.allowed = platform.contains(using);
        Map<String, Role> map = new HashMap<>();
        put(map, config.role_case_manager(), Role.CASE_MANAGER);
        put(map, config.role_coordinator(), Role.COORDINATOR);
        put(map, config.role_abh_clerk(), Role.ABH_CLERK);
        put(map, config.role_steering(), Role.STEERING);
        put(map, config.role_admin(), Role.ADMIN);
        put(map, config.role_data_protection(), Role.DATA_PROTECTION);
        this.roles = Map.copyOf(map);
    }

    private static void put(Map<String, Role> map, String[] names, Role role) {
        for (String entry : names) {
            for (String name : entry.split(",")) {
                if (!name.isBlank()) {
                    map.put(name.trim(), role);
                }
            }
        }
    }

    @Override
    public Caller caller(String user, Collection<String> principals) {
        if (!allowed) {
            String bundle = using == null ? "?" : using.getSymbolicName() + " (id " + using.getBundleId() + ")";
            audit.denied(new Caller(user == null ? "(anonymous)" : user, Set.of(), null, null, null), "caller refused",
                    null, null, "bundle " + bundle + " may not have callers issued (caller.bundles in de.kim.access)");
            throw new ForbiddenException("bundle " + bundle + " may not have callers issued: only the platform's edges"
                    + " may (caller.bundles in etc/de.kim.access.cfg)");
        }
        Set<Role> granted = EnumSet.noneOf(Role.class);
        String municipality = null;
        Long office = null;
        for (String name : principals) {
            if (name.startsWith(MUNICIPALITY)) {
                String ags = name.substring(MUNICIPALITY.length()).trim();
                if (Ags.isWellFormed(ags) || ags.matches("\\d{5}")) {
                    municipality = ags;
                }
            } else if (name.startsWith(OFFICE)) {
                try {
                    office = Long.valueOf(name.substring(OFFICE.length()).trim());
                } catch (NumberFormatException e) {
                    office = null;
                }
            } else if (roles.containsKey(name)) {
                granted.add(roles.get(name));
            }
        }
        return CallerSeal.seal(new Caller(user, granted, municipality, office, null));
    }
}
