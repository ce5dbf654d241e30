package de.kim.rest.internal;

import de.kim.api.operations.Metrics;
import de.kim.api.operations.OperationalFigures;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * The metrics of the platform with the Prometheus Java client: the duration of every request by
 * method, route (the resource's path template, never the ids in it) and status, the JVM's memory,
 * threads and garbage collection, and the figures the core reports (database pool, audit backlog,
 * read-only mode).
 */
@Component(service = {RestPart.class, ContainerRequestFilter.class, ContainerResponseFilter.class, Metrics.class,
    ApiMetrics.class})
@JaxrsExtension
@JaxrsApplicationSelect(KimApplication.SELECT)
@PreMatching
public final class ApiMetrics implements RestPart, ContainerRequestFilter, ContainerResponseFilter, Metrics {
    private static final String STARTED = "kim.metrics.started";

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Histogram requests = Histogram.builder().name("kim_http_request_duration_seconds")
            .help("Requests to /api/v1 by method, route and status, and how long they took")
            .labelNames("method", "route", "status").classicOnly().withoutExemplars().register(registry);
    private final List<OperationalFigures> figures = new CopyOnWriteArrayList<>();

    @Context
    private ResourceInfo resource;

    public ApiMetrics() {
        JvmMetrics.builder().register(registry);
        registry.register((MultiCollector) () -> {
            MetricSnapshots.Builder snapshots = MetricSnapshots.builder();
            for (OperationalFigures source : figures) {
                for (OperationalFigures.Figure figure : source.figures()) {
                    snapshots.metricSnapshot(GaugeSnapshot.builder().name(figure.name()).help(figure.help())
                            .dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder().value(figure.value()).build()).build());
                }
            }
            return snapshots.build();
        });
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFigures(OperationalFigures source) {
        figures.add(source);
    }

    void removeFigures(OperationalFigures source) {
        figures.remove(source);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            requests.labelValues(request.getMethod(), route(), String.valueOf(response.getStatus()))
                    .observe((System.nanoTime() - started) / 1e9);
        }
    }

    /** The path template of the resource method that answered, e.g. /clients/{id}; "unmatched" if none did. */
    private String route() {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        Method method = resource == null ? null : resource.getResourceMethod();
        if (type == null || method == null) {
            return "unmatched";
        }
        Path base = type.getAnnotation(Path.class);
        Path sub = method.getAnnotation(Path.class);
        return "/" + (base == null ? "" : base.value()) + (sub == null ? "" : "/" + sub.value().replaceFirst("^/", ""));
    }

    @Override
    public String prometheusText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            PrometheusTextFormatWriter.create().write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
