package de.kim.api;

import de.kim.api.model.PlatformStatus;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reports the state of the running platform for operators.
 */
@ProviderType
public interface PlatformStatusService {

    PlatformStatus status();
}
