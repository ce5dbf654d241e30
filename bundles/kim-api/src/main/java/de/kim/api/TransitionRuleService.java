package de.kim.api;

import de.kim.api.model.TransitionRuleSet;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The rules in force for Rechtskreiswechsel and deadlines, as read from the rules file.
 */
@ProviderType
public interface TransitionRuleService {

    /** The rules in force; reads the file again first if it changed. */
    TransitionRuleSet rules();
}
