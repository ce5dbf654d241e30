package de.kim.core.internal.extension;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.kim.api.DirectoryService;
import de.kim.api.ExtensionService;
import de.kim.api.model.Extension;
import de.kim.core.internal.rules.RuleSetOffers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OSGi extender {@code kim.extension}: puts the {@code KIM-INF/} content of every started bundle
 * that requires it (and of kim-core itself) in use, and takes it out of use when the bundle stops.
 */
@Component(service = ExtensionService.class, immediate = true)
public final class KimExtender implements ExtensionService, BundleTrackerCustomizer<Long> {
    private static final Logger LOG = LoggerFactory.getLogger(KimExtender.class);

    private final Definitions definitions;
    private final RuleSetOffers offers;
    private final CodeExtensions code;
    private final LocalDirectory directory;
    private final ExtensionReader reader;
    private final long ownBundleId;
    private final BundleContext context;
    private final Map<Long, Extension> extensions = new ConcurrentHashMap<>();
    private final BundleTracker<Long> tracker;

    @Activate
    public KimExtender(BundleContext context, @Reference Definitions definitions, @Reference CodeExtensions code,
            @Reference DirectoryService directory, @Reference RuleSetOffers offers,
            @Reference(target = "(kim.definition.kind=FORM)") DefinitionCompiler forms,
            @Reference(target = "(kim.definition.kind=PROCEDURE)") DefinitionCompiler procedures,
            @Reference(target = "(kim.definition.kind=INDICATOR)") DefinitionCompiler indicators) {
        this.definitions = definitions;
        this.offers = offers;
        this.code = code;
        this.directory = new LocalDirectory(directory);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        this.reader = new ExtensionReader(json, Map.of(Kind.FORM, forms, Kind.PROCEDURE, procedures,
                Kind.INDICATOR, indicators));
        this.ownBundleId = context.getBundle().getBundleId();
        this.context = context;
        this.tracker = new BundleTracker<>(context, Bundle.ACTIVE, this);
        this.tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public Long addingBundle(Bundle bundle, BundleEvent event) {
        if (bundle.getBundleId() != ownBundleId && !requiresExtender(bundle)) {
            return null;
        }
        try {
            ExtensionReader.Content content = reader.read(bundle);
            List<String> errors = new ArrayList<>(content.errors());
            Map<Declared, String> refused = definitions.activate(content.definitions());
            errors.addAll(refused.values());
            List<String> contributions = new ArrayList<>();
            content.definitions().stream().filter(d -> !refused.containsKey(d)).forEach(d -> contributions.add(d.describe()));
            for (Map<String, Object> file : content.directory()) {
                directory.apply(file, contributions, errors);
            }
            content.rules().forEach((file, bytes) -> {
                try {
                    contributions.add("rule set " + offers.offer(bundle.getBundleId(), bundle.getSymbolicName(),
                            bundle.getVersion().toString(), file, bytes) + " (offered, not in force)");
                } catch (IllegalArgumentException e) {
                    errors.add(file + ": " + e.getMessage());
                }
            });
            errors.forEach(e -> LOG.warn("Extension {} {}: {}", bundle.getSymbolicName(), bundle.getVersion(), e));
            Extension.State state = errors.isEmpty() ? Extension.State.ACTIVE
                    : contributions.isEmpty() ? Extension.State.FAILED : Extension.State.PARTIAL;
            // a bundle deployed again replaces what is shown of its stopped predecessor
            extensions.values().removeIf(e -> e.state() == Extension.State.STOPPED
                    && e.bundle().equals(bundle.getSymbolicName()));
            extensions.put(bundle.getBundleId(), new Extension(bundle.getBundleId(), bundle.getSymbolicName(),
                    bundle.getVersion().toString(), state, List.copyOf(contributions), List.copyOf(errors)));
            LOG.info("Extension {} {} {}: {}", bundle.getSymbolicName(), bundle.getVersion(), state, contributions);
        } catch (RuntimeException e) {
            LOG.error("Extension {} could not be read", bundle.getSymbolicName(), e);
            extensions.put(bundle.getBundleId(), new Extension(bundle.getBundleId(), bundle.getSymbolicName(),
                    bundle.getVersion().toString(), Extension.State.FAILED, List.of(), List.of(String.valueOf(e))));
        }
        return bundle.getBundleId();
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Long id) {
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
        offers.withdraw(id);
        try {
            definitions.deactivate(id);
        } catch (RuntimeException e) {
            LOG.error("Extension {}: its definitions could not be marked inactive", bundle.getSymbolicName(), e);
        }
        extensions.computeIfPresent(id, (k, e) -> new Extension(e.bundleId(), e.bundle(), e.bundleVersion(),
                Extension.State.STOPPED, e.contributions(), e.errors()));
        LOG.info("Extension {} {} stopped: its definitions are inactive, data made with them is kept",
                bundle.getSymbolicName(), bundle.getVersion());
    }

    /** A bundle that contributes services only (it need not require the extender). */
    private Extension codeOnly(long bundleId, List<String> lines) {
        Bundle bundle = context.getBundle(bundleId);
        return new Extension(bundleId, bundle == null ? "bundle " + bundleId : bundle.getSymbolicName(),
                bundle == null ? "" : bundle.getVersion().toString(), Extension.State.ACTIVE, lines, List.of());
    }

    private static boolean requiresExtender(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        return wiring != null && wiring.getRequiredWires("osgi.extender").stream()
                .anyMatch(w -> EXTENDER.equals(w.getCapability().getAttributes().get("osgi.extender")));
    }

    @Override
    public List<Extension> extensions() {
        Map<Long, Extension> all = new java.util.HashMap<>(extensions);
        code.byBundle().forEach((bundleId, lines) -> all.merge(bundleId,
                codeOnly(bundleId, lines),
                (declared, coded) -> {
                    List<String> merged = new ArrayList<>(declared.state() == Extension.State.STOPPED
                            ? List.of() : declared.contributions());
                    merged.addAll(lines);
                    return new Extension(declared.bundleId(), declared.bundle(), declared.bundleVersion(),
                            declared.state() == Extension.State.STOPPED ? Extension.State.ACTIVE : declared.state(),
                            merged, declared.errors());
                }));
        return all.values().stream().map(e -> new Extension(e.bundleId(), e.bundle(), e.bundleVersion(), e.state(),
                e.contributions(), e.errors(), DeclaredCategories.of(context.getBundle(e.bundleId()))))
                .sorted(Comparator.comparing(Extension::bundleId)).toList();
    }
}
