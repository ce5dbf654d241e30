package de.kim.core.internal.indicators;

import de.kim.api.DirectoryService;
import de.kim.api.IndicatorService;
import de.kim.api.NotFoundException;
import de.kim.api.ValidationException;
import de.kim.api.Violation;
import de.kim.api.model.Dimension;
import de.kim.api.model.IndicatorDefinition;
import de.kim.api.model.IndicatorValues;
import de.kim.api.spi.ComputedIndicator;
import de.kim.core.internal.extension.CodeExtensions;
import de.kim.core.internal.extension.Declared;
import de.kim.core.internal.extension.Definitions;
import de.kim.core.internal.extension.Kind;
import de.kim.api.access.Caller;
import de.kim.api.access.Role;
import de.kim.core.internal.access.AccessGuard;
import de.kim.core.internal.persistence.SqlDialect;
import de.kim.core.internal.persistence.Transactions;
import java.util.EnumSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Indicators declared by extensions (and the core's standard ones) and computed by their code, with
 * small-cell suppression. The threshold is {@code threshold} in {@code etc/de.kim.indicators.cfg}.
 */
@Component(service = IndicatorService.class, configurationPid = "de.kim.indicators")
public final class JpaIndicatorService implements IndicatorService {
    /** Aggregates with suppression: for the case team, the coordinators and the steering group. */
    private static final Set<Role> ROLES = EnumSet.of(Role.CASE_MANAGER, Role.COORDINATOR, Role.STEERING);

    private final Definitions definitions;
    private final CodeExtensions code;
    private final Transactions tx;
    private final AccessGuard guard;
    private final FactQuery facts;
    private final KeyLabels labels;
    private final int threshold;

    @Activate
    public JpaIndicatorService(@Reference(target = "(osgi.unit.name=kim)") JpaTemplate jpa,
            @Reference Definitions definitions, @Reference CodeExtensions code, @Reference DirectoryService directory,
            @Reference AccessGuard guard,
            @Reference(service = javax.sql.DataSource.class, target = "(osgi.jndi.service.name=kim)")
            Map<String, Object> database, Map<String, Object> config) {
        this.definitions = definitions;
        this.code = code;
        this.guard = guard;
        this.tx = new Transactions(jpa);
        this.facts = new FactQuery(tx, SqlDialect.of(database));
        this.labels = new KeyLabels(directory);
        Object configured = config.get("threshold");
        this.threshold = configured == null ? 5 : Integer.parseInt(String.valueOf(configured).strip());
    }

    @Override
    public List<IndicatorDefinition> indicators() {
        List<IndicatorDefinition> all = new ArrayList<>();
        definitions.active(Kind.INDICATOR).forEach(d -> all.add(definition(d)));
        code.indicators().forEach(c -> all.add(computed(c)));
        all.sort(Comparator.comparing(IndicatorDefinition::id));
        return all;
    }

    @Override
    public IndicatorDefinition indicator(String id) {
        return definitions.active(Kind.INDICATOR, id).map(JpaIndicatorService::definition)
                .or(() -> computedIndicator(id).map(JpaIndicatorService::computed))
                .orElseThrow(() -> new NotFoundException("no indicator " + id));
    }

    @Override
    public IndicatorValues values(Caller caller, String id, Dimension by, Integer year) {
        IndicatorDefinition definition = indicator(id);
        tx.read(em -> {
            guard.list(em, caller, "indicator.values", ROLES, id + " by=" + by + " year=" + year);
            return null;
        });
        if (by != null && !definition.dimensions().contains(by)) {
            throw new ValidationException(List.of(new Violation("by", "indicator " + id + " cannot be broken down by "
                    + by.code() + "; it can by " + definition.dimensions().stream().map(Dimension::code).toList())));
        }
        List<SmallCells.Count> counts = new ArrayList<>();
        java.util.function.Function<String, String> label = labels.of(by);
        Optional<Declared> declared = definitions.active(Kind.INDICATOR, id);
        if (declared.isPresent()) {
            IndicatorModel model = (IndicatorModel) declared.get().compiled();
            Map<String, Long> numerator;
            Map<String, Long> denominator = null;
            if (FactQuery.shareScan(model.numerator(), model.denominator())) {
                numerator = new java.util.HashMap<>();
                denominator = new java.util.HashMap<>();
                for (Map.Entry<String, long[]> e : facts.count(List.of(model.numerator(), model.denominator()), by, year)
                        .entrySet()) {
                    numerator.put(e.getKey(), e.getValue()[0]);
                    denominator.put(e.getKey(), e.getValue()[1]);
                }
            } else {
                numerator = facts.count(model.numerator(), by, year);
                denominator = model.denominator() == null ? null : facts.count(model.denominator(), by, year);
            }
            TreeSet<String> keys = new TreeSet<>(numerator.keySet());
            if (denominator != null) {
                keys.addAll(denominator.keySet());
            }
            for (String key : keys) {
                counts.add(new SmallCells.Count(key, label.apply(key), numerator.getOrDefault(key, 0L),
                        denominator == null ? null : denominator.getOrDefault(key, 0L)));
            }
        } else {
            ComputedIndicator indicator = computedIndicator(id).map(CodeExtensions.Contribution::service)
                    .orElseThrow(() -> new NotFoundException("no indicator " + id));
            for (ComputedIndicator.Count c : indicator.compute(by, year, facts)) {
                String key = c.key() == null ? "" : c.key();
                counts.add(new SmallCells.Count(key, label.apply(key), c.numerator(), c.denominator()));
            }
        }
        long numeratorTotal = counts.stream().mapToLong(SmallCells.Count::numerator).sum();
        boolean hasDenominator = declared.isPresent() ? ((IndicatorModel) declared.get().compiled()).denominator() != null
                : counts.stream().anyMatch(c -> c.denominator() != null)
                        || definition.definition().containsKey("denominator");
        Long denominatorTotal = hasDenominator
                ? counts.stream().mapToLong(c -> c.denominator() == null ? 0 : c.denominator()).sum() : null;
        SmallCells.Count total = new SmallCells.Count("total", "Gesamt / total", numeratorTotal, denominatorTotal);
        List<IndicatorValues.Row> rows = new ArrayList<>(SmallCells.suppress(by == null ? List.of() : counts, total,
                threshold));
        IndicatorValues.Row totalRow = rows.remove(rows.size() - 1);
        return new IndicatorValues(id, definition.version(), by, year, threshold, rows, totalRow);
    }

    private Optional<CodeExtensions.Contribution<ComputedIndicator>> computedIndicator(String id) {
        return code.indicators().stream().filter(c -> id.equals(c.service().definition().id())).findFirst();
    }

    private static IndicatorDefinition definition(Declared d) {
        IndicatorModel model = (IndicatorModel) d.compiled();
        return new IndicatorDefinition(d.id(), d.version(), d.label(), d.raw(), model.dimensions(), false,
                d.provenance(), true);
    }

    private static IndicatorDefinition computed(CodeExtensions.Contribution<ComputedIndicator> c) {
        IndicatorDefinition d = c.service().definition();
        return new IndicatorDefinition(d.id(), d.version(), d.label(), d.definition() == null ? Map.of() : d.definition(),
                d.dimensions(), true, c.provenance(), true);
    }
}
