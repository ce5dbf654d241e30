package de.kim.api.operations;

import org.osgi.annotation.versioning.ProviderType;

/** The platform's metrics in the Prometheus text format (requests per endpoint, database pool, backlogs, JVM). */
@ProviderType
public interface Metrics {

    /** Everything, as {@code GET /api/v1/metrics} answers it. */
    String prometheusText();
}
