package de.kim.api.operations;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Figures a part of the platform reports for monitoring (backlogs, pool sizes), exposed as Prometheus
 * gauges by the REST API ({@code /api/v1/metrics}) and shown by {@code kim:status}.
 */
@ConsumerType
public interface OperationalFigures {

    /** A gauge: its Prometheus name (e.g. {@code kim_audit_unsealed_rows}), what it means, its value now. */
    record Figure(String name, String help, double value) {
    }

    List<Figure> figures();
}
