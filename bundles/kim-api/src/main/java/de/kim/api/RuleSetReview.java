package de.kim.api;

import de.kim.api.access.Caller;
import de.kim.api.model.OfferedRuleSet;
import de.kim.api.model.RuleSetDiff;
import de.kim.api.model.TransitionRuleSet;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A change of law shipped as a rule set in an extension bundle ({@code KIM-INF/rules/*.json}): offered, reviewed
 * with a dry run over the existing timelines, then activated (it becomes the rules file in force).
 */
@ProviderType
public interface RuleSetReview {

    /** The rule sets offered by deployed bundles. Roles: ADMIN, COORDINATOR. */
    List<OfferedRuleSet> offered(Caller caller);

    /**
     * What the offered rule set {@code name} would change against the rules in force: rules added, removed and
     * changed, and for each client whose derived transitions or deadlines would differ, before and after. A dry
     * run: nothing is written but the audit row. Roles: COORDINATOR (each client, by pseudonymous id), ADMIN
     * (only how many clients: no case content).
     *
     * @throws NotFoundException if no deployed bundle offers {@code name}
     */
    RuleSetDiff diff(Caller caller, String name);

    /**
     * Makes the offered rule set {@code name} the rules in force: the rules file is replaced (the one before is
     * kept beside it). Planned transitions already made stay; new statuses are judged by the new rules. Roles: ADMIN.
     *
     * @throws NotFoundException if no deployed bundle offers {@code name}
     * @throws ConflictException if the offered set is refused (its problems named)
     */
    TransitionRuleSet activate(Caller caller, String name);
}
