package de.kim.core.internal.operations;

import de.kim.api.ExtensionService;
import de.kim.api.TransitionRuleService;
import de.kim.api.model.TransitionRuleSet;
import de.kim.api.operations.HealthCheck;
import de.kim.api.operations.HealthState;
import de.kim.api.operations.ReadOnlyMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the core needs to serve: the database answers, the extender has looked at the installed
 * bundles, the Rechtskreiswechsel rules are loaded; the read-only mode is reported (it does not
 * make the platform unready: reads go on).
 */
@Component(service = HealthCheck.class)
public final class CoreHealth implements HealthCheck {
    private final DataSource data;
    private final ExtensionService extensions;
    private final TransitionRuleService rules;
    private final ReadOnlyMode readOnly;

    @Activate
    public CoreHealth(@Reference(target = "(osgi.jndi.service.name=kim)") DataSource data,
            @Reference ExtensionService extensions, @Reference TransitionRuleService rules,
            @Reference ReadOnlyMode readOnly) {
        this.data = data;
        this.extensions = extensions;
        this.rules = rules;
        this.readOnly = readOnly;
    }

    @Override
    public List<HealthState> check() {
        return List.of(database(), extender(), rules(), new HealthState("read-only", true,
                readOnly.isOn() ? "on: changes are refused" : "off"));
    }

    private HealthState database() {
        long started = System.nanoTime();
        try (Connection connection = data.getConnection()) {
            boolean valid = connection.isValid(2);
            return new HealthState("database", valid, (valid ? "answers" : "does not answer") + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (SQLException e) {
            return new HealthState("database", false, "no connection: " + e.getMessage());
        }
    }

    private HealthState extender() {
        try {
            return new HealthState("extender", true, extensions.extensions().size() + " extensions");
        } catch (RuntimeException e) {
            return new HealthState("extender", false, "cannot list the extensions");
        }
    }

    private HealthState rules() {
        TransitionRuleSet set = rules.rules();
        boolean loaded = set.loadedAt() != null && !set.transitions().isEmpty();
        return new HealthState("rules", loaded, loaded ? set.transitions().size() + " transitions, "
                + set.deadlines().size() + " deadlines from " + set.file()
                : "no Rechtskreiswechsel rules loaded" + (set.lastError() == null ? "" : ": " + set.lastError()));
    }
}
