package de.kim.api.operations;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of the platform that says whether it is ready to serve: the REST API answers
 * {@code /api/v1/health/ready} with 200 only when every check of every registered service is up.
 */
@ConsumerType
public interface HealthCheck {

    /** The state of each thing this part checks, quickly (well under a second). */
    List<HealthState> check();
}
