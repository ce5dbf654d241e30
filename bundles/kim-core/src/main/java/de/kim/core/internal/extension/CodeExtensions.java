package de.kim.core.internal.extension;

import de.kim.api.model.Provenance;
import de.kim.api.spi.ComputedIndicator;
import de.kim.api.spi.Connector;
import de.kim.api.spi.FormValidator;
import de.kim.api.spi.ProcedureAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The SPI services extension bundles registered, bound and unbound while the platform runs.
 */
@Component(service = CodeExtensions.class)
public final class CodeExtensions {
    /** A service with the id of the bundle that registered it. */
    public record Contribution<T>(long bundleId, Provenance provenance, T service,
            java.util.Set<de.kim.api.model.DataCategory> categories) {
    }

    private static <T> Contribution<T> of(ServiceReference<?> ref, T service) {
        return new Contribution<>(ref.getBundle().getBundleId(), new Provenance(ref.getBundle().getSymbolicName(),
                ref.getBundle().getVersion().toString()), service, DeclaredCategories.of(ref.getBundle()));
    }

    private final Map<Object, Contribution<FormValidator>> validators = new ConcurrentHashMap<>();
    private final Map<Object, Contribution<ComputedIndicator>> indicators = new ConcurrentHashMap<>();
    private final Map<Object, Contribution<ProcedureAction>> actions = new ConcurrentHashMap<>();
    private final Map<Object, Contribution<Connector>> connectors = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindValidator(FormValidator v, ServiceReference<?> ref) {
        validators.put(v, of(ref, v));
    }

    void unbindValidator(FormValidator v) {
        validators.remove(v);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindIndicator(ComputedIndicator i, ServiceReference<?> ref) {
        indicators.put(i, of(ref, i));
    }

    void unbindIndicator(ComputedIndicator i) {
        indicators.remove(i);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindAction(ProcedureAction a, ServiceReference<?> ref) {
        actions.put(a, of(ref, a));
    }

    void unbindAction(ProcedureAction a) {
        actions.remove(a);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindConnector(Connector c, ServiceReference<?> ref) {
        connectors.put(c, of(ref, c));
    }

    void unbindConnector(Connector c) {
        connectors.remove(c);
    }

    public List<FormValidator> validators(String formId) {
        return validators.values().stream().map(Contribution::service).filter(v -> formId.equals(v.formId())).toList();
    }

    public List<Contribution<ComputedIndicator>> indicators() {
        return List.copyOf(indicators.values());
    }

    public java.util.Optional<ProcedureAction> action(String name) {
        return actions.values().stream().map(Contribution::service).filter(a -> name.equals(a.name())).findFirst();
    }

    /** The action {@code name} with the bundle that registered it. */
    public java.util.Optional<Contribution<ProcedureAction>> actionOf(String name) {
        return actions.values().stream().filter(a -> name.equals(a.service().name())).findFirst();
    }

    public List<Connector> connectors() {
        return connectors.values().stream().map(Contribution::service).toList();
    }

    /** What each bundle contributed as code, by bundle id. */
    public Map<Long, List<String>> byBundle() {
        Map<Long, List<String>> lines = new ConcurrentHashMap<>();
        validators.values().forEach(c -> add(lines, c.bundleId(), "validator for form " + c.service().formId()));
        indicators.values().forEach(c -> add(lines, c.bundleId(), "computed indicator "
                + c.service().definition().id() + " " + c.service().definition().version()));
        actions.values().forEach(c -> add(lines, c.bundleId(), "procedure action " + c.service().name()));
        connectors.values().forEach(c -> add(lines, c.bundleId(), "connector " + c.service().id()));
        return lines;
    }

    private static void add(Map<Long, List<String>> lines, long bundle, String line) {
        lines.computeIfAbsent(bundle, b -> new ArrayList<>()).add(line);
    }
}
